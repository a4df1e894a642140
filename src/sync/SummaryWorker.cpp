#include "sync/SummaryWorker.h"

#include "sync/RawMessageSummary.h"

namespace epistle::sync {

SummaryWorker::SummaryWorker()
    : m_thread([this] { run(); })
{
}

SummaryWorker::~SummaryWorker()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_queue.clear();
    }
    m_wake.notify_one();
    m_thread.join();
}

void SummaryWorker::add(const QByteArray &raw, const QDateTime &internalDate)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(Item{raw, internalDate});
    }
    m_wake.notify_one();
}

QList<storage::MessageSummary> SummaryWorker::take(int count)
{
    std::unique_lock lock(m_mutex);
    m_built.wait(lock, [&] { return m_error || int(m_done.size()) >= count; });
    if (m_error)
        std::rethrow_exception(m_error);
    QList<storage::MessageSummary> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        out.append(std::move(m_done.front()));
        m_done.pop_front();
    }
    return out;
}

void SummaryWorker::run()
{
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
        if (m_stop)
            return;
        Item item = std::move(m_queue.front());
        m_queue.pop_front();
        lock.unlock();
        storage::MessageSummary summary;
        std::exception_ptr error;
        try {
            summary = RawMessageSummary::fromBytes(item.raw, item.internalDate);
        } catch (...) {
            error = std::current_exception();
        }
        item = Item{}; // the bytes' last reference may be here: freed outside the lock
        lock.lock();
        if (error)
            m_error = error;
        else
            m_done.push_back(std::move(summary));
        m_built.notify_one();
    }
}

} // namespace epistle::sync
