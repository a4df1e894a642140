#include "FakeBackend.h"
#include "StoreFixture.h"
#include "mime/MessageParser.h"
#include "sync/FolderTreeModel.h"
#include "sync/MessageListModel.h"
#include "ui/AccountStatusBar.h"
#include "ui/ComposerWindow.h"
#include "ui/MainWindow.h"
#include "ui/MessageView.h"
#include "ui/PasswordDialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QMimeData>
#include <QSettings>
#include <QTest>
#include <QTreeView>

using namespace epistle;
using epistle::storage::FolderRole;
using epistle::storage::MessageFlag;
using epistle::sync::MessageListModel;

namespace {

QByteArray rawMessage(const storage::MessageSummary &s, const QString &body)
{
    return QStringLiteral("From: %1 <%2>\r\nTo: Me <me@example.test>\r\nSubject: %3\r\nMessage-ID: %4\r\n"
                          "Date: Mon, 5 Jan 2026 10:00:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%5\r\n")
        .arg(s.from.name, s.from.address, s.subject, QString::fromLatin1(s.messageId), body)
        .toUtf8();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    struct World
    {
        StoreFixture store;
        qint64 account = 0;
        qint64 inbox = 0;
        qint64 archive = 0;
        QList<qint64> keys;
        std::unique_ptr<FakeBackend> backend;
        core::Profile profile = core::Profile::fromDirectory(store.directory() + QStringLiteral("/profile"));

        World()
        {
            account = store.addAccount(QStringLiteral("Work"), QStringLiteral("me@example.test"));
            inbox = store.addFolder(account, QStringLiteral("INBOX"), FolderRole::Inbox);
            archive = store.addFolder(account, QStringLiteral("Archive"), FolderRole::Archive);
            const QDateTime t = StoreFixture::start();
            QList<storage::MessageSummary> list{
                StoreFixture::summary(1, QStringLiteral("Quarterly report"), QStringLiteral("Ada Smith"), t, MessageFlag::Seen),
                StoreFixture::summary(2, QStringLiteral("Lunch on Friday"), QStringLiteral("Bob Jones"), t.addDays(1)),
                StoreFixture::summary(3, QStringLiteral("Release plan"), QStringLiteral("Eva Novak"), t.addDays(2))};
            keys = store.add(inbox, list);
            backend = std::make_unique<FakeBackend>(store);
            for (int i = 0; i < list.size(); ++i)
                backend->sources.insert(keys[i], rawMessage(list[i], QStringLiteral("Hello,\n\nsee you.\n> earlier words")));
            profile.ensureExists();
            const std::unique_ptr<QSettings> settings = profile.openSettings();
            settings->setValue(QStringLiteral("reading/markReadDelayMs"), 300);
        }
    };

private Q_SLOTS:
    void opensTheInboxAndOtherFolders()
    {
        World w;
        ui::MainWindow window(*w.backend, w.profile);
        window.show();
        QCOMPARE(window.currentFolderId(), w.inbox);
        QCOMPARE(window.messageModel()->rowCount(), 3);
        QCOMPARE(window.messageModel()->index(0, MessageListModel::SubjectColumn).data().toString(), QStringLiteral("Release plan"));
        QVERIFY(w.backend->currentFolders.contains(w.inbox));
        window.selectFolder(w.archive);
        QCOMPARE(window.messageModel()->rowCount(), 0);
        QCOMPARE(w.backend->currentFolders.last(), w.archive);
        QVERIFY(window.action(QStringLiteral("reply")) && !window.action(QStringLiteral("reply"))->isEnabled());
    }

    void readingMarksReadAfterTheDelay()
    {
        World w;
        ui::MainWindow window(*w.backend, w.profile);
        window.show();
        QVERIFY(window.selectMessage(w.keys[1]));
        QTRY_COMPARE(window.messageView()->messageKey(), w.keys[1]);
        QTRY_VERIFY(window.messageView()->message());
        QCOMPARE(window.messageView()->message()->subject, QStringLiteral("Lunch on Friday"));
        QVERIFY(window.messageView()->bodyHtml().contains(QStringLiteral("see you.")));
        QVERIFY(w.backend->flagCalls.isEmpty()); // not at once
        QTRY_COMPARE(w.backend->flagCalls.size(), 1);
        QCOMPARE(w.backend->flagCalls.first().keys, QList<qint64>{w.keys[1]});
        QCOMPARE(w.backend->flagCalls.first().add, storage::MessageFlags(MessageFlag::Seen));
        const QModelIndex row = window.messageModel()->indexOfKey(w.keys[1]);
        QVERIFY(!row.data(MessageListModel::UnreadRole).toBool());
        QTRY_COMPARE(window.folderModel()->indexOfFolder(w.inbox).data(sync::FolderTreeModel::UnreadCountRole).toInt(), 1);

        // Moving on before the delay leaves the message unread.
        QVERIFY(window.selectMessage(w.keys[2]));
        QVERIFY(window.selectMessage(w.keys[0]));
        QTest::qWait(500);
        QCOMPARE(w.backend->flagCalls.size(), 1);
    }

    void shortcutsActOnTheSelection()
    {
        World w;
        ui::MainWindow window(*w.backend, w.profile);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectMessage(w.keys[2]));
        window.messageListView()->setFocus();
        QTest::keyClick(window.messageListView(), Qt::Key_S);
        QCOMPARE(w.backend->flagCalls.last().add, storage::MessageFlags(MessageFlag::Flagged));
        QTRY_VERIFY(window.messageModel()->indexOfKey(w.keys[2]).data(MessageListModel::StarredRole).toBool());
        QTest::keyClick(window.messageListView(), Qt::Key_M);
        QCOMPARE(w.backend->flagCalls.last().add, storage::MessageFlags(MessageFlag::Seen));
        QTest::keyClick(window.messageListView(), Qt::Key_Delete);
        QCOMPARE(w.backend->deletions.size(), 1);
        QCOMPARE(w.backend->deletions.first(), QList<qint64>{w.keys[2]});
        QCOMPARE(window.messageModel()->rowCount(), 2);
        QCOMPARE(window.currentKey(), w.keys[1]); // the next message is selected
        QTest::keyClick(window.messageListView(), Qt::Key_A);
        QCOMPARE(w.backend->archived.size(), 1);
        QTest::keyClick(window.messageListView(), Qt::Key_F5);
        QCOMPARE(w.backend->synchronizations, 1);
    }

