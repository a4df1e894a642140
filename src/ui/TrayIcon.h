#pragma once

#include <QSystemTrayIcon>

namespace epistle::ui {

// The tray icon where the platform has a tray: the unread count of the Inboxes drawn on the
// application icon, a notification for new mail, and a click that brings the window back.
class TrayIcon : public QSystemTrayIcon
{
    Q_OBJECT

public:
    explicit TrayIcon(QObject *parent = nullptr);

    void setUnreadCount(int unread);
    int unreadCount() const { return m_unread; }
    void notifyNewMail(int count, const QString &from, const QString &subject);
    static QIcon iconWithCount(int unread);

Q_SIGNALS:
    void activatedWindow();

private:
    int m_unread = -1;
};

} // namespace epistle::ui
