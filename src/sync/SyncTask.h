#pragma once

#include <QObject>
#include <QString>
#include <QVariant>
#include <atomic>
#include <memory>

namespace epistle::sync {

// One asynchronous operation the GUI started through SyncEngine (fetch a body, send, search,
// sync an account, ...). Lives in the GUI thread; the worker reports into it. finished() comes
// exactly once; the task deletes itself afterwards unless setAutoDelete(false).
class SyncTask : public QObject
{
    Q_OBJECT

public:
    explicit SyncTask(const QString &title, QObject *parent = nullptr);

    QString title() const { return m_title; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && m_error.isEmpty() && !m_cancelled; }
    bool wasCancelled() const { return m_cancelled; }
    QString errorMessage() const { return m_error; } // translated; includes the server's words
    QVariant result() const { return m_result; }
    int done() const { return m_done; }
    int total() const { return m_total; } // 0: unknown
    void setAutoDelete(bool on) { m_autoDelete = on; }

    // Asks the worker to stop; finished() still comes (with wasCancelled()).
    void cancel();
    // Shared with the worker: it polls this between steps.
    std::shared_ptr<std::atomic_bool> cancelFlag() const { return m_cancelFlag; }

    // For the engine (queued from the worker thread).
    void reportProgress(int done, int total);
    void reportPartialResult(const QVariant &part);
    void finish(const QString &error = QString(), const QVariant &result = QVariant());

Q_SIGNALS:
    void progress(int done, int total);
    // Results found before the end, as they arrive (a server search's matches, a batch at a
    // time); finished() still carries the whole result.
    void partialResult(const QVariant &part);
    void finished(epistle::sync::SyncTask *task);

private:
    QString m_title;
    QString m_error;
    QVariant m_result;
    int m_done = 0;
    int m_total = 0;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_autoDelete = true;
    std::shared_ptr<std::atomic_bool> m_cancelFlag = std::make_shared<std::atomic_bool>(false);
};

} // namespace epistle::sync
