#include "ui/AccountStatusBar.h"

#include "sync/SyncTask.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace epistle::ui {

AccountStatusBar::AccountStatusBar(QWidget *parent)
    : QWidget(parent)
    , m_error(new QLabel(this))
    , m_dismiss(new QToolButton(this))
    , m_taskLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_dismiss->setText(QStringLiteral("×"));
    m_dismiss->setToolTip(tr("Dismiss"));
    m_dismiss->setAutoRaise(true);
    m_dismiss->hide();
    connect(m_dismiss, &QToolButton::clicked, this, [this] {
        m_error->hide();
        m_dismiss->hide();
    });
    m_progress->setMaximumWidth(140);
    m_progress->setMaximumHeight(14);
    m_progress->setTextVisible(false);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        for (const QPointer<sync::SyncTask> &task : std::as_const(m_tasks)) {
            if (task)
                task->cancel();
        }
    });
    layout->addWidget(m_error);
    layout->addWidget(m_dismiss);
    layout->addWidget(m_taskLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    updateTask();
}

QString AccountStatusBar::describe(const sync::AccountState &state)
{
    using S = sync::AccountState::Status;
    switch (state.status) {
    case S::Offline:
        if (state.nextAttempt.isValid())
            return tr("offline, retrying at %1").arg(QLocale().toString(state.nextAttempt.toLocalTime().time(), QLocale::ShortFormat));
        return tr("offline");
    case S::Connecting:
        return tr("connecting…");
    case S::Online:
        return tr("online");
    case S::Syncing:
        if (state.progressTotal > 0)
            return tr("syncing %1/%2").arg(state.progressDone).arg(state.progressTotal);
        return tr("syncing…");
    case S::Error:
        return tr("error");
    case S::NeedsPassword:
        return tr("needs the password");
    }
    return {};
}

void AccountStatusBar::setAccountName(qint64 accountId, const QString &name)
{
    m_names.insert(accountId, name);
    if (!m_labels.contains(accountId)) {
        auto *label = new QLabel(this);
        static_cast<QHBoxLayout *>(layout())->insertWidget(layout()->count(), label);
        m_labels.insert(accountId, label);
    }
    sync::AccountState initial;
    initial.accountId = accountId;
    showState(m_states.value(accountId, initial));
}

void AccountStatusBar::removeAccount(qint64 accountId)
{
    delete m_labels.take(accountId);
    m_names.remove(accountId);
    m_states.remove(accountId);
}

void AccountStatusBar::showState(const sync::AccountState &state)
{
    m_states.insert(state.accountId, state);
    QLabel *label = m_labels.value(state.accountId);
    if (!label)
        return;
    const QString text = tr("%1: %2").arg(m_names.value(state.accountId), describe(state));
    label->setText(text);
    QString tip = state.message.isEmpty() ? text : text + QLatin1Char('\n') + state.message;
    if (state.lastSync.isValid())
        tip += QLatin1Char('\n') + tr("Last synchronised: %1").arg(QLocale().toString(state.lastSync.toLocalTime(), QLocale::ShortFormat));
    label->setToolTip(tip);
    label->setStyleSheet(state.status == sync::AccountState::Status::Error ||
                                 state.status == sync::AccountState::Status::NeedsPassword
                             ? QStringLiteral("color: #b00020;")
                             : QString());
}

QString AccountStatusBar::stateText(qint64 accountId) const
{
    const QLabel *label = m_labels.value(accountId);
    return label ? label->text() : QString();
}

void AccountStatusBar::track(sync::SyncTask *task)
{
    if (!task)
        return;
    m_tasks.append(task);
    connect(task, &sync::SyncTask::progress, this, &AccountStatusBar::updateTask);
    connect(task, &sync::SyncTask::finished, this, [this](sync::SyncTask *done) {
        m_tasks.removeAll(QPointer<sync::SyncTask>(done));
        if (!done->succeeded() && !done->wasCancelled() && !done->errorMessage().isEmpty())
            showError(done->title(), done->errorMessage());
        updateTask();
    });
    updateTask();
}

void AccountStatusBar::updateTask()
{
    m_tasks.removeAll(QPointer<sync::SyncTask>());
    QList<QPointer<sync::SyncTask>> running;
    for (const QPointer<sync::SyncTask> &task : std::as_const(m_tasks)) {
        if (task && !task->isFinished())
            running.append(task);
    }
    const bool busy = !running.isEmpty();
    m_taskLabel->setVisible(busy);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    if (!busy)
        return;
    const sync::SyncTask *task = running.first();
    m_taskLabel->setText(running.size() > 1 ? tr("%1 (and %n more)", nullptr, int(running.size() - 1)).arg(task->title())
                                            : task->title());
    m_progress->setRange(0, task->total() > 0 ? task->total() : 0);
    m_progress->setValue(task->done());
}

void AccountStatusBar::showError(const QString &accountName, const QString &message)
{
    const QString text = accountName.isEmpty() ? message : tr("%1: %2").arg(accountName, message);
    m_error->setText(text.size() > 120 ? text.left(117) + QStringLiteral("…") : text);
    m_error->setToolTip(text);
    m_error->show();
    m_dismiss->show();
}

QString AccountStatusBar::errorText() const
{
    return m_error->isVisible() ? m_error->toolTip() : QString();
}

} // namespace epistle::ui
