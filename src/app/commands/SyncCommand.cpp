// epistle sync [--account NAME]: one synchronisation of folder lists, summaries, pending offline
// changes and the Outbox, through the same engine as the GUI; progress on stderr, a summary on
// stdout, a non-zero exit status with the reason on failure.

#include "CommandRegistry.h"
#include "storage/Database.h"
#include "storage/FolderStore.h"
#include "storage/OperationQueue.h"
#include "storage/Outbox.h"
#include "storage/StorageError.h"
#include "sync/AccountManager.h"
#include "sync/SecretStore.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace epistle;

namespace {

// Translation context of this file (lupdate reads it; plain tr() has no context in free functions).
struct SyncCommandText {
    Q_DECLARE_TR_FUNCTIONS(sync)
};

QJsonObject accountSummary(storage::Database &database, const storage::Account &account)
{
    storage::FolderStore folders(database);
    int messages = 0;
    int unread = 0;
    const QList<storage::Folder> list = folders.folders(account.id);
    for (const storage::Folder &folder : list) {
        messages += folder.messageCount;
        unread += folder.unreadCount;
    }
    int outbox = 0;
    for (const storage::OutboxEntry &entry : storage::Outbox(database).entries(account.id))
        outbox += entry.accountId == account.id ? 1 : 0;
    return QJsonObject{{QStringLiteral("account"), account.name},
                       {QStringLiteral("folders"), int(list.size())},
                       {QStringLiteral("messages"), messages},
                       {QStringLiteral("unread"), unread},
                       {QStringLiteral("pendingChanges"), storage::OperationQueue(database).pendingCount(account.id)},
                       {QStringLiteral("outbox"), outbox}};
}

int runSync(app::CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SyncCommandText::tr("Synchronise folder lists, message summaries, pending offline changes and the Outbox once."));
    parser.addHelpOption();
    const QCommandLineOption accountOption(QStringLiteral("account"), SyncCommandText::tr("Only this account (name or id)."), QStringLiteral("name"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), SyncCommandText::tr("Print the summary as JSON."));
    const QCommandLineOption quietOption(QStringLiteral("quiet"), SyncCommandText::tr("No progress on standard error."));
    parser.addOptions({accountOption, jsonOption, quietOption});
    if (!parser.parse(context.arguments)) {
        QTextStream(stderr) << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    QTextStream err(stderr);
    QTextStream out(stdout);
    QString error;
    if (!context.profile.ensureExists(&error)) {
        err << error << '\n';
        return 1;
    }

    sync::SecretStore secrets(context.profile);
    qint64 accountId = 0;
    QList<storage::Account> accounts;
    std::unique_ptr<storage::Database> database;
    try {
        database = storage::Database::open(context.profile.databaseFile());
        sync::AccountManager manager(*database, secrets, context.profile);
        accounts = manager.accounts();
        if (parser.isSet(accountOption)) {
            const auto account = manager.find(parser.value(accountOption));
            if (!account) {
                err << SyncCommandText::tr("No account \"%1\".").arg(parser.value(accountOption)) << '\n';
                return 1;
            }
            accountId = account->id;
            accounts = {*account};
        }
    } catch (const storage::StorageError &storageError) {
        err << storageError.message() << '\n';
        return 1;
    }
    if (accounts.isEmpty()) {
        err << SyncCommandText::tr("No account is set up. Add one with 'epistle account add'.") << '\n';
        return 1;
    }

    sync::SyncEngine engine(context.profile, secrets);
    engine.setOptions(sync::SyncEngine::Options{false, false, true});
    const bool quiet = parser.isSet(quietOption);
    QHash<qint64, QString> names;
    for (const storage::Account &account : std::as_const(accounts))
        names.insert(account.id, account.name);
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    QObject::connect(&engine, &sync::SyncEngine::accountStateChanged, [&](const sync::AccountState &state) {
        if (quiet || !names.contains(state.accountId))
            return;
        // Progress lines at most every 200 ms, except changes of status.
        static sync::AccountState::Status lastStatus = sync::AccountState::Status::Offline;
        if (state.status == lastStatus && sinceProgress.elapsed() < 200)
            return;
        lastStatus = state.status;
        sinceProgress.restart();
        err << names.value(state.accountId) << ": " << sync::statusName(state.status);
        if (!state.message.isEmpty())
            err << " - " << state.message;
        if (state.progressTotal > 0)
            err << " (" << state.progressDone << '/' << state.progressTotal << ')';
        err << '\n';
        err.flush();
    });
    QStringList problems;
    QObject::connect(&engine, &sync::SyncEngine::passwordNeeded, [&](qint64 id, sync::PasswordKind, const QString &reason) {
        if (!names.contains(id))
            return;
        // Nobody can type a password here: give up on this run with the reason.
        problems << SyncCommandText::tr("%1: %2").arg(names.value(id), reason);
        QMetaObject::invokeMethod(&engine, [&engine] { engine.stop(); }, Qt::QueuedConnection);
    });
    QObject::connect(&engine, &sync::SyncEngine::operationDropped, [&](qint64 id, const QString &note) {
        if (names.contains(id))
            err << names.value(id) << ": " << note << '\n';
    });
    engine.start();
    sync::SyncTask *task = engine.synchronize(accountId);
    task->setAutoDelete(false);
    bool finished = false;
    QObject::connect(task, &sync::SyncTask::finished, [&] { finished = true; });
    while (!finished)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const QString failure = task->errorMessage();
    const int fetched = task->result().toMap().value(QStringLiteral("messagesFetched")).toInt();
    delete task;
    engine.stop();

    QJsonArray summaries;
    try {
        for (const storage::Account &account : std::as_const(accounts))
            summaries << accountSummary(*database, account);
    } catch (const storage::StorageError &storageError) {
        err << storageError.message() << '\n';
        return 1;
    }
    if (parser.isSet(jsonOption)) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), failure.isEmpty()},
                                         {QStringLiteral("error"), failure},
                                         {QStringLiteral("fetched"), fetched},
                                         {QStringLiteral("accounts"), summaries}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
    } else {
        for (const QJsonValue &value : std::as_const(summaries)) {
            const QJsonObject summary = value.toObject();
            out << SyncCommandText::tr("%1: %2 folders, %3 messages (%4 unread), %5 changes pending, %6 in the Outbox")
                       .arg(summary.value(QStringLiteral("account")).toString())
                       .arg(summary.value(QStringLiteral("folders")).toInt())
                       .arg(summary.value(QStringLiteral("messages")).toInt())
                       .arg(summary.value(QStringLiteral("unread")).toInt())
                       .arg(summary.value(QStringLiteral("pendingChanges")).toInt())
                       .arg(summary.value(QStringLiteral("outbox")).toInt())
                << '\n';
        }
    }
    if (!failure.isEmpty()) {
        err << SyncCommandText::tr("Synchronisation failed: %1").arg(failure) << '\n';
        for (const QString &problem : std::as_const(problems))
            err << problem << '\n';
        return 1;
    }
    return 0;
}

} // namespace

EPISTLE_REGISTER_COMMAND(sync, QT_TRANSLATE_NOOP("commands", "Synchronise accounts once (folders, summaries, offline changes, Outbox)"), runSync);
