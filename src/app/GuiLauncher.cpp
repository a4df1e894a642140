#include "GuiLauncher.h"

#include "core/Version.h"

#include <QApplication>
#include <QTextStream>

namespace epistle::app {

int launchGui(int argc, char **argv, const core::Profile &profile, const QStringList &urls)
{
    Q_UNUSED(urls);
    QApplication application(argc, argv);
    QApplication::setApplicationName(QString::fromLatin1(core::applicationName));
    QApplication::setApplicationVersion(QString::fromLatin1(core::versionString));
    QString error;
    QTextStream err(stderr);
    if (!profile.ensureExists(&error)) {
        err << error << '\n';
        return 1;
    }
    // The main window arrives with the GUI module; until then say so instead of showing nothing.
    err << QApplication::translate("GuiLauncher",
                                   "Epistle %1: the main window is not part of this build yet. Profile: %2\n"
                                   "Use the headless commands (epistle --help).")
               .arg(QString::fromLatin1(core::versionString), profile.root())
        << '\n';
    return 0;
}

} // namespace epistle::app
