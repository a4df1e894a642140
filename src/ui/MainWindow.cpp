#include "ui/MainWindow.h"

#include "mime/ForwardBuilder.h"
#include "storage/AccountStore.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"
#include "storage/StorageError.h"
#include "sync/FolderTreeModel.h"
#include "sync/MessageListModel.h"
#include "sync/SyncTask.h"
#include "ui/AccountStatusBar.h"
#include "ui/ComposerWindow.h"
#include "ui/MailBackend.h"
#include "ui/Resources.h"
#include "ui/MessageView.h"
#include "ui/PasswordDialog.h"
#include "ui/SettingsDialog.h"
#include "ui/TrayIcon.h"
#include "ui_MainWindow.h"

#if __has_include("ui/wizard/AccountWizard.h")
#include "ui/wizard/AccountWizard.h"
#define EPISTLE_HAVE_ACCOUNT_WIZARD 1
#endif
#if __has_include("ui/wizard/CertificateDialog.h")
#include "ui/wizard/CertificateDialog.h"
#define EPISTLE_HAVE_CERTIFICATE_DIALOG 1
#endif

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

namespace epistle::ui {

using sync::FolderTreeModel;
using sync::MessageListModel;
using storage::MessageFlag;

namespace {

constexpr int SearchDelayMs = 300;

QIcon themed(const QString &name)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
}

} // namespace