    void replyAndSend()
    {
        World w;
        ui::MainWindow window(*w.backend, w.profile);
        window.show();
        QVERIFY(window.selectMessage(w.keys[1]));
        QTRY_VERIFY(window.messageView()->message());
        ui::ComposerWindow *composer = window.reply(mime::ReplyMode::Sender);
        QVERIFY(composer);
        composer->setAskOnClose(false);
        const mime::OutgoingMessage draft = composer->outgoingMessage();
        QCOMPARE(draft.subject, QStringLiteral("Re: Lunch on Friday"));
        QCOMPARE(draft.to.size(), 1);
        QCOMPARE(draft.to.first().email, QStringLiteral("bobjones@example.test"));
        QCOMPARE(draft.from.email, QStringLiteral("me@example.test"));
        QVERIFY(draft.plainText.contains(QStringLiteral("> see you.")));
        QPointer<ui::ComposerWindow> guard(composer);
        composer->send();
        QCOMPARE(w.backend->sent.size(), 1);
        QTRY_VERIFY(!guard); // closed once queued
        const mime::Message sent = mime::MessageParser().parse(w.backend->sent.first());
        QCOMPARE(sent.subject, QStringLiteral("Re: Lunch on Friday"));
        QCOMPARE(sent.inReplyTo, QStringList{QStringLiteral("m2@example.test")});
        QCOMPARE(sent.to.first().email, QStringLiteral("bobjones@example.test"));
    }

