// GUI benchmark: opening a cached 100,000-message folder in the main window.
// Usage: bench_ui [MESSAGES]   (default 100000). A child process fills a profile's store through
// src/storage (threads, search text, counts as the engine writes them); this process then opens
// the main window on it (offscreen) and prints:
//   time to the first painted rows of the message list (target < 150 ms), from creating the window
//   time to paint the list after jumping to the middle and to the end
//   the process RSS with the folder open (target < 100 MB)
#include "core/Profile.h"
#include "storage/AccountStore.h"
#include "storage/Database.h"
#include "storage/FolderStore.h"
#include "storage/MessageStore.h"
#include "sync/MessageListModel.h"
#include "ui/MailBackend.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

using namespace epistle;

namespace {

// The window reads the store itself; the engine's calls are not part of what is measured.
class StoreOnlyBackend : public ui::MailBackend
{
public:
    explicit StoreOnlyBackend(QString database) : m_database(std::move(database)) {}
    QString databaseFile() const override { return m_database; }
    QList<storage::Account> accounts() const override { return {}; }
    sync::AccountState accountState(qint64 accountId) const override
    {
        sync::AccountState s;
        s.accountId = accountId;
        return s;
    }
    void reloadAccounts() override {}
    sync::SyncEngine *engine() const override { return nullptr; }
    sync::SyncTask *synchronize(qint64) override { return nullptr; }
    void setCurrentFolder(qint64) override {}
    void setFlags(const QList<qint64> &, storage::MessageFlags, storage::MessageFlags) override {}
    void moveMessages(const QList<qint64> &, qint64) override {}
    void copyMessages(const QList<qint64> &, qint64) override {}
    void deleteMessages(const QList<qint64> &) override {}
    void archiveMessages(const QList<qint64> &) override {}
    sync::SyncTask *createFolder(qint64, qint64, const QString &) override { return nullptr; }
    sync::SyncTask *renameFolder(qint64, const QString &) override { return nullptr; }
    sync::SyncTask *deleteFolder(qint64) override { return nullptr; }
    sync::SyncTask *fetchMessage(qint64, sync::MessageContent) override { return nullptr; }
    sync::SyncTask *searchServer(qint64, const QString &) override { return nullptr; }
    sync::SyncTask *send(qint64, const QByteArray &) override { return nullptr; }
    sync::SyncTask *saveDraft(qint64, const QByteArray &, qint64) override { return nullptr; }
    void providePassword(qint64, sync::PasswordKind, const QString &, bool) override {}
    void trustCertificate(qint64, const QByteArray &) override {}

private:
    QString m_database;
};

int prepare(const QString &directory, int count)
{
    const core::Profile profile = core::Profile::fromDirectory(directory);
    profile.ensureExists();
    const std::unique_ptr<storage::Database> db = storage::Database::open(profile.databaseFile());
    storage::AccountStore accounts(*db);
    storage::Account account;
    account.name = QStringLiteral("Bench");
    account.protocol = QStringLiteral("imap");
    const qint64 accountId = accounts.addAccount(account);
    storage::FolderStore folders(*db);
    storage::Folder inbox;
    inbox.accountId = accountId;
    inbox.path = QStringLiteral("INBOX");
    inbox.delimiter = QStringLiteral("/");
    inbox.role = storage::FolderRole::Inbox;
    const qint64 folderId = folders.upsert(inbox);
    storage::MessageStore messages(*db);
    const QDateTime start(QDate(2020, 1, 1), QTime(8, 0), Qt::UTC);
    QList<storage::MessageSummary> batch;
    for (int i = 1; i <= count; ++i) {
        storage::MessageSummary s;
        s.uid = quint32(i);
        s.flags = i % 7 ? storage::MessageFlags(storage::MessageFlag::Seen) : storage::MessageFlags();
        s.subject = (i % 3 ? QStringLiteral("Re: ") : QString()) + QStringLiteral("Topic %1 of the week").arg(i / 3);
        s.from = {QStringLiteral("Sender %1").arg(i % 600), QStringLiteral("sender%1@example.test").arg(i % 600)};
        s.to = {{QStringLiteral("Me"), QStringLiteral("me@example.test")}};
        s.date = start.addSecs(qint64(i) * 300);
        s.internalDate = s.date;
        s.size = 2000 + (i * 37) % 50000;
        s.messageId = QByteArray("<m") + QByteArray::number(i) + "@example.test>";
        if (i % 3)
            s.references = {QByteArray("<m") + QByteArray::number(i - i % 3) + "@example.test>"};
        s.hasAttachments = i % 11 == 0;
        s.preview = QStringLiteral("A short preview of message %1").arg(i);
        batch.append(s);
        if (batch.size() == 2000 || i == count) {
            messages.upsert(folderId, batch);
            batch.clear();
        }
    }
    return 0;
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Paints the widget's pending update now and returns when the paint is done.
class PaintClock : public QObject
{
public:
    QElapsedTimer timer;
    qint64 paintedAt = -1;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || paintedAt >= 0)
            return false;
        watched->removeEventFilter(this);
        QCoreApplication::sendEvent(watched, event); // paint, then read the clock
        paintedAt = timer.nsecsElapsed() / 1000;
        return true;
    }
};

