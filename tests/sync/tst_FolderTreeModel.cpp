#include "StoreFixture.h"
#include "sync/FolderTreeModel.h"
#include "sync/MessageListModel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace epistle;
using epistle::storage::FolderRole;
using epistle::storage::MessageFlag;
using epistle::sync::FolderTreeModel;

class TestFolderTreeModel : public QObject
{
    Q_OBJECT

private:
    static QStringList names(const FolderTreeModel &model, const QModelIndex &parent)
    {
        QStringList list;
        for (int i = 0; i < model.rowCount(parent); ++i)
            list.append(model.index(i, 0, parent).data(FolderTreeModel::NameRole).toString());
        return list;
    }

private Q_SLOTS:
    void hierarchyAndOrder()
    {
        StoreFixture store;
        const qint64 work = store.addAccount(QStringLiteral("Work"));
        const qint64 home = store.addAccount(QStringLiteral("Home"));
        store.addFolder(work, QStringLiteral("zeta"));
        store.addFolder(work, QStringLiteral("Trash"), FolderRole::Trash);
        store.addFolder(work, QStringLiteral("Projects/2024"));
        store.addFolder(work, QStringLiteral("Projects"));
        store.addFolder(work, QStringLiteral("Sent Items"), FolderRole::Sent);
        store.addFolder(work, QStringLiteral("alpha"));
        store.addFolder(work, QStringLiteral("INBOX"), FolderRole::Inbox);
        store.addFolder(work, QStringLiteral("Drafts"), FolderRole::Drafts);
        store.addFolder(work, QStringLiteral("INBOX/Archive"), FolderRole::Archive);
        store.addFolder(work, QStringLiteral("Lists/qt/dev")); // "Lists" and "qt" are not folders of their own
        store.addFolder(home, QStringLiteral("INBOX"), FolderRole::Inbox);

        FolderTreeModel model(nullptr, store.path());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(names(model, {}), (QStringList{QStringLiteral("All Inboxes"), QStringLiteral("Work"), QStringLiteral("Home")}));
        const QModelIndex workIndex = model.indexOfAccount(work);
        QCOMPARE(workIndex.row(), 1);
        QCOMPARE(names(model, workIndex),
                 (QStringList{QStringLiteral("Inbox"), QStringLiteral("Drafts"), QStringLiteral("Sent Items"),
                              QStringLiteral("Archive"), QStringLiteral("Trash"), QStringLiteral("alpha"),
                              QStringLiteral("Lists"), QStringLiteral("Projects"), QStringLiteral("zeta")}));
        const QModelIndex projects = model.index(7, 0, workIndex);
        QCOMPARE(names(model, projects), QStringList{QStringLiteral("2024")});
        QCOMPARE(model.index(0, 0, projects).data(FolderTreeModel::PathRole).toString(), QStringLiteral("Projects/2024"));
        const QModelIndex lists = model.index(6, 0, workIndex);
        QCOMPARE(lists.data(FolderTreeModel::FolderIdRole).toLongLong(), 0);
        QVERIFY(!(model.flags(lists) & Qt::ItemIsDropEnabled));
        QCOMPARE(model.index(0, 0, model.index(0, 0, lists)).data(FolderTreeModel::NameRole).toString(), QStringLiteral("dev"));
        QCOMPARE(model.index(2, 0, workIndex).data(FolderTreeModel::IconNameRole).toString(), QStringLiteral("mail-folder-sent"));
        QCOMPARE(model.unifiedInboxIndex().data(FolderTreeModel::FolderIdsRole).value<QList<qint64>>().size(), 2);
    }

