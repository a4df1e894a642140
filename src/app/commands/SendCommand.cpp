// epistle send FILE.eml --account NAME: queues a finished message in the Outbox (so it is never
// lost) and sends it through the same engine as the GUI, with its copy in Sent.

#include "CommandRegistry.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "sync/AccountManager.h"
#include "sync/SecretStore.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace epistle;

namespace {

// Translation context of this file (lupdate reads it; plain tr() has no context in free functions).
struct SendCommandText {
    Q_DECLARE_TR_FUNCTIONS(send)
};

void waitUntil(const bool &done)
{
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

int runSend(app::CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SendCommandText::tr("Queue a message (an RFC 5322 file, '-' for standard input) in the Outbox and send it."));
    parser.addHelpOption();
    const QCommandLineOption accountOption(QStringLiteral("account"), SendCommandText::tr("The account to send with (name or id)."), QStringLiteral("name"));
    parser.addOption(accountOption);
    parser.addPositionalArgument(QStringLiteral("file"), SendCommandText::tr("The message to send."));
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
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || !parser.isSet(accountOption)) {
        err << SendCommandText::tr("Usage: epistle send FILE.eml --account NAME") << '\n';
        return 2;
    }
    QFile file;
    const bool fromStdin = files.first() == QLatin1String("-");
    if (fromStdin ? !file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(files.first()), !file.open(QIODevice::ReadOnly))) {
        err << SendCommandText::tr("Cannot read %1: %2").arg(files.first(), file.errorString()) << '\n';
        return 1;
    }
    const QByteArray message = file.readAll();
    QString error;
    if (!context.profile.ensureExists(&error)) {
        err << error << '\n';
        return 1;
    }

    sync::SecretStore secrets(context.profile);
    qint64 accountId = 0;
    try {
        const std::unique_ptr<storage::Database> database = storage::Database::open(context.profile.databaseFile());
        sync::AccountManager manager(*database, secrets, context.profile);
        const auto account = manager.find(parser.value(accountOption));
        if (!account) {
            err << SendCommandText::tr("No account \"%1\".").arg(parser.value(accountOption)) << '\n';
            return 1;
        }
        accountId = account->id;
    } catch (const storage::StorageError &storageError) {
        err << storageError.message() << '\n';
        return 1;
    }

    sync::SyncEngine engine(context.profile, secrets);
    engine.setOptions(sync::SyncEngine::Options{false, false, true});
    qint64 outboxId = 0;
    bool settled = false;
    int exitCode = 0;
    QString outcome;
    const auto checkEntry = [&] {
        if (outboxId == 0 || settled)
            return;
        for (const storage::OutboxEntry &entry : engine.outbox(accountId)) {
            if (entry.id != outboxId)
                continue;
            if (entry.state == storage::OutboxState::Failed) {
                outcome = SendCommandText::tr("The message was not sent: %1\nIt stays in the Outbox.").arg(entry.lastError);
                exitCode = 1;
                settled = true;
            } else if (entry.state == storage::OutboxState::Queued && entry.attempts > 0) {
                outcome = SendCommandText::tr("The message could not be sent yet: %1\nIt stays in the Outbox and is sent at the next synchronisation (next try after %2).")
                              .arg(entry.lastError, entry.nextAttempt.toLocalTime().toString(Qt::ISODate));
                exitCode = 75; // EX_TEMPFAIL
                settled = true;
            }
            return;
        }
    };
    QObject::connect(&engine, &sync::SyncEngine::messageSent, [&](qint64 id, qint64 entry) {
        if (id == accountId && entry == outboxId) {
            outcome = SendCommandText::tr("Sent.");
            settled = true;
        }
    });
    QObject::connect(&engine, &sync::SyncEngine::outboxChanged, [&](qint64 id) {
        if (id == accountId)
            checkEntry();
    });
    QObject::connect(&engine, &sync::SyncEngine::passwordNeeded, [&](qint64 id, sync::PasswordKind, const QString &reason) {
        if (id != accountId || settled)
            return;
        outcome = SendCommandText::tr("The message stays in the Outbox: %1").arg(reason);
        exitCode = 1;
        settled = true;
    });
    engine.start();
    sync::SyncTask *queue = engine.send(accountId, message);
    queue->setAutoDelete(false);
    bool queued = false;
    QObject::connect(queue, &sync::SyncTask::finished, [&] { queued = true; });
    waitUntil(queued);
    if (!queue->succeeded()) {
        err << SendCommandText::tr("The message was not queued: %1").arg(queue->errorMessage()) << '\n';
        delete queue;
        return 1;
    }
    outboxId = queue->result().toLongLong();
    delete queue;
    checkEntry();
    waitUntil(settled);
    if (exitCode == 0) {
        // The Sent copy (and anything else pending) goes to the server before we exit.
        sync::SyncTask *sync = engine.synchronize(accountId);
        sync->setAutoDelete(false);
        bool synced = false;
        QObject::connect(sync, &sync::SyncTask::finished, [&] { synced = true; });
        waitUntil(synced);
        if (!sync->succeeded())
            err << SendCommandText::tr("Sent, but the copy for the Sent folder waits for the next synchronisation: %1").arg(sync->errorMessage()) << '\n';
        delete sync;
    }
    engine.stop();
    (exitCode == 0 ? out : err) << outcome << '\n';
    return exitCode;
}

} // namespace

EPISTLE_REGISTER_COMMAND(send, QT_TRANSLATE_NOOP("commands", "Queue a message in the Outbox and send it"), runSend);