MainWindow::MainWindow(MailBackend &backend, const core::Profile &profile, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_backend(backend)
    , m_profile(profile)
{
    initResources();
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/epistle.png")));
    {
        const std::unique_ptr<QSettings> settings = m_profile.openSettings();
        m_reading = ReadingPreferences::load(*settings);
    }

    // The models follow the backend's signals (the engine's, forwarded), so they get no engine.
    m_folders = new FolderTreeModel(nullptr, m_backend.databaseFile(), this);
    m_messages = new MessageListModel(nullptr, m_backend.databaseFile(), this);
    m_ui->folderView->setModel(m_folders);
    m_ui->messageList->setModel(m_messages);
    m_ui->folderView->setAcceptDrops(true);
    m_ui->folderView->setDropIndicatorShown(true);
    m_ui->folderView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_ui->messageList->setContextMenuPolicy(Qt::ActionsContextMenu);

    QHeaderView *header = m_ui->messageList->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(MessageListModel::StarColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(MessageListModel::AttachmentColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(MessageListModel::SubjectColumn, QHeaderView::Stretch);
    header->resizeSection(MessageListModel::StarColumn, 26);
    header->resizeSection(MessageListModel::AttachmentColumn, 26);
    header->resizeSection(MessageListModel::CorrespondentColumn, 200);
    header->resizeSection(MessageListModel::DateColumn, 150);
    header->resizeSection(MessageListModel::SizeColumn, 84);
    header->setSortIndicator(MessageListModel::DateColumn, Qt::DescendingOrder);
    m_ui->messageList->sortByColumn(MessageListModel::DateColumn, Qt::DescendingOrder);

    m_view = new MessageView(&m_backend, m_ui->messageViewHost);
    m_view->setPreferences(m_reading);
    m_ui->messageViewLayout->addWidget(m_view);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({230, 970});
    m_ui->listSplitter->setSizes({300, 420});

    m_status = new AccountStatusBar(this);
    statusBar()->addPermanentWidget(m_status, 1);

    createActions();
    createMenusAndToolBar();

    m_markReadTimer.setSingleShot(true);
    connect(&m_markReadTimer, &QTimer::timeout, this, &MainWindow::markCurrentRead);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, [this] { search(m_ui->searchEdit->text()); });
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer.stop();
        search(m_ui->searchEdit->text());
    });

    connect(m_ui->folderView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onFolderChanged(current); });
    connect(m_ui->messageList->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onCurrentMessageChanged);
    connect(m_ui->messageList, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_messages->hasChildren(index.siblingAtColumn(0)))
            return;
        if (m_folders->folder(currentFolderId()) && m_folders->folder(currentFolderId())->role == storage::FolderRole::Drafts)
            return;
        auto *window = new MessageView(&m_backend, nullptr);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->setWindowFlag(Qt::Window);
        window->setPreferences(m_reading);
        window->resize(820, 700);
        window->showMessage(m_messages->keyAt(index));
        window->show();
    });
    connect(m_ui->messageList, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == MessageListModel::StarColumn) {
            const qint64 key = m_messages->keyAt(index);
            const bool starred = index.data(MessageListModel::StarredRole).toBool();
            m_backend.setFlags({key}, starred ? storage::MessageFlags() : storage::MessageFlags(MessageFlag::Flagged),
                               starred ? storage::MessageFlags(MessageFlag::Flagged) : storage::MessageFlags());
        }
    });
    // The list was re-sorted or refreshed: keep the current message in sight.
    connect(m_messages, &QAbstractItemModel::layoutChanged, this, [this] {
        if (m_ui->messageList->currentIndex().isValid())
            m_ui->messageList->scrollTo(m_ui->messageList->currentIndex());
    });
    connect(m_messages, &MessageListModel::loadFailed, this, [this](const QString &message) { m_status->showError({}, message); });
    connect(m_messages, &MessageListModel::loadingChanged, this, [this](bool loading) {
        const QString reading = tr("Reading the threads…");
        if (loading)
            statusBar()->showMessage(reading);
        else if (statusBar()->currentMessage() == reading)
            statusBar()->clearMessage();
    });
    connect(m_folders, &FolderTreeModel::loadFailed, this, [this](const QString &message) { m_status->showError({}, message); });
    connect(m_folders, &FolderTreeModel::messagesDropped, this,
            [this](const QList<qint64> &keys, qint64 folderId, Qt::DropAction action) {
                if (action == Qt::CopyAction) {
                    m_backend.copyMessages(keys, folderId);
                } else {
                    moveCurrentAwayFrom(keys);
                    m_backend.moveMessages(keys, folderId);
                }
            });
    connect(m_folders, &QAbstractItemModel::modelReset, this, [this] {
        m_ui->folderView->expandToDepth(0);
        if (!m_folderIds.isEmpty())
            selectFolder(m_folderIds.first());
    });
    connect(m_view, &MessageView::taskStarted, this, [this](sync::SyncTask *task) { m_status->track(task); });
    connect(m_view, &MessageView::preferencesChanged, this, [this](const ReadingPreferences &p) {
        m_reading = p;
        const std::unique_ptr<QSettings> settings = m_profile.openSettings();
        m_reading.save(*settings);
    });
    connect(m_view, &MessageView::openMessageRequested, this,
            [this](std::shared_ptr<const mime::Message> message, const QByteArray &source) {
                auto *window = new MessageView(nullptr, nullptr);
                window->setAttribute(Qt::WA_DeleteOnClose);
                window->setWindowFlag(Qt::Window);
                window->setPreferences(m_reading);
                window->resize(820, 700);
                window->showParsed(*message, source);
                window->setWindowTitle(message->subject);
                window->show();
            });
    connect(m_ui->unreadFilterButton, &QToolButton::toggled, this, &MainWindow::applyQuickFilters);
    connect(m_ui->starredFilterButton, &QToolButton::toggled, this, &MainWindow::applyQuickFilters);
    connect(m_ui->attachmentFilterButton, &QToolButton::toggled, this, &MainWindow::applyQuickFilters);
    m_ui->unreadFilterButton->setIcon(themed(QStringLiteral("mail-mark-unread")));
    m_ui->starredFilterButton->setIcon(QIcon(QStringLiteral(":/icons/starred.svg")));
    m_ui->attachmentFilterButton->setIcon(QIcon(QStringLiteral(":/icons/attachment.svg")));
    for (QToolButton *b : {m_ui->unreadFilterButton, m_ui->starredFilterButton, m_ui->attachmentFilterButton})
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new TrayIcon(this);
        connect(m_tray, &TrayIcon::activatedWindow, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        m_tray->setUnreadCount(m_folders->totalUnread());
        m_tray->show();
    }
    connect(m_folders, &FolderTreeModel::totalUnreadChanged, this, [this](int unread) {
        if (m_tray)
            m_tray->setUnreadCount(unread);
        setWindowTitle(unread > 0 ? tr("Epistle (%1)").arg(unread) : tr("Epistle"));
    });

    connectBackend();
    reloadAccountStatus();
    m_ui->folderView->expandToDepth(0);
    restoreLayout();
    updateActions();
}

MainWindow::~MainWindow() = default;

QTreeView *MainWindow::folderView() const { return m_ui->folderView; }
QTreeView *MainWindow::messageListView() const { return m_ui->messageList; }
QLineEdit *MainWindow::searchEdit() const { return m_ui->searchEdit; }

