#pragma once

#include "core/Profile.h"

#include <QStringList>

namespace epistle::app {

// Opens the main window on the profile; urls are mailto: links to compose.
int launchGui(int argc, char **argv, const core::Profile &profile, const QStringList &urls);

} // namespace epistle::app
