#include "sync/ThreadListReader.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QMetaObject>
#include <atomic>

namespace epistle::sync {

struct ThreadListReader::State
{
    QString databasePath;
    std::atomic<quint64> latest{0};
    // Created and destroyed in the reader's thread (a connection belongs to one thread).
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<storage::MessageListQueries> queries;
};

ThreadListReader::ThreadListReader(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_context(new QObject)
    , m_state(std::make_shared<State>())
{
    qRegisterMetaType<QList<storage::ThreadSummary>>();
    m_state->databasePath = databasePath;
    m_thread.setObjectName(QStringLiteral("thread list reader"));
    m_context->moveToThread(&m_thread);
    // finished is emitted in the reader's own thread: the connection is closed where it was opened.
    connect(
        &m_thread, &QThread::finished, m_context,
        [state = m_state, context = m_context] {
            state->queries.reset();
            state->db.reset();
            delete context;
        },
        Qt::DirectConnection);
    m_thread.start(QThread::LowPriority);
}

ThreadListReader::~ThreadListReader()
{
    m_thread.quit();
    m_thread.wait();
}

quint64 ThreadListReader::read(const storage::KeyQuery &query)
{
    const quint64 request = ++m_state->latest;
    QMetaObject::invokeMethod(m_context, [this, state = m_state, request, query] {
        if (state->latest.load() != request)
            return; // a newer request is queued behind this one
        try {
            if (!state->db) {
                state->db = storage::Database::open(state->databasePath);
                state->queries = std::make_unique<storage::MessageListQueries>(*state->db);
            }
            const QList<storage::ThreadSummary> threads = state->queries->threads(query);
            // The destructor waits for this function, so `this` is alive; the signal is queued
            // to receivers in the GUI thread.
            Q_EMIT threadsRead(request, threads);
        } catch (const storage::StorageError &e) {
            Q_EMIT readFailed(request, e.message());
        }
    });
    return request;
}

} // namespace epistle::sync
