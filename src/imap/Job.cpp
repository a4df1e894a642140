#include "imap/Job.h"

#include <QPointer>

namespace epistle::imap {

void Job::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    QPointer<Job> self(this); // a slot may delete the job, or the session that owns it
    Q_EMIT finished(this);
    if (self && m_autoDelete)
        deleteLater();
}

} // namespace epistle::imap
