// The main window on the real sync engine and the mail sandbox: open the Inbox, read a message
// (marked read on the server's copy in the store after the delay), reply and send through the
// Outbox and SMTP, delete with the Del key.
#include "support/Sandbox.h"
#include "core/Profile.h"
#include "storage/Database.h"
#include "storage/FolderStore.h"
#include "sync/AccountOptions.h"
#include "sync/MessageListModel.h"
#include "sync/SecretStore.h"
#include "sync/SyncEngine.h"
#include "sync/SyncTask.h"
#include "ui/ComposerWindow.h"
#include "ui/MailBackend.h"
#include "ui/MainWindow.h"
#include "ui/MessageView.h"

#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace epistle;
using epistle::sync::MessageListModel;

class TestMainWindowWithEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readReplyDelete()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        QString error;
        const auto user = sandbox.createUser(QStringLiteral("gui"), &error);
        QVERIFY2(user, qPrintable(error));
        QVERIFY(sandbox.runScript(QStringLiteral("generate-mail"), {user->login, QStringLiteral("3")}));

        QTemporaryDir directory;
        const core::Profile profile = core::Profile::fromDirectory(directory.path());
        QVERIFY(profile.ensureExists());
        qint64 accountId = 0;
        {
            const std::unique_ptr<storage::Database> db = storage::Database::open(profile.databaseFile());
            storage::AccountStore accounts(*db);
            storage::Account account;
            account.name = QStringLiteral("Sandbox");
            account.protocol = QStringLiteral("imap");
            account.incoming = {sandbox.host(), sandbox.port(QStringLiteral("IMAPS_PORT")), QStringLiteral("tls"), user->login, {}};
            account.outgoing = {sandbox.host(), sandbox.port(QStringLiteral("SUBMISSIONS_PORT")), QStringLiteral("tls"), user->login, {}};
            accountId = accounts.addAccount(account);
            storage::Identity identity;
            identity.accountId = accountId;
            identity.name = QStringLiteral("Tester");
            identity.address = user->login;
            identity.isDefault = true;
            accounts.addIdentity(identity);
            const std::unique_ptr<QSettings> settings = profile.openSettings();
            sync::AccountOptions options;
            options.caFile = sandbox.value(QStringLiteral("CA_CERT"));
            options.checkIntervalMinutes = 0;
            options.save(*settings, accountId);
            settings->setValue(QStringLiteral("reading/markReadDelayMs"), 300);
        }

        sync::SecretStore secrets(profile);
        sync::SyncEngine engine(profile, secrets);
        const QString password = user->password;
        connect(&engine, &sync::SyncEngine::passwordNeeded, &engine,
                [&engine, password](qint64 id, sync::PasswordKind kind, const QString &) { engine.providePassword(id, kind, password, false); });
        ui::EngineBackend backend(engine);
        engine.start();
        ui::MainWindow window(backend, profile);
        window.show();
        sync::SyncTask *task = engine.synchronize(accountId);
        task->setAutoDelete(false);
        QVERIFY(QTest::qWaitFor([task] { return task->isFinished(); }, 60000));
        QVERIFY2(task->succeeded(), qPrintable(task->errorMessage()));
        delete task;

        const auto inbox = [&] {
            const std::unique_ptr<storage::Database> db = storage::Database::open(profile.databaseFile());
            return storage::FolderStore(*db).find(accountId, QStringLiteral("INBOX"));
        }();
        QVERIFY(inbox);
        window.selectFolder(inbox->id);
        QTRY_COMPARE(window.messageModel()->rowCount(), 3);

        // Read: the body comes through the engine, and the message is marked read after the delay.
        const qint64 key = window.messageModel()->keyAt(window.messageModel()->index(0, 0));
        if (!window.messageModel()->index(0, 0).data(MessageListModel::UnreadRole).toBool()) {
            engine.setFlags({key}, {}, storage::MessageFlag::Seen); // generated mail may arrive read
            QTRY_VERIFY(window.messageModel()->indexOfKey(key).data(MessageListModel::UnreadRole).toBool());
        }
        QVERIFY(window.selectMessage(key));
        QTRY_VERIFY_WITH_TIMEOUT(window.messageView()->message() && window.messageView()->messageKey() == key, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.messageModel()->indexOfKey(key).data(MessageListModel::UnreadRole).toBool(), 10000);

        // Reply to oneself (the generated sender does not exist) and send through the engine.
        ui::ComposerWindow *composer = window.reply(mime::ReplyMode::Sender);
        QVERIFY(composer);
        composer->setAskOnClose(false);
        composer->findChild<QLineEdit *>(QStringLiteral("toEdit"))->setText(user->login);
        QSignalSpy sent(&engine, &sync::SyncEngine::messageSent);
        QSignalSpy failed(&engine, &sync::SyncEngine::sendFailed);
        QPointer<ui::ComposerWindow> guard(composer);
        composer->send();
        QTRY_VERIFY_WITH_TIMEOUT(!guard, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!sent.isEmpty() || !failed.isEmpty(), 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(2).toString()));

        // Delete (the action behind the Del key): the row goes at once, the engine records it locally
        // first. The key itself is tested in tst_MainWindow; after the composer's window closed, the
        // offscreen platform does not hand keyboard input back to the main window.
        QCOMPARE(window.messageModel()->keyAt(window.messageListView()->currentIndex()), key);
        window.action(QStringLiteral("delete"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.messageModel()->indexOfKey(key).isValid(), 10000);
        window.close();
        engine.stop();
    }
};

QTEST_MAIN(TestMainWindowWithEngine)
#include "tst_MainWindowWithEngine.moc"
