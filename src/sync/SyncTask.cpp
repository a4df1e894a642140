#include "sync/SyncTask.h"

namespace epistle::sync {

SyncTask::SyncTask(const QString &title, QObject *parent)
    : QObject(parent)
    , m_title(title)
{
}

void SyncTask::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_cancelFlag->store(true);
}

void SyncTask::reportProgress(int done, int total)
{
    if (m_finished)
        return;
    m_done = done;
    m_total = total;
    Q_EMIT progress(done, total);
}

void SyncTask::reportPartialResult(const QVariant &part)
{
    if (m_finished || m_cancelFlag->load())
        return;
    Q_EMIT partialResult(part);
}

void SyncTask::finish(const QString &error, const QVariant &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_result = result;
    if (m_cancelFlag->load())
        m_cancelled = true;
    Q_EMIT finished(this);
    if (m_autoDelete)
        deleteLater();
}

} // namespace epistle::sync
