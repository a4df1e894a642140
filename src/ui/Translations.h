#pragma once

#include <QString>

namespace epistle::core {
class Profile;
}

namespace epistle::ui {

// The compiled catalogues, embedded in this library's resources (translations/CMakeLists.txt).
inline constexpr char translationsDirectory[] = ":/i18n";

// Installs Qt's own and Epistle's translators for `language` (a locale name such as "de"; empty:
// the system locale) on the running application, which owns them. Returns whether Epistle's
// catalogue for that language was found (English has none: the sources are English).
bool installTranslations(const QString &language);

// The language chosen in Settings (ui/language in the profile), else the system's: what the GUI
// installs at start.
bool installTranslations(const core::Profile &profile);

} // namespace epistle::ui
