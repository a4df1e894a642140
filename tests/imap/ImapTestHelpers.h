#pragma once

#include "imap/Session.h"

#include <QTest>
#include <memory>

namespace epistle::imap::test {

// Watches a job from the moment it is created (jobs delete themselves after finished(), so
// results are copied in the slot) and waits for it on demand.
template<typename T>
class Pending
{
public:
    struct State
    {
        bool finished = false;
        Error error;
        std::optional<T> result;
    };

    explicit Pending(Job *job)
        : m_state(std::make_shared<State>())
    {
        auto state = m_state;
        QObject::connect(job, &Job::finished, job, [state](Job *finished) {
            state->finished = true;
            state->error = finished->error();
            if constexpr (!std::is_same_v<T, bool>) {
                if (auto *typed = dynamic_cast<ResultJob<T> *>(finished))
                    state->result = typed->result();
            } else {
                state->result = !finished->error().isError();
            }
        });
    }

    bool wait(int timeoutMs = 15000) const
    {
        if (!QTest::qWaitFor([this] { return m_state->finished; }, timeoutMs)) {
            qWarning() << "job timed out";
            return false;
        }
        return true;
    }
    // The result when the job succeeded; nullopt (with a warning) otherwise.
    std::optional<T> get(int timeoutMs = 15000) const
    {
        if (!wait(timeoutMs))
            return std::nullopt;
        if (m_state->error.isError()) {
            qWarning() << "job failed:" << errorKindName(m_state->error.kind) << m_state->error.message;
            return std::nullopt;
        }
        return m_state->result;
    }
    bool finished() const { return m_state->finished; }
    const Error &error() const { return m_state->error; }

private:
    std::shared_ptr<State> m_state;
};

template<typename T>
Pending<T> watch(ResultJob<T> *job)
{
    return Pending<T>(job);
}

inline Pending<FetchResult> watch(FetchJob *job)
{
    return Pending<FetchResult>(job);
}

inline Pending<bool> watch(Job *job)
{
    return Pending<bool>(job);
}

template<typename J>
auto resultOf(J *job, Error *error = nullptr)
{
    auto pending = watch(job);
    auto result = pending.get();
    if (error)
        *error = pending.error();
    return result;
}

inline bool succeeds(Job *job, int timeoutMs = 15000)
{
    return watch(job).get(timeoutMs).has_value();
}

// Runs the job and returns its error (kind None on success).
inline Error errorOf(Job *job, int timeoutMs = 15000)
{
    auto pending = watch(job);
    if (!pending.wait(timeoutMs)) {
        Error timedOut;
        timedOut.kind = Error::Kind::Timeout;
        timedOut.message = QStringLiteral("the test timed out");
        return timedOut;
    }
    return pending.error();
}

} // namespace epistle::imap::test
