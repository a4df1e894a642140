#pragma once

#include "core/Profile.h"
#include "mime/ReplyBuilder.h"
#include "net/CertificateInfo.h"
#include "sync/AccountState.h"
#include "ui/ReadingPreferences.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <memory>

class QLineEdit;
class QTreeView;

namespace Ui {
class MainWindow;
}

namespace epistle::sync {
class FolderTreeModel;
class MessageListModel;
class SyncTask;
}

namespace epistle::ui {

class AccountStatusBar;
class ComposerWindow;
class MailBackend;
class MessageView;
class TrayIcon;

// The main window: folder tree, message list and message view, with the usual actions and
// shortcuts, search, quick filters, a status bar per account, the tray icon and the dialogs the
// engine asks for (password, certificate). Everything it changes goes through the backend (the
// sync engine); what it shows comes from the models, which read the store.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(MailBackend &backend, const core::Profile &profile, QWidget *parent = nullptr);
    ~MainWindow() override;

    sync::FolderTreeModel *folderModel() const { return m_folders; }
    sync::MessageListModel *messageModel() const { return m_messages; }
    QTreeView *folderView() const;
    QTreeView *messageListView() const;
    MessageView *messageView() const { return m_view; }
    QLineEdit *searchEdit() const;
    AccountStatusBar *accountStatusBar() const { return m_status; }
    QAction *action(const QString &name) const { return m_actions.value(name); }
    ReadingPreferences readingPreferences() const { return m_reading; }
    void setReadingPreferences(const ReadingPreferences &preferences);

    void selectFolder(qint64 folderId);
    qint64 currentFolderId() const { return m_folderIds.size() == 1 ? m_folderIds.first() : 0; }
    bool selectMessage(qint64 key);
    QList<qint64> selectedKeys() const;
    qint64 currentKey() const;

    ComposerWindow *compose();
    ComposerWindow *reply(mime::ReplyMode mode);
    ComposerWindow *forward();
    ComposerWindow *composeMailto(const QUrl &url);
    // Runs the search now (otherwise it runs shortly after typing stops).
    void search(const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenusAndToolBar();
    void connectBackend();
    void restoreLayout();
    void saveLayout();
    void onFolderChanged(const QModelIndex &index);
    void onCurrentMessageChanged();
    void updateActions();
    void markCurrentRead();
    void toggleRead();
    void toggleStar();
    void deleteSelected();
    void archiveSelected();
    void selectNextUnread();
    void getMail();
    void newFolder();
    void renameFolder();
    void deleteFolder();
    void openSettings();
    void addAccount();
    void applyQuickFilters();
    void moveCurrentAwayFrom(const QList<qint64> &keys);
    void askPassword(qint64 accountId, sync::PasswordKind kind, const QString &reason);
    void askCertificate(qint64 accountId, const net::CertificateInfo &certificate, const QString &reason);
    void onNewMail(qint64 accountId, qint64 folderId, const QList<qint64> &keys);
    void reloadAccountStatus();
    QString accountName(qint64 accountId) const;
    void trackTask(sync::SyncTask *task, const QString &failureTitle);
    ComposerWindow *newComposer();
    QString draftsFolder() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    MailBackend &m_backend;
    core::Profile m_profile;
    ReadingPreferences m_reading;
    sync::FolderTreeModel *m_folders = nullptr;
    sync::MessageListModel *m_messages = nullptr;
    MessageView *m_view = nullptr;
    AccountStatusBar *m_status = nullptr;
    TrayIcon *m_tray = nullptr;
    QHash<QString, QAction *> m_actions;
    QList<qint64> m_folderIds;
    QTimer m_markReadTimer;
    QTimer m_searchTimer;
    qint64 m_markReadKey = 0;
    QPointer<sync::SyncTask> m_serverSearch;
    QSet<QPair<qint64, int>> m_passwordDialogs;
};

} // namespace epistle::ui