void MainWindow::createActions()
{
    auto make = [this](const QString &name, const QString &text, const QString &icon, const QList<QKeySequence> &keys,
                       auto slot) {
        auto *action = new QAction(icon.isEmpty() ? QIcon() : themed(icon), text, this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        if (!keys.isEmpty())
            action->setToolTip(tr("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')), keys.first().toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        addAction(action); // shortcuts work with the menu bar hidden too
        m_actions.insert(name, action);
        return action;
    };
    make(QStringLiteral("new"), tr("&New Message"), QStringLiteral("mail-message-new"), {QKeySequence(Qt::CTRL | Qt::Key_N)},
         [this] { compose(); });
    make(QStringLiteral("reply"), tr("&Reply"), QStringLiteral("mail-reply-sender"), {QKeySequence(Qt::CTRL | Qt::Key_R)},
         [this] { reply(mime::ReplyMode::Sender); });
    make(QStringLiteral("replyAll"), tr("Reply to &All"), QStringLiteral("mail-reply-all"),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)}, [this] { reply(mime::ReplyMode::All); });
    make(QStringLiteral("forward"), tr("&Forward"), QStringLiteral("mail-forward"), {QKeySequence(Qt::CTRL | Qt::Key_L)},
         [this] { forward(); });
    make(QStringLiteral("delete"), tr("&Delete"), QStringLiteral("edit-delete"), {QKeySequence(Qt::Key_Delete)},
         [this] { deleteSelected(); });
    make(QStringLiteral("archive"), tr("Ar&chive"), QStringLiteral("mail-folder-archive"), {QKeySequence(Qt::Key_A)},
         [this] { archiveSelected(); });
    make(QStringLiteral("markRead"), tr("&Mark as Read/Unread"), QStringLiteral("mail-mark-read"), {QKeySequence(Qt::Key_M)},
         [this] { toggleRead(); });
    make(QStringLiteral("star"), tr("&Star"), QStringLiteral("mail-mark-important"), {QKeySequence(Qt::Key_S)},
         [this] { toggleStar(); });
    make(QStringLiteral("nextUnread"), tr("&Next Unread"), QString(), {QKeySequence(Qt::Key_N)}, [this] { selectNextUnread(); });
    make(QStringLiteral("getMail"), tr("&Get Mail"), QStringLiteral("mail-receive"), {QKeySequence(Qt::Key_F5)},
         [this] { getMail(); });
    make(QStringLiteral("search"), tr("&Search"), QStringLiteral("system-search"),
         {QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::Key_F)}, [this] {
             m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
             m_ui->searchEdit->selectAll();
         });
    QAction *threaded = make(QStringLiteral("threaded"), tr("&Threads"), QStringLiteral("view-conversation"),
                             {QKeySequence(Qt::Key_T)}, [this](bool on) {
                                 const qint64 key = currentKey();
                                 m_messages->setThreaded(on);
                                 m_ui->messageList->setRootIsDecorated(on);
                                 if (key)
                                     selectMessage(key);
                             });
    threaded->setCheckable(true);
    make(QStringLiteral("newFolder"), tr("New &Folder…"), QStringLiteral("folder"), {}, [this] { newFolder(); });
    make(QStringLiteral("renameFolder"), tr("&Rename Folder…"), QString(), {}, [this] { renameFolder(); });
    make(QStringLiteral("deleteFolder"), tr("Delete Folder…"), QString(), {}, [this] { deleteFolder(); });
    make(QStringLiteral("addAccount"), tr("&Add Account…"), QStringLiteral("list-add"), {}, [this] { addAccount(); });
    make(QStringLiteral("settings"), tr("Se&ttings…"), QStringLiteral("configure"), {QKeySequence::Preferences},
         [this] { openSettings(); });
    make(QStringLiteral("quit"), tr("&Quit"), QString(), {QKeySequence(Qt::CTRL | Qt::Key_Q)}, [this] { close(); });

    m_ui->messageList->addActions({m_actions[QStringLiteral("reply")], m_actions[QStringLiteral("replyAll")],
                                   m_actions[QStringLiteral("forward")], m_actions[QStringLiteral("markRead")],
                                   m_actions[QStringLiteral("star")], m_actions[QStringLiteral("archive")],
                                   m_actions[QStringLiteral("delete")]});
    m_ui->folderView->addActions({m_actions[QStringLiteral("newFolder")], m_actions[QStringLiteral("renameFolder")],
                                  m_actions[QStringLiteral("deleteFolder")]});
#ifndef EPISTLE_HAVE_ACCOUNT_WIZARD
    m_actions[QStringLiteral("addAccount")]->setEnabled(false);
#endif
}

