#include "ui/MailBackend.h"

#include "sync/SyncEngine.h"

namespace epistle::ui {

EngineBackend::EngineBackend(sync::SyncEngine &engine, QObject *parent)
    : MailBackend(parent)
    , m_engine(engine)
{
    using E = sync::SyncEngine;
    connect(&engine, &E::accountsChanged, this, &MailBackend::accountsChanged);
    connect(&engine, &E::accountStateChanged, this, &MailBackend::accountStateChanged);
    connect(&engine, &E::passwordNeeded, this, &MailBackend::passwordNeeded);
    connect(&engine, &E::certificateRejected, this, &MailBackend::certificateRejected);
    connect(&engine, &E::errorOccurred, this, &MailBackend::errorOccurred);
    connect(&engine, &E::foldersChanged, this, &MailBackend::foldersChanged);
    connect(&engine, &E::folderCountsChanged, this, &MailBackend::folderCountsChanged);
    connect(&engine, &E::folderReset, this, &MailBackend::folderReset);
    connect(&engine, &E::messagesAdded, this, &MailBackend::messagesAdded);
    connect(&engine, &E::messagesRemoved, this, &MailBackend::messagesRemoved);
    connect(&engine, &E::messagesChanged, this, &MailBackend::messagesChanged);
    connect(&engine, &E::newMail, this, &MailBackend::newMail);
    connect(&engine, &E::messageSent, this, &MailBackend::messageSent);
    connect(&engine, &E::sendFailed, this, &MailBackend::sendFailed);
    connect(&engine, &E::operationDropped, this, &MailBackend::operationDropped);
}

QString EngineBackend::databaseFile() const { return m_engine.databaseFile(); }
QList<storage::Account> EngineBackend::accounts() const { return m_engine.accounts(); }
sync::AccountState EngineBackend::accountState(qint64 accountId) const { return m_engine.accountState(accountId); }
void EngineBackend::reloadAccounts() { m_engine.reloadAccounts(); }
sync::SyncTask *EngineBackend::synchronize(qint64 accountId) { return m_engine.synchronize(accountId); }
void EngineBackend::setCurrentFolder(qint64 folderId) { m_engine.setCurrentFolder(folderId); }

void EngineBackend::setFlags(const QList<qint64> &keys, storage::MessageFlags add, storage::MessageFlags remove)
{
    m_engine.setFlags(keys, add, remove);
}

void EngineBackend::moveMessages(const QList<qint64> &keys, qint64 targetFolderId) { m_engine.moveMessages(keys, targetFolderId); }
void EngineBackend::copyMessages(const QList<qint64> &keys, qint64 targetFolderId) { m_engine.copyMessages(keys, targetFolderId); }
void EngineBackend::deleteMessages(const QList<qint64> &keys) { m_engine.deleteMessages(keys); }
void EngineBackend::archiveMessages(const QList<qint64> &keys) { m_engine.archiveMessages(keys); }

sync::SyncTask *EngineBackend::createFolder(qint64 accountId, qint64 parentFolderId, const QString &name)
{
    return m_engine.createFolder(accountId, parentFolderId, name);
}

sync::SyncTask *EngineBackend::renameFolder(qint64 folderId, const QString &newName) { return m_engine.renameFolder(folderId, newName); }
sync::SyncTask *EngineBackend::deleteFolder(qint64 folderId) { return m_engine.deleteFolder(folderId); }
sync::SyncTask *EngineBackend::fetchMessage(qint64 messageKey, sync::MessageContent content)
{
    return m_engine.fetchMessage(messageKey, content);
}
sync::SyncTask *EngineBackend::searchServer(qint64 folderId, const QString &text) { return m_engine.searchServer(folderId, text); }
sync::SyncTask *EngineBackend::send(qint64 accountId, const QByteArray &message) { return m_engine.send(accountId, message); }

sync::SyncTask *EngineBackend::saveDraft(qint64 accountId, const QByteArray &message, qint64 replacesMessageKey)
{
    return m_engine.saveDraft(accountId, message, replacesMessageKey);
}

void EngineBackend::providePassword(qint64 accountId, sync::PasswordKind kind, const QString &password, bool remember)
{
    m_engine.providePassword(accountId, kind, password, remember);
}

void EngineBackend::trustCertificate(qint64 accountId, const QByteArray &sha256Fingerprint)
{
    m_engine.trustCertificate(accountId, sha256Fingerprint);
}

} // namespace epistle::ui
