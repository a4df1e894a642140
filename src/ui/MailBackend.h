#pragma once

#include "net/CertificateInfo.h"
#include "storage/AccountStore.h"
#include "storage/MessageTypes.h"
#include "sync/AccountState.h"
#include "sync/MessageContent.h"
#include "sync/SyncTask.h"

#include <QObject>

namespace epistle::sync {
class SyncEngine;
}

namespace epistle::ui {

// What the windows need from the sync engine, as one interface: EngineBackend forwards every
// call and signal to sync::SyncEngine, and the GUI tests substitute a backend that records calls
// and announces store changes they made themselves. Signals have SyncEngine's meaning.
class MailBackend : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QString databaseFile() const = 0;
    virtual QList<storage::Account> accounts() const = 0;
    virtual sync::AccountState accountState(qint64 accountId) const = 0;
    virtual void reloadAccounts() = 0;
    // The engine itself for parts that need it (the account wizard); null in tests.
    virtual sync::SyncEngine *engine() const = 0;

    virtual sync::SyncTask *synchronize(qint64 accountId) = 0;
    virtual void setCurrentFolder(qint64 folderId) = 0;
    virtual void setFlags(const QList<qint64> &keys, storage::MessageFlags add, storage::MessageFlags remove) = 0;
    virtual void moveMessages(const QList<qint64> &keys, qint64 targetFolderId) = 0;
    virtual void copyMessages(const QList<qint64> &keys, qint64 targetFolderId) = 0;
    virtual void deleteMessages(const QList<qint64> &keys) = 0;
    virtual void archiveMessages(const QList<qint64> &keys) = 0;
    virtual sync::SyncTask *createFolder(qint64 accountId, qint64 parentFolderId, const QString &name) = 0;
    virtual sync::SyncTask *renameFolder(qint64 folderId, const QString &newName) = 0;
    virtual sync::SyncTask *deleteFolder(qint64 folderId) = 0;
    virtual sync::SyncTask *fetchMessage(qint64 messageKey, sync::MessageContent content = sync::MessageContent::Displayed) = 0;
    virtual sync::SyncTask *searchServer(qint64 folderId, const QString &text) = 0;
    virtual sync::SyncTask *send(qint64 accountId, const QByteArray &message) = 0;
    virtual sync::SyncTask *saveDraft(qint64 accountId, const QByteArray &message, qint64 replacesMessageKey) = 0;
    virtual void providePassword(qint64 accountId, sync::PasswordKind kind, const QString &password, bool remember) = 0;
    virtual void trustCertificate(qint64 accountId, const QByteArray &sha256Fingerprint) = 0;

Q_SIGNALS:
    void accountsChanged();
    void accountStateChanged(const epistle::sync::AccountState &state);
    void passwordNeeded(qint64 accountId, epistle::sync::PasswordKind kind, const QString &reason);
    void certificateRejected(qint64 accountId, const epistle::net::CertificateInfo &certificate, const QString &reason);
    void errorOccurred(qint64 accountId, const QString &message);
    void foldersChanged(qint64 accountId);
    void folderCountsChanged(qint64 folderId);
    void folderReset(qint64 folderId);
    void messagesAdded(qint64 folderId, const QList<qint64> &messageKeys);
    void messagesRemoved(qint64 folderId, const QList<qint64> &messageKeys);
    void messagesChanged(qint64 folderId, const QList<qint64> &messageKeys);
    void newMail(qint64 accountId, qint64 folderId, const QList<qint64> &messageKeys);
    void messageSent(qint64 accountId, qint64 outboxId);
    void sendFailed(qint64 accountId, qint64 outboxId, const QString &reason);
    void operationDropped(qint64 accountId, const QString &note);
};

// The production backend: a thin forwarder to the engine.
class EngineBackend : public MailBackend
{
    Q_OBJECT

public:
    explicit EngineBackend(sync::SyncEngine &engine, QObject *parent = nullptr);

    QString databaseFile() const override;
    QList<storage::Account> accounts() const override;
    sync::AccountState accountState(qint64 accountId) const override;
    void reloadAccounts() override;
    sync::SyncEngine *engine() const override { return &m_engine; }
    sync::SyncTask *synchronize(qint64 accountId) override;
    void setCurrentFolder(qint64 folderId) override;
    void setFlags(const QList<qint64> &keys, storage::MessageFlags add, storage::MessageFlags remove) override;
    void moveMessages(const QList<qint64> &keys, qint64 targetFolderId) override;
    void copyMessages(const QList<qint64> &keys, qint64 targetFolderId) override;
    void deleteMessages(const QList<qint64> &keys) override;
    void archiveMessages(const QList<qint64> &keys) override;
    sync::SyncTask *createFolder(qint64 accountId, qint64 parentFolderId, const QString &name) override;
    sync::SyncTask *renameFolder(qint64 folderId, const QString &newName) override;
    sync::SyncTask *deleteFolder(qint64 folderId) override;
    sync::SyncTask *fetchMessage(qint64 messageKey, sync::MessageContent content) override;
    sync::SyncTask *searchServer(qint64 folderId, const QString &text) override;
    sync::SyncTask *send(qint64 accountId, const QByteArray &message) override;
    sync::SyncTask *saveDraft(qint64 accountId, const QByteArray &message, qint64 replacesMessageKey) override;
    void providePassword(qint64 accountId, sync::PasswordKind kind, const QString &password, bool remember) override;
    void trustCertificate(qint64 accountId, const QByteArray &sha256Fingerprint) override;

private:
    sync::SyncEngine &m_engine;
};

} // namespace epistle::ui
