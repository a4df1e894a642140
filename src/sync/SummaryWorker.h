#pragma once

#include "storage/MessageTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>

namespace epistle::sync {

// Builds RawMessageSummary of raw messages on a thread of its own, in the order they were
// added, so that MIME parsing overlaps the network and the store writes of the caller's thread.
// One caller thread: add() and take() from the same thread.
class SummaryWorker
{
public:
    SummaryWorker();
    ~SummaryWorker(); // drops what is queued and joins the thread
    SummaryWorker(const SummaryWorker &) = delete;
    SummaryWorker &operator=(const SummaryWorker &) = delete;

    // raw is shared, not copied (QByteArray's count is atomic); the caller must not change it.
    void add(const QByteArray &raw, const QDateTime &internalDate);
    // Waits for the oldest `count` summaries (count <= added and not yet taken), oldest first.
    // Rethrows what a parse threw.
    QList<storage::MessageSummary> take(int count);

private:
    struct Item
    {
        QByteArray raw;
        QDateTime internalDate;
    };
    void run();

    std::mutex m_mutex;
    std::condition_variable m_wake; // work queued or stopping
    std::condition_variable m_built;
    std::deque<Item> m_queue;
    std::deque<storage::MessageSummary> m_done;
    std::exception_ptr m_error;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace epistle::sync
