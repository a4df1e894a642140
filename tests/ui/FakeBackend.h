#pragma once

#include "ui/MailBackend.h"

#include "sync/SyncTask.h"

#include <QHash>
#include <QPointer>

class StoreFixture;

// Stands in for the sync engine in GUI tests: records what the window asked for, applies flag
// changes and deletions to the test store the way the engine does (store first, then the
// signals), and answers fetchMessage / send / searchServer with tasks that finish on the next
// turn of the event loop.
class FakeBackend : public epistle::ui::MailBackend
{
    Q_OBJECT

public:
    explicit FakeBackend(StoreFixture &store);

    struct FlagCall
    {
        QList<qint64> keys;
        epistle::storage::MessageFlags add;
        epistle::storage::MessageFlags remove;
    };

    QHash<qint64, QByteArray> sources; // raw message by key
    QList<qint64> serverSearchResult;
    // When set, searchServer() leaves its task running (in serverSearchTask) for the test to
    // report partial results and finish.
    bool holdServerSearch = false;
    QPointer<epistle::sync::SyncTask> serverSearchTask;
    // fetchMessage(key, Whole) answers from here when the key is present (else from sources).
    QHash<qint64, QByteArray> wholeSources;
    QList<QPair<qint64, epistle::sync::MessageContent>> fetches;
    QList<FlagCall> flagCalls;
    QList<QPair<QList<qint64>, qint64>> moves;
    QList<QPair<QList<qint64>, qint64>> copies;
    QList<QList<qint64>> deletions;
    QList<QList<qint64>> archived;
    QList<qint64> currentFolders;
    QList<QByteArray> sent;
    QList<QPair<QString, QString>> serverSearches;
    QList<QPair<qint64, QString>> passwords;
    int synchronizations = 0;

    QString databaseFile() const override;
    QList<epistle::storage::Account> accounts() const override;
    epistle::sync::AccountState accountState(qint64 accountId) const override;
    void reloadAccounts() override {}
    epistle::sync::SyncEngine *engine() const override { return nullptr; }
    epistle::sync::SyncTask *synchronize(qint64 accountId) override;
    void setCurrentFolder(qint64 folderId) override { currentFolders.append(folderId); }
    void setFlags(const QList<qint64> &keys, epistle::storage::MessageFlags add,
                  epistle::storage::MessageFlags remove) override;
    void moveMessages(const QList<qint64> &keys, qint64 targetFolderId) override { moves.append({keys, targetFolderId}); }
    void copyMessages(const QList<qint64> &keys, qint64 targetFolderId) override { copies.append({keys, targetFolderId}); }
    void deleteMessages(const QList<qint64> &keys) override;
    void archiveMessages(const QList<qint64> &keys) override { archived.append(keys); }
    epistle::sync::SyncTask *createFolder(qint64, qint64, const QString &) override { return finished(QString(), {}); }
    epistle::sync::SyncTask *renameFolder(qint64, const QString &) override { return finished(QString(), {}); }
    epistle::sync::SyncTask *deleteFolder(qint64) override { return finished(QString(), {}); }
    epistle::sync::SyncTask *fetchMessage(qint64 messageKey, epistle::sync::MessageContent content) override;
    epistle::sync::SyncTask *searchServer(qint64 folderId, const QString &text) override;
    epistle::sync::SyncTask *send(qint64 accountId, const QByteArray &message) override;
    epistle::sync::SyncTask *saveDraft(qint64, const QByteArray &, qint64) override { return finished(QString(), 0); }
    void providePassword(qint64 accountId, epistle::sync::PasswordKind, const QString &password, bool) override
    {
        passwords.append({accountId, password});
    }
    void trustCertificate(qint64, const QByteArray &) override {}

private:
    epistle::sync::SyncTask *finished(const QString &error, const QVariant &result);
    StoreFixture &m_store;
};
