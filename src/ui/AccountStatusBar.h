#pragma once

#include "sync/AccountState.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace epistle::sync {
class SyncTask;
}

namespace epistle::ui {

// The status bar's right side: one short state per account (online, syncing n/m, offline,
// error), the progress of long work started from the window with a button to cancel it, and
// the last error, shown once and kept until dismissed.
class AccountStatusBar : public QWidget
{
    Q_OBJECT

public:
    explicit AccountStatusBar(QWidget *parent = nullptr);

    void setAccountName(qint64 accountId, const QString &name);
    void removeAccount(qint64 accountId);
    void showState(const sync::AccountState &state);
    // Shows the task's progress with a cancel button until it finishes.
    void track(sync::SyncTask *task);
    void showError(const QString &accountName, const QString &message);
    QString errorText() const;
    QString stateText(qint64 accountId) const;

    static QString describe(const sync::AccountState &state);

private:
    void updateTask();

    QHash<qint64, QLabel *> m_labels;
    QHash<qint64, QString> m_names;
    QHash<qint64, sync::AccountState> m_states;
    QLabel *m_error;
    QToolButton *m_dismiss;
    QLabel *m_taskLabel;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QList<QPointer<sync::SyncTask>> m_tasks;
};

} // namespace epistle::ui