void MainWindow::createMenusAndToolBar()
{
    auto a = [this](const char *name) { return m_actions.value(QString::fromLatin1(name)); };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({a("new"), a("getMail")});
    file->addSeparator();
    file->addActions({a("newFolder"), a("renameFolder"), a("deleteFolder")});
    file->addSeparator();
    file->addActions({a("addAccount"), a("quit")});
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({a("delete"), a("search")});
    edit->addSeparator();
    edit->addAction(a("settings"));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({a("threaded"), a("nextUnread")});
    QMenu *message = menuBar()->addMenu(tr("&Message"));
    message->addActions({a("reply"), a("replyAll"), a("forward")});
    message->addSeparator();
    message->addActions({a("markRead"), a("star"), a("archive"), a("delete")});

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(18, 18));
    toolBar->addActions({a("getMail"), a("new")});
    toolBar->addSeparator();
    toolBar->addActions({a("reply"), a("replyAll"), a("forward")});
    toolBar->addSeparator();
    toolBar->addActions({a("archive"), a("delete"), a("markRead"), a("star")});
}

void MainWindow::connectBackend()
{
    MailBackend *b = &m_backend;
    connect(b, &MailBackend::messagesAdded, m_messages, &MessageListModel::onMessagesAdded);
    connect(b, &MailBackend::messagesRemoved, m_messages, &MessageListModel::onMessagesRemoved);
    connect(b, &MailBackend::messagesChanged, m_messages, &MessageListModel::onMessagesChanged);
    connect(b, &MailBackend::folderReset, m_messages, &MessageListModel::onFolderReset);
    connect(b, &MailBackend::foldersChanged, m_folders, &FolderTreeModel::onFoldersChanged);
    connect(b, &MailBackend::folderCountsChanged, m_folders, &FolderTreeModel::onFolderCountsChanged);
    connect(b, &MailBackend::accountsChanged, m_folders, &FolderTreeModel::reload);
    connect(b, &MailBackend::accountsChanged, this, &MainWindow::reloadAccountStatus);
    connect(b, &MailBackend::accountStateChanged, m_status, &AccountStatusBar::showState);
    connect(b, &MailBackend::messagesChanged, this, [this] { updateActions(); });
    connect(b, &MailBackend::errorOccurred, this,
            [this](qint64 accountId, const QString &message) { m_status->showError(accountName(accountId), message); });
    connect(b, &MailBackend::operationDropped, this,
            [this](qint64 accountId, const QString &note) { m_status->showError(accountName(accountId), note); });
    connect(b, &MailBackend::sendFailed, this, [this](qint64 accountId, qint64, const QString &reason) {
        m_status->showError(accountName(accountId), tr("A message could not be sent: %1").arg(reason));
    });
    connect(b, &MailBackend::messageSent, this, [this] { statusBar()->showMessage(tr("Message sent."), 5000); });
    connect(b, &MailBackend::passwordNeeded, this, &MainWindow::askPassword);
    connect(b, &MailBackend::certificateRejected, this, &MainWindow::askCertificate);
    connect(b, &MailBackend::newMail, this, &MainWindow::onNewMail);
}

QString MainWindow::accountName(qint64 accountId) const
{
    for (const storage::Account &account : m_backend.accounts()) {
        if (account.id == accountId)
            return account.name;
    }
    return {};
}

void MainWindow::reloadAccountStatus()
{
    for (const storage::Account &account : m_backend.accounts()) {
        m_status->setAccountName(account.id, account.name);
        m_status->showState(m_backend.accountState(account.id));
    }
}

