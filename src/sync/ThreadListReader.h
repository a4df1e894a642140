#pragma once

#include "storage/MessageListQueries.h"

#include <QObject>
#include <QThread>
#include <memory>

namespace epistle::sync {

// Reads a message list's threads (one grouped query over the whole folder: hundreds of
// milliseconds for 100,000 messages) on its own thread and database connection, so the GUI
// thread never waits for it. Requests are numbered; when several are queued only the newest is
// run, and the model uses only the answer to the last one it asked.
class ThreadListReader : public QObject
{
    Q_OBJECT

public:
    explicit ThreadListReader(const QString &databasePath, QObject *parent = nullptr);
    // Waits for a query in progress (bounded: one read) and closes the connection.
    ~ThreadListReader() override;

    // Returns the request's number, given again with its answer.
    quint64 read(const storage::KeyQuery &query);

Q_SIGNALS:
    void threadsRead(quint64 request, const QList<epistle::storage::ThreadSummary> &threads);
    void readFailed(quint64 request, const QString &message);

private:
    struct State;

    QThread m_thread;
    QObject *m_context; // lives in m_thread
    std::shared_ptr<State> m_state;
};

} // namespace epistle::sync
