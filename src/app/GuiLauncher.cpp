#include "GuiLauncher.h"

#include "core/Version.h"

#include <QApplication>
#include <QTextStream>

// The GUI needs the sync engine's implementation; a build made while it is being written still
// links and says so instead of failing.
#if __has_include("ui/MainWindow.h") && __has_include("sync/SyncEngine.cpp")
#define EPISTLE_GUI_AVAILABLE 1
#include "storage/StorageError.h"
#include "sync/SecretStore.h"
#include "sync/SyncEngine.h"
#include "ui/MailBackend.h"
#include "ui/MainWindow.h"
#include "ui/Resources.h"
#include "ui/SingleInstance.h"
#include "ui/Translations.h"

#include <QDir>
#include <QMessageBox>
#include <QUrl>
#endif

namespace epistle::app {

int launchGui(int argc, char **argv, const core::Profile &profile, const QStringList &urls)
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QString::fromLatin1(core::applicationName));
    QApplication::setApplicationVersion(QString::fromLatin1(core::versionString));
    QApplication::setDesktopFileName(QStringLiteral("org.epistle.Epistle"));
    QString error;
    QTextStream err(stderr);
    if (!profile.ensureExists(&error)) {
        err << error << '\n';
        return 1;
    }
#ifdef EPISTLE_GUI_AVAILABLE
    ui::initResources();
    ui::installTranslations(profile); // the language chosen in Settings, else the system's
    ui::SingleInstance instance(profile.root());
    if (instance.handOff(urls))
        return 0; // the running Epistle of this profile took the links
    QString listenError;
    if (!instance.listen(&listenError))
        err << QApplication::translate("GuiLauncher", "Later starts cannot hand mailto: links to this window: %1")
                   .arg(listenError)
            << Qt::endl;
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/epistle.png")));
    sync::SecretStore secrets(profile);
    sync::SyncEngine engine(profile, secrets);
    ui::EngineBackend backend(engine);
    std::unique_ptr<ui::MainWindow> window;
    try {
        engine.start();
        window = std::make_unique<ui::MainWindow>(backend, profile);
    } catch (const storage::StorageError &e) {
        QMessageBox::critical(nullptr, QApplication::translate("GuiLauncher", "Epistle"),
                              QApplication::translate("GuiLauncher", "The mail database cannot be used: %1\n\n%2")
                                  .arg(e.message(), e.detail()));
        return 1;
    }
    window->show();
    const auto openRequests = [&window](const QStringList &requests) {
        for (const QString &url : requests) {
            const QUrl mailto(url);
            if (mailto.scheme().compare(QLatin1String("mailto"), Qt::CaseInsensitive) == 0)
                window->composeMailto(mailto);
        }
    };
    QObject::connect(&instance, &ui::SingleInstance::requestsReceived, window.get(), [&window, &openRequests](const QStringList &requests) {
        if (requests.isEmpty()) {
            window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
            window->raise();
            window->activateWindow();
        }
        openRequests(requests);
    });
    openRequests(urls);
    const int result = QApplication::exec();
    window.reset();
    engine.stop();
    return result;
#else
    Q_UNUSED(urls);
    err << QApplication::translate("GuiLauncher",
                                   "Epistle %1: the main window is not part of this build yet. Profile: %2\n"
                                   "Use the headless commands (epistle --help).")
               .arg(QString::fromLatin1(core::versionString), profile.root())
        << '\n';
    return 0;
#endif
}

} // namespace epistle::app
