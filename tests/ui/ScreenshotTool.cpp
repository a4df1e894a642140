// Drives the real GUI against a profile whose account is on the mail sandbox and saves PNGs of the
// main window, two messages, the composer and the settings. Run by scripts/screenshots.
// Usage: epistle_screenshots --profile DIR --out DIR   (EPISTLE_DEMO_PASSWORD answers a password prompt)
#include "core/Profile.h"
#include "sync/FolderTreeModel.h"
#include "sync/MessageListModel.h"
#include "sync/SecretStore.h"
#include "sync/SyncEngine.h"
#include "sync/SyncTask.h"
#include "ui/ComposerWindow.h"
#include "ui/MailBackend.h"
#include "ui/MainWindow.h"
#include "ui/MessageView.h"
#include "ui/Resources.h"
#include "ui/SettingsDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QTreeView>

#include <cstdio>
#include <functional>

using namespace epistle;

namespace {

bool waitFor(const std::function<bool()> &condition, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}

void settle(int ms)
{
    waitFor([] { return false; }, ms);
}

bool save(QWidget *widget, const QString &path)
{
    settle(300);
    const bool ok = widget->grab().save(path);
    std::printf("%s %s\n", ok ? "saved" : "FAILED to save", qPrintable(path));
    return ok;
}

qint64 findSubject(sync::MessageListModel *model, const QString &part)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, sync::MessageListModel::SubjectColumn);
        if (index.data().toString().contains(part))
            return model->keyAt(index);
    }
    return 0;
}

bool showMessage(ui::MainWindow &window, const QString &subject)
{
    const qint64 key = findSubject(window.messageModel(), subject);
    if (!key || !window.selectMessage(key)) {
        std::fprintf(stderr, "no message \"%s\" in the list\n", qPrintable(subject));
        return false;
    }
    return waitFor([&] { return window.messageView()->message() && window.messageView()->messageKey() == key; }, 30000);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("profile"), QStringLiteral("Profile folder"), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output folder"), QStringLiteral("DIR")});
    parser.process(app);
    const core::Profile profile = core::Profile::fromDirectory(parser.value(QStringLiteral("profile")));
    const QDir out(parser.value(QStringLiteral("out")));
    QDir().mkpath(out.path());
    ui::initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/epistle.png")));

    sync::SecretStore secrets(profile);
    sync::SyncEngine engine(profile, secrets);
    const QString password = qEnvironmentVariable("EPISTLE_DEMO_PASSWORD");
    QObject::connect(&engine, &sync::SyncEngine::passwordNeeded, &engine,
                     [&engine, password](qint64 accountId, sync::PasswordKind kind, const QString &) {
                         engine.providePassword(accountId, kind, password, false);
                     });
    ui::EngineBackend backend(engine);
    engine.start();
    ui::MainWindow window(backend, profile);
    window.resize(1280, 800);
    window.show();

    bool synced = false;
    sync::SyncTask *task = engine.synchronize(0);
    task->setAutoDelete(false);
    QObject::connect(task, &sync::SyncTask::finished, task, [&synced] { synced = true; });
    if (!waitFor([&] { return synced; }, 120000) || !task->succeeded()) {
        std::fprintf(stderr, "synchronisation failed: %s\n", qPrintable(task->errorMessage()));
        return 1;
    }
    delete task;
    const QList<qint64> inboxes = window.folderModel()->inboxFolderIds();
    if (inboxes.isEmpty())
        return 1;
    window.selectFolder(inboxes.first());
    window.folderView()->expandAll();
    waitFor([&] { return window.messageModel()->rowCount() > 10; }, 20000);

    int failures = 0;
    failures += !(showMessage(window, QStringLiteral("Planning the Q4 offsite")) && save(&window, out.filePath(QStringLiteral("main-window.png"))));
    failures += !(showMessage(window, QStringLiteral("Winter sale")) && save(&window, out.filePath(QStringLiteral("message-remote-blocked.png"))));
    failures += !(showMessage(window, QStringLiteral("Rechnung")) && save(&window, out.filePath(QStringLiteral("message-attachment.png"))));

    if (showMessage(window, QStringLiteral("Lunch tomorrow"))) {
        ui::ComposerWindow *composer = window.reply(mime::ReplyMode::All);
        if (composer) {
            composer->setAskOnClose(false);
            composer->resize(820, 620);
            failures += !save(composer, out.filePath(QStringLiteral("composer.png")));
            composer->close();
        } else {
            ++failures;
        }
    }
    ui::SettingsDialog settings(&backend, profile, &window);
    settings.setAddAccountHandler([] {}); // as in the application, where it opens the wizard
    settings.resize(760, 480);
    settings.show();
    failures += !save(&settings, out.filePath(QStringLiteral("settings.png")));
    settings.close();
    window.close();
    engine.stop();
    return failures ? 1 : 0;
}
