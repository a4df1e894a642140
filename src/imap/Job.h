#pragma once

#include "imap/Error.h"

#include <QObject>

namespace epistle::imap {

// The outcome of one operation of a Session: finished() fires once, with error() telling
// success from a typed failure. Jobs delete themselves after finished() unless
// setAutoDelete(false) was called; read results in the slot connected to finished().
class Job : public QObject
{
    Q_OBJECT

public:
    explicit Job(QObject *parent = nullptr) : QObject(parent) {}

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    const Error &error() const { return m_error; }
    void setAutoDelete(bool on) { m_autoDelete = on; }

    // For the session: completes the job exactly once.
    void finish(const Error &error = Error());

Q_SIGNALS:
    void finished(epistle::imap::Job *job);

private:
    Error m_error;
    bool m_finished = false;
    bool m_autoDelete = true;
};

// A job with a typed result, e.g. ResultJob<MailboxState> for SELECT.
template<typename T>
class ResultJob : public Job
{
public:
    explicit ResultJob(QObject *parent = nullptr) : Job(parent) {}
    const T &result() const { return m_result; }
    T &mutableResult() { return m_result; }

private:
    T m_result{};
};

} // namespace epistle::imap
