#include "imap/Job.h"

namespace epistle::imap {

void Job::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    Q_EMIT finished(this);
    if (m_autoDelete)
        deleteLater();
}

} // namespace epistle::imap