// Switching to threads: the grouped read runs on another thread, so three figures matter: how long
// the click itself keeps the GUI thread, the longest the GUI thread then goes without handling
// events, and when the thread rows are painted.
struct ThreadedFigures
{
    double click = 0;
    double longestStall = 0;
    double rowsPainted = 0;
};

ThreadedFigures switchToThreads(ui::MainWindow &window, QTreeView *view)
{
    const sync::MessageListModel *model = window.messageModel();
    ThreadedFigures figures;
    QElapsedTimer timer;
    timer.start();
    window.action(QStringLiteral("threaded"))->trigger();
    figures.click = timer.nsecsElapsed() / 1e6;
    PaintClock clock;
    qint64 last = timer.nsecsElapsed();
    bool loaded = false;
    while (!loaded || clock.paintedAt < 0) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        const qint64 now = timer.nsecsElapsed();
        figures.longestStall = std::max(figures.longestStall, (now - last) / 1e6);
        last = now;
        if (!loaded && !model->isLoading()) {
            loaded = true;
            clock.timer = timer;
            view->viewport()->installEventFilter(&clock);
            view->viewport()->update();
        }
    }
    figures.rowsPainted = clock.paintedAt / 1000.0;
    return figures;
}

double paintAfter(QTreeView *view, const std::function<void()> &change)
{
    PaintClock clock;
    view->viewport()->installEventFilter(&clock);
    clock.timer.start();
    change();
    while (clock.paintedAt < 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return clock.paintedAt / 1000.0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--prepare") == 0) {
        QCoreApplication app(argc, argv);
        return prepare(QString::fromLocal8Bit(argv[2]), atoi(argv[3]));
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? atoi(argv[1]) : 100000;
    QTemporaryDir dir;
    QElapsedTimer prep;
    prep.start();
    if (QProcess::execute(QCoreApplication::applicationFilePath(),
                          {QStringLiteral("--prepare"), dir.filePath(QStringLiteral("profile")), QString::number(count)}) != 0) {
        std::fprintf(stderr, "preparing the store failed\n");
        return 1;
    }
    std::printf("store with %d messages prepared in %.1f s (child process)\n", count, prep.elapsed() / 1000.0);
    const qint64 rssBefore = residentKiB();

    const core::Profile profile = core::Profile::fromDirectory(dir.filePath(QStringLiteral("profile")));
    StoreOnlyBackend backend(profile.databaseFile());
    std::unique_ptr<ui::MainWindow> window;
    QTreeView *list = nullptr;
    PaintClock clock;
    clock.timer.start();
    window = std::make_unique<ui::MainWindow>(backend, profile); // opens the Inbox, as at start-up
    list = window->messageListView();
    list->viewport()->installEventFilter(&clock);
    window->show();
    while (clock.paintedAt < 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double firstPaint = clock.paintedAt / 1000.0;
    const int rows = window->messageModel()->rowCount();

    const double middle = paintAfter(list, [list] { list->verticalScrollBar()->setValue(list->verticalScrollBar()->maximum() / 2); });
    const double end = paintAfter(list, [list] { list->verticalScrollBar()->setValue(list->verticalScrollBar()->maximum()); });
    const double sorted = paintAfter(list, [list] { list->sortByColumn(sync::MessageListModel::SubjectColumn, Qt::AscendingOrder); });
    const ThreadedFigures threaded = switchToThreads(*window, list);
    const int threadRows = window->messageModel()->rowCount();
    const qint64 rss = residentKiB();

    std::printf("rows listed: %d\n", rows);
    std::printf("first rows painted after opening the window: %.1f ms (target < 150 ms: %s)\n", firstPaint,
                firstPaint < 150 ? "met" : "not met");
    std::printf("paint after jumping to the middle: %.1f ms, to the end: %.1f ms\n", middle, end);
    std::printf("re-sorted by subject and painted: %.1f ms\n", sorted);
    std::printf("threaded view (%d threads): the click holds the GUI thread %.1f ms, longest stall while the threads "
                "are read %.1f ms, thread rows painted after %.1f ms\n",
                threadRows, threaded.click, threaded.longestStall, threaded.rowsPainted);
    std::printf("process RSS with the folder open: %.1f MB (before the window: %.1f MB; target < 100 MB: %s)\n",
                rss / 1024.0, rssBefore / 1024.0, rss < 100 * 1024 ? "met" : "not met");
    return 0;
}
