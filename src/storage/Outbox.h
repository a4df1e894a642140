#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace epistle::storage {

class Database;

enum class OutboxState { Queued, Sending, Failed };

struct OutboxEntry
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString sender;         // SMTP envelope (MAIL FROM)
    QStringList recipients; // SMTP envelope (RCPT TO), Bcc included
    QByteArray message;     // the bytes to transmit, or empty when messagePath is set
    QString messagePath;
    OutboxState state = OutboxState::Queued;
    int attempts = 0;
    QString lastError;
    QDateTime nextAttempt; // invalid: as soon as possible
    QDateTime created;
};

// Messages waiting to be sent. Every change is committed durably (synchronous=FULL) before the
// call returns, because the GUI tells the user "queued" or "sent" on the strength of it.
// States: Queued -> Sending (claimed by the sender) -> gone (sent) | Queued again with a later
// nextAttempt (a transient failure) | Failed (permanent; the user decides: requeue or remove).
class Outbox
{
public:
    explicit Outbox(Database &db);

    qint64 enqueue(qint64 accountId, const QString &sender, const QStringList &recipients, const QByteArray &message);
    qint64 enqueueFile(qint64 accountId, const QString &sender, const QStringList &recipients, const QString &path);

    std::optional<OutboxEntry> entry(qint64 id);
    QList<OutboxEntry> entries(qint64 accountId = 0); // oldest first; 0 = every account
    // Queued entries whose time has come, oldest first.
    QList<OutboxEntry> due(const QDateTime &now, int limit = 50);

    // Claims a queued entry for sending; false if it is not queued (someone else has it).
    bool markSending(qint64 id);
    void markSent(qint64 id); // removes it
    void markRetry(qint64 id, const QString &error, const QDateTime &nextAttempt);
    void markFailed(qint64 id, const QString &error);
    void requeue(qint64 id);
    void remove(qint64 id);
    // After a crash: entries left in Sending go back to Queued. Whether the server got the
    // message cannot be known; sending again is preferred to losing it.
    int recoverInterrupted();

private:
    qint64 insert(qint64 accountId, const QString &sender, const QStringList &recipients, const QByteArray *message,
                  const QString *path);
    void run(const QString &sql, const QVariantList &values, const QString &what);

    Database &m_db;
};

} // namespace epistle::storage