    void singleAccountHasNoUnifiedInbox()
    {
        StoreFixture store;
        const qint64 work = store.addAccount(QStringLiteral("Work"));
        store.addFolder(work, QStringLiteral("INBOX"), FolderRole::Inbox);
        FolderTreeModel model(nullptr, store.path());
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.unifiedInboxIndex().isValid());
        model.setUnifiedInboxShown(true);
        QCOMPARE(model.rowCount(), 2);
    }

    void unreadCountsFollowTheEngine()
    {
        StoreFixture store;
        const qint64 work = store.addAccount(QStringLiteral("Work"));
        const qint64 home = store.addAccount(QStringLiteral("Home"));
        const qint64 inbox = store.addFolder(work, QStringLiteral("INBOX"), FolderRole::Inbox);
        const qint64 homeInbox = store.addFolder(home, QStringLiteral("INBOX"), FolderRole::Inbox);
        store.addNumbered(homeInbox, 1, 2);
        FolderTreeModel model(nullptr, store.path());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex index = model.indexOfFolder(inbox);
        QCOMPARE(index.data().toString(), QStringLiteral("Inbox"));
        QCOMPARE(model.totalUnread(), 2);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy total(&model, &FolderTreeModel::totalUnreadChanged);
        store.addNumbered(inbox, 1, 3);
        store.setFlags(inbox, 1, MessageFlag::Seen);
        model.onFolderCountsChanged(inbox);
        QCOMPARE(index.data().toString(), QStringLiteral("Inbox (2)"));
        QVERIFY(index.data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(index.data(FolderTreeModel::MessageCountRole).toInt(), 3);
        QCOMPARE(changed.size(), 2); // the folder and the unified Inbox
        QCOMPARE(model.unifiedInboxIndex().data(FolderTreeModel::UnreadCountRole).toInt(), 4);
        QCOMPARE(total.size(), 1);
        QCOMPARE(total.first().first().toInt(), 4);
    }

    void foldersChangedRebuildsTheAccount()
    {
        StoreFixture store;
        const qint64 work = store.addAccount(QStringLiteral("Work"));
        store.addFolder(work, QStringLiteral("INBOX"), FolderRole::Inbox);
        FolderTreeModel model(nullptr, store.path());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex account = model.indexOfAccount(work);
        QCOMPARE(model.rowCount(account), 1);
        const qint64 added = store.addFolder(work, QStringLiteral("Receipts"));
        model.onFoldersChanged(work);
        QCOMPARE(model.rowCount(account), 2);
        QVERIFY(model.indexOfFolder(added).isValid());
    }

    void droppingMessagesOnAFolder()
    {
        StoreFixture store;
        const qint64 work = store.addAccount(QStringLiteral("Work"));
        const qint64 inbox = store.addFolder(work, QStringLiteral("INBOX"), FolderRole::Inbox);
        const qint64 archive = store.addFolder(work, QStringLiteral("Archive"), FolderRole::Archive);
        FolderTreeModel model(nullptr, store.path());
        QMimeData data;
        data.setData(QString::fromLatin1(sync::MessageListModel::KeysMimeType), "12,7");
        QSignalSpy dropped(&model, &FolderTreeModel::messagesDropped);
        QVERIFY(!model.canDropMimeData(&data, Qt::MoveAction, -1, -1, model.indexOfAccount(work)));
        QVERIFY(model.canDropMimeData(&data, Qt::CopyAction, -1, -1, model.indexOfFolder(archive)));
        QMimeData text;
        text.setText(QStringLiteral("12"));
        QVERIFY(!model.canDropMimeData(&text, Qt::MoveAction, -1, -1, model.indexOfFolder(archive)));
        model.dropMimeData(&data, Qt::MoveAction, -1, -1, model.indexOfFolder(archive));
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.first().at(0).value<QList<qint64>>(), (QList<qint64>{12, 7}));
        QCOMPARE(dropped.first().at(1).toLongLong(), archive);
        QCOMPARE(dropped.first().at(2).value<Qt::DropAction>(), Qt::MoveAction);
        Q_UNUSED(inbox);
    }
};

QTEST_MAIN(TestFolderTreeModel)
#include "tst_FolderTreeModel.moc"