    void dragToAFolderMovesOrCopies()
    {
        World w;
        ui::MainWindow window(*w.backend, w.profile);
        window.show();
        auto *list = window.messageModel();
        std::unique_ptr<QMimeData> data(list->mimeData({list->indexOfKey(w.keys[0]), list->indexOfKey(w.keys[1])}));
        QVERIFY(data);
        const QModelIndex archive = window.folderModel()->indexOfFolder(w.archive);
        QVERIFY(window.folderView()->model()->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, archive));
        window.folderView()->model()->dropMimeData(data.get(), Qt::MoveAction, -1, -1, archive);
        QCOMPARE(w.backend->moves.size(), 1);
        QCOMPARE(w.backend->moves.first().second, w.archive);
        QCOMPARE(w.backend->moves.first().first.size(), 2);
        window.folderView()->model()->dropMimeData(data.get(), Qt::CopyAction, -1, -1, archive);
        QCOMPARE(w.backend->copies.size(), 1);
    }

    void searchShowsLocalThenServerResults()
    {
        World w;
        const qint64 extra = w.store.addNumbered(w.inbox, 10, 1).first();
        w.backend->serverSearchResult = {extra};
        ui::MainWindow window(*w.backend, w.profile);
        window.show();
        window.searchEdit()->setText(QStringLiteral("lunch"));
        QTRY_VERIFY(window.messageModel()->showsSearchResults());
        QCOMPARE(window.messageModel()->keyAt(window.messageModel()->index(0, 0)), w.keys[1]);
        QCOMPARE(w.backend->serverSearches.size(), 1);
        QCOMPARE(w.backend->serverSearches.first().second, QStringLiteral("lunch"));
        QTRY_COMPARE(window.messageModel()->rowCount(), 2);
        window.searchEdit()->clear();
        QTRY_VERIFY(!window.messageModel()->showsSearchResults());
        QCOMPARE(window.messageModel()->rowCount(), 4);
    }

    void serverResultsAppearAsTheyArrive()
    {
        World w;
        const QList<qint64> extra = w.store.addNumbered(w.inbox, 10, 3);
        w.backend->holdServerSearch = true;
        ui::MainWindow window(*w.backend, w.profile);
        window.show();
        window.searchEdit()->setText(QStringLiteral("lunch"));
        QTRY_VERIFY(window.messageModel()->showsSearchResults());
        QCOMPARE(window.messageModel()->rowCount(), 1); // the local match
        QVERIFY(w.backend->serverSearchTask);
        w.backend->serverSearchTask->reportPartialResult(QVariant::fromValue(QList<qint64>{extra[2]}));
        QCOMPARE(window.messageModel()->rowCount(), 2);
        w.backend->serverSearchTask->reportPartialResult(QVariant::fromValue(QList<qint64>{extra[1], extra[0]}));
        QCOMPARE(window.messageModel()->rowCount(), 4);
        QCOMPARE(window.messageModel()->keyAt(window.messageModel()->index(1, 0)), extra[2]);
        QCOMPARE(window.messageModel()->keyAt(window.messageModel()->index(3, 0)), extra[0]);
        // The whole result at the end adds nothing twice.
        w.backend->serverSearchTask->finish(QString(), QVariant::fromValue(QList<qint64>{extra[2], extra[1], extra[0]}));
        QTest::qWait(50);
        QCOMPARE(window.messageModel()->rowCount(), 4);
    }

    void layoutIsRemembered()
    {
        World w;
        {
            ui::MainWindow window(*w.backend, w.profile);
            window.show();
            window.selectFolder(w.archive);
            window.action(QStringLiteral("threaded"))->trigger();
            window.messageListView()->sortByColumn(MessageListModel::SubjectColumn, Qt::AscendingOrder);
            window.close();
        }
        ui::MainWindow again(*w.backend, w.profile);
        QCOMPARE(again.currentFolderId(), w.archive);
        QVERIFY(again.messageModel()->isThreaded());
        QCOMPARE(again.messageModel()->sortColumn(), int(MessageListModel::SubjectColumn));
        QCOMPARE(again.messageModel()->sortOrder(), Qt::AscendingOrder);
    }

    void statusAndPassword()
    {
        World w;
        ui::MainWindow window(*w.backend, w.profile);
        window.show();
        sync::AccountState state;
        state.accountId = w.account;
        state.status = sync::AccountState::Status::Syncing;
        state.progressDone = 3;
        state.progressTotal = 10;
        Q_EMIT w.backend->accountStateChanged(state);
        QCOMPARE(window.accountStatusBar()->stateText(w.account), QStringLiteral("Work: syncing 3/10"));
        Q_EMIT w.backend->errorOccurred(w.account, QStringLiteral("NO [OVERQUOTA] Mailbox is full"));
        QCOMPARE(window.accountStatusBar()->errorText(), QStringLiteral("Work: NO [OVERQUOTA] Mailbox is full"));

        Q_EMIT w.backend->passwordNeeded(w.account, sync::PasswordKind::Incoming, QStringLiteral("Authentication failed"));
        Q_EMIT w.backend->passwordNeeded(w.account, sync::PasswordKind::Incoming, QStringLiteral("again")); // one dialog
        const QList<ui::PasswordDialog *> dialogs = window.findChildren<ui::PasswordDialog *>();
        QCOMPARE(dialogs.size(), 1);
        dialogs.first()->setPassword(QStringLiteral("s3cret"));
        dialogs.first()->accept();
        QCOMPARE(w.backend->passwords.size(), 1);
        QCOMPARE(w.backend->passwords.first().second, QStringLiteral("s3cret"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_MainWindow.moc"
