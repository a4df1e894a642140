#pragma once

#include "storage/MessageTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <optional>

namespace epistle::storage {

class Database;

enum class OperationKind { Flags, Move, Copy, Delete, Append };
enum class OperationState { Pending, Running, Failed };

// A change the user made while it could not reach the server, to replay in order.
struct Operation
{
    qint64 id = 0; // gives the order
    qint64 accountId = 0;
    OperationKind kind = OperationKind::Flags;
    qint64 folderId = 0;       // source folder (Append: 0)
    qint64 targetFolderId = 0; // Move, Copy, Append
    QList<quint32> uids;       // Flags, Move, Copy, Delete
    MessageFlags addFlags;     // Flags; Append: the flags of the new message
    MessageFlags removeFlags;
    QStringList addKeywords;
    QStringList removeKeywords;
    QByteArray data;           // Append: the message
    OperationState state = OperationState::Pending;
    int attempts = 0;
    QString lastError;
    QDateTime created;
};

// The offline-operation queue. Each enqueue and state change is committed durably before the call
// returns, so a change the GUI shows as done survives a crash or power cut. The sync engine takes
// next() per account, marks it running, and completes (removes) or fails it.
class OperationQueue
{
public:
    explicit OperationQueue(Database &db);

    qint64 enqueue(const Operation &operation);
    std::optional<Operation> operation(qint64 id);
    QList<Operation> operations(qint64 accountId); // in order, every state
    // The oldest operation of the account that is not Failed.
    std::optional<Operation> next(qint64 accountId);
    int pendingCount(qint64 accountId);

    void markRunning(qint64 id);
    void complete(qint64 id); // done on the server: removed
    void retryLater(qint64 id, const QString &error); // back to Pending, attempts + 1
    void fail(qint64 id, const QString &error);       // Failed: left for the user to see
    void remove(qint64 id);
    int recoverInterrupted(); // Running -> Pending after a crash

    // IMAP sequence-set text ("1:3,7") used to store UID lists compactly.
    static QString encodeUids(QList<quint32> uids);
    static QList<quint32> decodeUids(const QString &text);

private:
    void run(const QString &sql, const QVariantList &values, const QString &what);

    Database &m_db;
};

} // namespace epistle::storage