void MainWindow::restoreLayout()
{
    const std::unique_ptr<QSettings> settings = m_profile.openSettings();
    settings->beginGroup(QStringLiteral("mainWindow"));
    if (!restoreGeometry(settings->value(QStringLiteral("geometry")).toByteArray()))
        resize(1200, 780);
    restoreState(settings->value(QStringLiteral("state")).toByteArray());
    m_ui->mainSplitter->restoreState(settings->value(QStringLiteral("mainSplitter")).toByteArray());
    m_ui->listSplitter->restoreState(settings->value(QStringLiteral("listSplitter")).toByteArray());
    if (m_ui->messageList->header()->restoreState(settings->value(QStringLiteral("listHeader")).toByteArray())) {
        const QHeaderView *header = m_ui->messageList->header();
        m_messages->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
    const bool threaded = settings->value(QStringLiteral("threaded"), false).toBool();
    m_actions[QStringLiteral("threaded")]->setChecked(threaded);
    m_messages->setThreaded(threaded);
    m_ui->messageList->setRootIsDecorated(threaded);
    const qint64 folder = settings->value(QStringLiteral("folder"), 0).toLongLong();
    const bool unified = settings->value(QStringLiteral("unifiedInbox"), false).toBool();
    settings->endGroup();
    if (unified && m_folders->unifiedInboxIndex().isValid()) {
        m_ui->folderView->setCurrentIndex(m_folders->unifiedInboxIndex());
    } else if (folder && m_folders->indexOfFolder(folder).isValid()) {
        selectFolder(folder);
    } else {
        const QList<qint64> inboxes = m_folders->inboxFolderIds();
        if (!inboxes.isEmpty())
            selectFolder(inboxes.first());
    }
}

void MainWindow::saveLayout()
{
    const std::unique_ptr<QSettings> settings = m_profile.openSettings();
    settings->beginGroup(QStringLiteral("mainWindow"));
    settings->setValue(QStringLiteral("geometry"), saveGeometry());
    settings->setValue(QStringLiteral("state"), saveState());
    settings->setValue(QStringLiteral("mainSplitter"), m_ui->mainSplitter->saveState());
    settings->setValue(QStringLiteral("listSplitter"), m_ui->listSplitter->saveState());
    settings->setValue(QStringLiteral("listHeader"), m_ui->messageList->header()->saveState());
    settings->setValue(QStringLiteral("threaded"), m_messages->isThreaded());
    settings->setValue(QStringLiteral("folder"), currentFolderId());
    settings->setValue(QStringLiteral("unifiedInbox"),
                       m_ui->folderView->currentIndex() == QModelIndex(m_folders->unifiedInboxIndex()) &&
                           m_folders->unifiedInboxIndex().isValid());
    settings->endGroup();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::selectFolder(qint64 folderId)
{
    const QModelIndex index = m_folders->indexOfFolder(folderId);
    if (!index.isValid())
        return;
    m_ui->folderView->expand(index.parent());
    if (m_ui->folderView->currentIndex() == index) {
        onFolderChanged(index);
        return;
    }
    m_ui->folderView->setCurrentIndex(index);
}

void MainWindow::onFolderChanged(const QModelIndex &index)
{
    const QList<qint64> ids = index.data(FolderTreeModel::FolderIdsRole).value<QList<qint64>>();
    if (ids.isEmpty())
        return; // an account or a path the server does not list: keep the current list
    const bool same = ids == m_folderIds && !m_messages->showsSearchResults();
    m_folderIds = ids;
    if (!same) {
        const QSignalBlocker blocker(m_ui->searchEdit);
        m_ui->searchEdit->clear();
        const auto role = storage::FolderRole(index.data(FolderTreeModel::FolderRoleRole).toInt());
        m_messages->setShowRecipients(role == storage::FolderRole::Sent || role == storage::FolderRole::Drafts);
        m_messages->setFolders(ids);
        m_view->clear();
        m_ui->messageList->scrollToTop();
    }
    if (ids.size() == 1)
        m_backend.setCurrentFolder(ids.first());
    setWindowTitle(tr("%1 — Epistle").arg(index.data(FolderTreeModel::NameRole).toString()));
    updateActions();
}

QList<qint64> MainWindow::selectedKeys() const
{
    return m_messages->keys(m_ui->messageList->selectionModel()->selectedRows());
}

qint64 MainWindow::currentKey() const
{
    const QModelIndexList rows = m_ui->messageList->selectionModel()->selectedRows();
    return rows.size() == 1 ? m_messages->keyAt(rows.first()) : 0;
}

bool MainWindow::selectMessage(qint64 key)
{
    const QModelIndex index = m_messages->indexOfKey(key);
    if (!index.isValid())
        return false;
    if (index.parent().isValid())
        m_ui->messageList->expand(index.parent());
    m_ui->messageList->setCurrentIndex(index);
    m_ui->messageList->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->messageList->scrollTo(index);
    return true;
}

void MainWindow::onCurrentMessageChanged()
{
    updateActions();
    const qint64 key = currentKey();
    m_markReadTimer.stop();
    if (!key) {
        if (selectedKeys().isEmpty())
            m_view->clear();
        return;
    }
    m_view->showMessage(key);
    const QModelIndex index = m_messages->indexOfKey(key);
    if (index.data(MessageListModel::UnreadRole).toBool() && m_reading.markReadDelayMs >= 0) {
        m_markReadKey = key;
        m_markReadTimer.start(m_reading.markReadDelayMs);
    }
}

void MainWindow::markCurrentRead()
{
    if (m_markReadKey && m_markReadKey == currentKey())
        m_backend.setFlags({m_markReadKey}, MessageFlag::Seen, {});
    m_markReadKey = 0;
}

void MainWindow::setReadingPreferences(const ReadingPreferences &preferences)
{
    m_reading = preferences;
    m_view->setPreferences(preferences);
}

void MainWindow::updateActions()
{
    const QList<qint64> keys = selectedKeys();
    const bool one = keys.size() == 1;
    const bool any = !keys.isEmpty();
    for (const char *name : {"reply", "replyAll", "forward"})
        m_actions[QString::fromLatin1(name)]->setEnabled(one);
    for (const char *name : {"delete", "archive", "markRead", "star"})
        m_actions[QString::fromLatin1(name)]->setEnabled(any);
    const bool folder = currentFolderId() != 0;
    m_actions[QStringLiteral("renameFolder")]->setEnabled(folder);
    m_actions[QStringLiteral("deleteFolder")]->setEnabled(folder);
}

void MainWindow::toggleRead()
{
    const QModelIndexList rows = m_ui->messageList->selectionModel()->selectedRows();
    bool anyUnread = false;
    for (const QModelIndex &index : rows)
        anyUnread |= index.data(MessageListModel::UnreadRole).toBool();
    const QList<qint64> keys = m_messages->keys(rows);
    if (keys.isEmpty())
        return;
    m_markReadTimer.stop();
    if (anyUnread)
        m_backend.setFlags(keys, MessageFlag::Seen, {});
    else
        m_backend.setFlags(keys, {}, MessageFlag::Seen);
}

void MainWindow::toggleStar()
{
    const QModelIndexList rows = m_ui->messageList->selectionModel()->selectedRows();
    bool allStarred = !rows.isEmpty();
    for (const QModelIndex &index : rows)
        allStarred &= index.data(MessageListModel::StarredRole).toBool();
    const QList<qint64> keys = m_messages->keys(rows);
    if (keys.isEmpty())
        return;
    if (allStarred)
        m_backend.setFlags(keys, {}, MessageFlag::Flagged);
    else
        m_backend.setFlags(keys, MessageFlag::Flagged, {});
}

// Before messages leave the list, the selection moves to the message after them (or before),
// as in every mail client: deleting one after another needs no clicking.
void MainWindow::moveCurrentAwayFrom(const QList<qint64> &keys)
{
    const QModelIndex current = m_ui->messageList->currentIndex();
    if (!current.isValid() || !keys.contains(m_messages->keyAt(current)))
        return;
    const QSet<qint64> leaving(keys.cbegin(), keys.cend());
    const QModelIndex parent = current.parent();
    const int rows = m_messages->rowCount(parent);
    qint64 next = 0;
    for (int r = current.row() + 1; r < rows && !next; ++r) {
        const qint64 key = m_messages->keyAt(m_messages->index(r, 0, parent));
        if (!leaving.contains(key))
            next = key;
    }
    for (int r = current.row() - 1; r >= 0 && !next; --r) {
        const qint64 key = m_messages->keyAt(m_messages->index(r, 0, parent));
        if (!leaving.contains(key))
            next = key;
    }
    if (next) {
        selectMessage(next);
    } else {
        m_ui->messageList->selectionModel()->clear();
        m_view->clear();
    }
}

void MainWindow::deleteSelected()
{
    const QList<qint64> keys = selectedKeys();
    if (keys.isEmpty())
        return;
    moveCurrentAwayFrom(keys);
    m_backend.deleteMessages(keys);
}

void MainWindow::archiveSelected()
{
    const QList<qint64> keys = selectedKeys();
    if (keys.isEmpty())
        return;
    moveCurrentAwayFrom(keys);
    m_backend.archiveMessages(keys);
}

void MainWindow::selectNextUnread()
{
    QModelIndex next = m_messages->nextUnread(m_ui->messageList->currentIndex());
    if (!next.isValid() && m_ui->messageList->currentIndex().isValid())
        next = m_messages->nextUnread({});
    if (next.isValid())
        selectMessage(m_messages->keyAt(next));
    else
        statusBar()->showMessage(tr("No unread messages here."), 3000);
}

void MainWindow::trackTask(sync::SyncTask *task, const QString &failureTitle)
{
    if (!task)
        return;
    m_status->track(task);
    connect(task, &sync::SyncTask::finished, this, [this, failureTitle](sync::SyncTask *done) {
        if (!done->succeeded() && !done->wasCancelled())
            QMessageBox::warning(this, failureTitle, done->errorMessage());
    });
}

void MainWindow::getMail()
{
    m_status->track(m_backend.synchronize(0));
}

void MainWindow::search(const QString &text)
{
    if (m_serverSearch)
        m_serverSearch->cancel();
    const QString query = text.trimmed();
    if (query.isEmpty()) {
        if (m_messages->showsSearchResults())
            m_messages->clearSearchResults();
        return;
    }
    QList<qint64> keys;
    try {
        const std::unique_ptr<storage::Database> db = storage::Database::open(m_backend.databaseFile());
        storage::SearchIndex index(*db);
        if (m_folderIds.size() == 1) {
            keys = index.search(query, {0, m_folderIds.first()}, storage::SearchOrder::Newest, 500);
        } else {
            for (qint64 folder : std::as_const(m_folderIds))
                keys += index.search(query, {0, folder}, storage::SearchOrder::Newest, 500);
        }
    } catch (const storage::StorageError &e) {
        m_status->showError({}, e.message());
    }
    m_messages->setSearchResults(keys);
    statusBar()->showMessage(tr("%n message(s) found here", nullptr, int(keys.size())), 4000);
    // What is not cached (bodies never fetched, old mail) the server finds; results are added.
    if (m_folderIds.size() == 1) {
        m_serverSearch = m_backend.searchServer(m_folderIds.first(), query);
        if (m_serverSearch) {
            m_status->track(m_serverSearch);
            connect(m_serverSearch, &sync::SyncTask::partialResult, this, [this](const QVariant &part) {
                if (m_messages->showsSearchResults())
                    m_messages->appendSearchResults(part.value<QList<qint64>>());
            });
            connect(m_serverSearch, &sync::SyncTask::finished, this, [this](sync::SyncTask *done) {
                if (done->succeeded() && m_messages->showsSearchResults())
                    m_messages->appendSearchResults(done->result().value<QList<qint64>>());
            });
        }
    }
}

QString MainWindow::draftsFolder() const
{
    return QDir(m_profile.root()).filePath(QStringLiteral("drafts"));
}

ComposerWindow *MainWindow::newComposer()
{
    auto *composer = new ComposerWindow(&m_backend, m_backend.databaseFile(), draftsFolder(), nullptr);
    connect(composer, &ComposerWindow::queued, this, [this] { statusBar()->showMessage(tr("Message queued for sending."), 5000); });
    const QList<qint64> ids = m_folderIds;
    if (ids.size() == 1) {
        if (const auto folder = m_folders->folder(ids.first()))
            composer->selectIdentity(folder->accountId);
    }
    return composer;
}

ComposerWindow *MainWindow::compose()
{
    ComposerWindow *composer = newComposer();
    composer->show();
    return composer;
}

ComposerWindow *MainWindow::composeMailto(const QUrl &url)
{
    ComposerWindow *composer = newComposer();
    composer->prefillFromMailto(url);
    composer->show();
    return composer;
}

ComposerWindow *MainWindow::reply(mime::ReplyMode mode)
{
    const mime::Message *original = m_view->message();
    if (!original || m_view->messageKey() != currentKey())
        return nullptr;
    ComposerWindow *composer = newComposer();
    mime::AddressList identities;
    QStringList own;
    for (const storage::Identity &identity : composer->identities()) {
        identities.append({identity.name, identity.address, {}});
        own.append(identity.address);
    }
    const mime::Address from = mime::ReplyBuilder::chooseIdentity(*original, identities);
    composer->prefill(mime::ReplyBuilder::build(*original, mode, from, own));
    composer->show();
    return composer;
}

ComposerWindow *MainWindow::forward()
{
    const mime::Message *original = m_view->message();
    if (!original || m_view->messageKey() != currentKey())
        return nullptr;
    ComposerWindow *composer = newComposer();
    const storage::Identity identity = composer->currentIdentity();
    composer->prefill(mime::ForwardBuilder::build(*original, m_view->source(), mime::ForwardMode::Inline,
                                                  {identity.name, identity.address, {}}));
    composer->show();
    return composer;
}

void MainWindow::newFolder()
{
    const QModelIndex current = m_ui->folderView->currentIndex();
    const qint64 accountId = current.data(FolderTreeModel::AccountIdRole).toLongLong();
    if (!accountId)
        return;
    const qint64 parentId = current.data(FolderTreeModel::FolderIdRole).toLongLong();
    const auto role = storage::FolderRole(current.data(FolderTreeModel::FolderRoleRole).toInt());
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Folder"),
                                               parentId && role == storage::FolderRole::None
                                                   ? tr("Name of the new folder inside “%1”:").arg(current.data(FolderTreeModel::NameRole).toString())
                                                   : tr("Name of the new folder:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    trackTask(m_backend.createFolder(accountId, role == storage::FolderRole::None ? parentId : 0, name.trimmed()),
              tr("New Folder"));
}

void MainWindow::renameFolder()
{
    const QModelIndex current = m_ui->folderView->currentIndex();
    const qint64 folderId = current.data(FolderTreeModel::FolderIdRole).toLongLong();
    if (!folderId)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Folder"), tr("New name:"), QLineEdit::Normal,
                                               current.data(FolderTreeModel::NameRole).toString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    trackTask(m_backend.renameFolder(folderId, name.trimmed()), tr("Rename Folder"));
}

void MainWindow::deleteFolder()
{
    const QModelIndex current = m_ui->folderView->currentIndex();
    const qint64 folderId = current.data(FolderTreeModel::FolderIdRole).toLongLong();
    if (!folderId)
        return;
    if (QMessageBox::question(this, tr("Delete Folder"),
                              tr("Delete the folder “%1” and every message in it, on the server too?")
                                  .arg(current.data(FolderTreeModel::NameRole).toString())) != QMessageBox::Yes)
        return;
    trackTask(m_backend.deleteFolder(folderId), tr("Delete Folder"));
}

void MainWindow::applyQuickFilters()
{
    storage::QuickFilters filters;
    if (m_ui->unreadFilterButton->isChecked())
        filters |= storage::QuickFilter::Unread;
    if (m_ui->starredFilterButton->isChecked())
        filters |= storage::QuickFilter::Flagged;
    if (m_ui->attachmentFilterButton->isChecked())
        filters |= storage::QuickFilter::WithAttachments;
    m_messages->setQuickFilters(filters);
}

void MainWindow::addAccount()
{
#ifdef EPISTLE_HAVE_ACCOUNT_WIZARD
    if (sync::SyncEngine *engine = m_backend.engine()) {
        AccountWizard wizard(*engine, this);
        wizard.exec();
    }
#endif
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(&m_backend, m_profile, this);
#ifdef EPISTLE_HAVE_ACCOUNT_WIZARD
    if (m_backend.engine())
        dialog.setAddAccountHandler([this] { addAccount(); });
#endif
    connect(&dialog, &SettingsDialog::readingPreferencesChanged, this, &MainWindow::setReadingPreferences);
    connect(&dialog, &SettingsDialog::accountsEdited, m_folders, &FolderTreeModel::reload);
    dialog.exec();
}

void MainWindow::askPassword(qint64 accountId, sync::PasswordKind kind, const QString &reason)
{
    const QPair<qint64, int> id{accountId, int(kind)};
    if (m_passwordDialogs.contains(id))
        return;
    m_passwordDialogs.insert(id);
    auto *dialog = new PasswordDialog(accountName(accountId), kind, reason, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, id, accountId, kind](int result) {
        m_passwordDialogs.remove(id);
        if (result == QDialog::Accepted && !dialog->password().isEmpty())
            m_backend.providePassword(accountId, kind, dialog->password(), dialog->remember());
    });
    dialog->open();
}

void MainWindow::askCertificate(qint64 accountId, const net::CertificateInfo &certificate, const QString &reason)
{
#ifdef EPISTLE_HAVE_CERTIFICATE_DIALOG
    Q_UNUSED(reason);
    auto *dialog = new CertificateDialog(certificate, this);
    dialog->setWindowTitle(tr("Untrusted Certificate: %1").arg(accountName(accountId)));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QByteArray fingerprint = certificate.sha256Fingerprint;
    connect(dialog, &QDialog::accepted, this, [this, accountId, fingerprint] { m_backend.trustCertificate(accountId, fingerprint); });
    dialog->open();
#else
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Untrusted Certificate: %1").arg(accountName(accountId)),
                                reason + QStringLiteral("\n\n") + certificate.description(), QMessageBox::Cancel, this);
    QPushButton *trust = box->addButton(tr("Trust This Certificate for This Account"), QMessageBox::AcceptRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QByteArray fingerprint = certificate.sha256Fingerprint;
    connect(box, &QMessageBox::buttonClicked, this, [this, trust, accountId, fingerprint](QAbstractButton *button) {
        if (button == trust)
            m_backend.trustCertificate(accountId, fingerprint);
    });
    box->open();
#endif
}

void MainWindow::onNewMail(qint64 accountId, qint64 folderId, const QList<qint64> &keys)
{
    Q_UNUSED(accountId);
    Q_UNUSED(folderId);
    if (!m_tray || keys.isEmpty())
        return;
    const std::optional<storage::MessageListRow> latest = m_messages->row(keys.last());
    if (latest)
        m_tray->notifyNewMail(int(keys.size()), latest->from.name.isEmpty() ? latest->from.address : latest->from.name,
                              latest->subject);
}

} // namespace epistle::ui
