#include "ui/TrayIcon.h"

#include <QPainter>
#include <QPixmap>

namespace epistle::ui {

TrayIcon::TrayIcon(QObject *parent)
    : QSystemTrayIcon(parent)
{
    setUnreadCount(0);
    connect(this, &QSystemTrayIcon::activated, this, [this](ActivationReason reason) {
        if (reason == Trigger || reason == DoubleClick)
            Q_EMIT activatedWindow();
    });
    connect(this, &QSystemTrayIcon::messageClicked, this, &TrayIcon::activatedWindow);
}

QIcon TrayIcon::iconWithCount(int unread)
{
    QPixmap pixmap = QIcon(QStringLiteral(":/icons/epistle.png")).pixmap(64, 64);
    if (unread <= 0)
        return QIcon(pixmap);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QString text = unread > 999 ? QStringLiteral("999+") : QString::number(unread);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(text.size() > 2 ? 20 : 26);
    painter.setFont(font);
    const QRect badge(pixmap.width() - 40, pixmap.height() - 32, 40, 32);
    painter.setBrush(QColor(0xc6, 0x28, 0x28));
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(badge, 14, 14);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, text);
    return QIcon(pixmap);
}

void TrayIcon::setUnreadCount(int unread)
{
    if (unread == m_unread)
        return;
    m_unread = unread;
    setIcon(iconWithCount(unread));
    setToolTip(unread > 0 ? tr("Epistle: %n unread message(s)", nullptr, unread) : tr("Epistle"));
}

void TrayIcon::notifyNewMail(int count, const QString &from, const QString &subject)
{
    if (count <= 0 || !supportsMessages())
        return;
    if (count == 1)
        showMessage(tr("New mail from %1").arg(from), subject, QSystemTrayIcon::Information, 8000);
    else
        showMessage(tr("%n new message(s)", nullptr, count), tr("The latest from %1: %2").arg(from, subject),
                    QSystemTrayIcon::Information, 8000);
}

} // namespace epistle::ui
