// The IMAP side of the sync engine on a 100,000-message Dovecot INBOX, each figure against a
// raw-socket reader on the same server in the same run:
//   cold sync into the store (SyncEngine::synchronize)  vs  raw UID FETCH 1:* of the same items
//   no-change resync as a whole `epistle sync` process   vs  raw UID FETCH 1:* (UID FLAGS)
//   resync after 1,000 flag changes made by another client (in-process and as a process)
//
//   bench_sync_imap [--messages N] [--runs N] [--sandbox DIR]
//
// The `epistle sync` runs need a keychain for the account's password: that part runs under
// scripts/with-keychain (the program starts itself again there with --process-phase).
#include "common/RawImapReader.h"
#include "storage/AccountStore.h"
#include "storage/Database.h"
#include "storage/FolderStore.h"
#include "sync/AccountOptions.h"
#include "sync/SecretStore.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace epistle;

namespace {

const QString kLogin = QStringLiteral("syncbench@example.test");
const QString kPassword = QStringLiteral("syncbench-password");
// What the engine asks for in a first sync (Session::summaryItems plus References).
const QByteArray kSummaryItems =
    "(UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE MODSEQ BODY.PEEK[HEADER.FIELDS (REFERENCES)])";

QString sourceDir()
{
    const QByteArray fromEnv = qgetenv("EPISTLE_SOURCE_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(EPISTLE_SOURCE_DIR) : QString::fromLocal8Bit(fromEnv);
}

bool run(const QString &program, const QStringList &arguments, QByteArray *output = nullptr, const QByteArray &input = {},
         int timeoutMs = 1200000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!input.isEmpty()) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(timeoutMs)) {
        std::fprintf(stderr, "%s %s did not finish\n", qPrintable(program), qPrintable(arguments.join(QLatin1Char(' '))));
        return false;
    }
    const QByteArray out = process.readAll();
    if (output)
        *output = out;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "%s %s failed:\n%s\n", qPrintable(program), qPrintable(arguments.join(QLatin1Char(' '))), out.constData());
        return false;
    }
    return true;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double rawFetch(quint16 port, const QByteArray &items, int runs)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        bench::RawReader raw(port, kLogin.toUtf8(), kPassword.toUtf8());
        if (!raw.open())
            return -1;
        QElapsedTimer timer;
        timer.start();
        if (raw.command("f1 UID FETCH 1:* " + items).isEmpty())
            return -1;
        times << timer.nsecsElapsed() / 1e9;
    }
    return median(times);
}

bool rawStoreFlags(quint16 port, const QByteArray &command)
{
    bench::RawReader raw(port, kLogin.toUtf8(), kPassword.toUtf8());
    return raw.open() && !raw.command("s1 " + command).isEmpty();
}

// A profile with one account on the sandbox's plain IMAP port (loopback, so allowed unencrypted).
qint64 addAccount(const core::Profile &profile, quint16 imapPort, quint16 smtpPort)
{
    auto database = storage::Database::open(profile.databaseFile());
    storage::Account account;
    account.name = QStringLiteral("Bench");
    account.protocol = QStringLiteral("imap");
    account.incoming = storage::ServerSettings{QStringLiteral("127.0.0.1"), imapPort, QStringLiteral("none"), kLogin, QString()};
    account.outgoing = storage::ServerSettings{QStringLiteral("127.0.0.1"), smtpPort, QStringLiteral("none"), kLogin, QString()};
    const qint64 id = storage::AccountStore(*database).addAccount(account);
    sync::AccountOptions options;
    options.checkIntervalMinutes = 0;
    options.save(*profile.openSettings(), id);
    return id;
}

// One synchronize() of the engine, password given when asked; seconds, or -1.
double engineSync(sync::SyncEngine &engine, qint64 accountId)
{
    QElapsedTimer timer;
    timer.start();
    sync::SyncTask *task = engine.synchronize(accountId);
    task->setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(task, &sync::SyncTask::finished, &loop, &QEventLoop::quit);
    if (!task->isFinished())
        loop.exec();
    const double seconds = timer.nsecsElapsed() / 1e9;
    const bool ok = task->succeeded();
    if (!ok)
        std::fprintf(stderr, "engine sync failed: %s\n", qPrintable(task->errorMessage()));
    delete task;
    return ok ? seconds : -1;
}

int inProcessPhase(quint16 imapPort, quint16 smtpPort, int runs, int messages)
{
    // Dovecot's caches warm, then the raw reference.
    if (rawFetch(imapPort, kSummaryItems, 1) < 0)
        return 1;
    const double raw = rawFetch(imapPort, kSummaryItems, runs);
    std::printf("sync.cold.raw_fetch: %.2f s (median of %d)\n", raw, runs);

    QList<double> colds;
    QList<double> flagResyncs;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir dir;
        const core::Profile profile = core::Profile::fromDirectory(dir.path());
        profile.ensureExists();
        const qint64 accountId = addAccount(profile, imapPort, smtpPort);
        sync::SecretStore secrets(profile);
        sync::SyncEngine engine(profile, secrets);
        engine.setOptions(sync::SyncEngine::Options{false, false, false});
        QObject::connect(&engine, &sync::SyncEngine::passwordNeeded, &engine, [&engine](qint64 id, sync::PasswordKind kind, const QString &) {
            engine.providePassword(id, kind, kPassword, false);
        });
        engine.start();
        const double cold = engineSync(engine, accountId);
        if (cold < 0)
            return 1;
        colds << cold;
        {
            auto database = storage::Database::open(profile.databaseFile());
            const auto inbox = storage::FolderStore(*database).find(accountId, QStringLiteral("INBOX"));
            if (!inbox || inbox->messageCount != messages) {
                std::fprintf(stderr, "cold sync stored %d messages, expected %d\n", inbox ? inbox->messageCount : -1, messages);
                return 1;
            }
        }
        // Another client changes 1,000 flags; the engine's next sync picks them up.
        const QByteArray flag = (i % 2) ? "-FLAGS.SILENT (\\Flagged)" : "+FLAGS.SILENT (\\Flagged)";
        if (!rawStoreFlags(imapPort, "UID STORE 1:1000 " + flag))
            return 1;
        const double resync = engineSync(engine, accountId);
        if (resync < 0)
            return 1;
        flagResyncs << resync;
        engine.stop();
    }
    const double cold = median(colds);
    std::printf("sync.cold.engine: %.2f s (median of %d; %d messages into the store)\n", cold, runs, messages);
    std::printf("sync.cold.ratio: %.2fx raw (target <= 1.3x: %s)\n", cold / raw, cold / raw <= 1.3 ? "met" : "NOT met");
    const double flags = median(flagResyncs);
    std::printf("sync.resync_1000_flags.engine: %.0f ms (in-process synchronize(); target < 200 ms: %s)\n", flags * 1000,
                flags < 0.2 ? "met" : "NOT met");
    return 0;
}

// Under with-keychain: the account is added like a user would, then `epistle sync` processes.
int processPhase(const QString &epistle, quint16 imapPort, quint16 smtpPort, int runs)
{
    QTemporaryDir dir;
    const QStringList profile{QStringLiteral("--profile"), dir.path()};
    if (!run(epistle, profile + QStringList{QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Bench"),
                                             QStringLiteral("--email"), kLogin, QStringLiteral("--imap"),
                                             QStringLiteral("127.0.0.1:%1").arg(imapPort), QStringLiteral("--incoming-security"),
                                             QStringLiteral("none"), QStringLiteral("--smtp"), QStringLiteral("127.0.0.1:%1").arg(smtpPort),
                                             QStringLiteral("--smtp-security"), QStringLiteral("none"), QStringLiteral("--password-stdin")},
             nullptr, kPassword.toUtf8() + '\n'))
        return 1;
    const QStringList syncArgs = profile + QStringList{QStringLiteral("sync"), QStringLiteral("--quiet")};
    QElapsedTimer timer;
    timer.start();
    if (!run(epistle, syncArgs))
        return 1;
    std::printf("sync.cold.process: %.2f s (epistle sync, first run)\n", timer.nsecsElapsed() / 1e9);

    const double raw = rawFetch(imapPort, "(UID FLAGS)", runs);
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        timer.restart();
        if (!run(epistle, syncArgs))
            return 1;
        times << timer.nsecsElapsed() / 1e9;
    }
    const double resync = median(times);
    std::printf("sync.nochange.raw_flags_fetch: %.3f s (UID FETCH 1:* (UID FLAGS), median of %d)\n", raw, runs);
    std::printf("sync.nochange.process: %.3f s (whole epistle sync process, median of %d; target <= raw: %s)\n", resync, runs,
                resync <= raw ? "met" : "NOT met");

    if (!rawStoreFlags(imapPort, "UID STORE 2001:3000 +FLAGS.SILENT (\\Seen)"))
        return 1;
    timer.restart();
    if (!run(epistle, syncArgs))
        return 1;
    std::printf("sync.resync_1000_flags.process: %.3f s (whole epistle sync process)\n", timer.nsecsElapsed() / 1e9);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int messages = 100000;
    int runs = 3;
    QString existingSandbox;
    bool processPhaseOnly = false;
    quint16 imapPort = 0;
    quint16 smtpPort = 0;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--messages") && i + 1 < args.size())
            messages = args[++i].toInt();
        else if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--sandbox") && i + 1 < args.size())
            existingSandbox = args[++i];
        else if (args[i] == QLatin1String("--process-phase") && i + 2 < args.size()) {
            processPhaseOnly = true;
            imapPort = quint16(args[++i].toUInt());
            smtpPort = quint16(args[++i].toUInt());
        }
    }
    const QString epistle = QStringLiteral(EPISTLE_BINARY);
    if (processPhaseOnly)
        return processPhase(epistle, imapPort, smtpPort, runs);

    const QString script = sourceDir() + QStringLiteral("/scripts/mail-sandbox");
    QTemporaryDir dir(QStringLiteral("/tmp/epistle-bench-sync-XXXXXX"));
    const bool ownSandbox = existingSandbox.isEmpty();
    const QString sandbox = ownSandbox ? dir.path() : existingSandbox;
    QByteArray env;
    if (!run(script, {QStringLiteral("start"), sandbox}, &env))
        return 1;
    auto stop = qScopeGuard([&] {
        if (ownSandbox)
            run(script, {QStringLiteral("stop"), sandbox});
    });
    for (const QByteArray &line : env.split('\n')) {
        if (line.startsWith("IMAP_PORT="))
            imapPort = quint16(line.mid(10).toUInt());
        if (line.startsWith("SUBMISSION_PORT="))
            smtpPort = quint16(line.mid(16).toUInt());
    }
    QElapsedTimer timer;
    timer.start();
    if (!run(script, {QStringLiteral("adduser"), sandbox, kLogin, kPassword})
        || !run(script, {QStringLiteral("generate-mail"), sandbox, kLogin, QString::number(messages)}))
        return 1;
    std::printf("sync.bench.generate_time: %.1f s (%d messages)\n", timer.nsecsElapsed() / 1e9, messages);
    std::fflush(stdout);
    if (const int failed = inProcessPhase(imapPort, smtpPort, runs, messages))
        return failed;
    std::fflush(stdout);
    QProcess inner;
    inner.setProcessChannelMode(QProcess::ForwardedChannels);
    inner.start(sourceDir() + QStringLiteral("/scripts/with-keychain"),
                {QCoreApplication::applicationFilePath(), QStringLiteral("--runs"), QString::number(runs), QStringLiteral("--process-phase"),
                 QString::number(imapPort), QString::number(smtpPort)});
    inner.waitForFinished(-1);
    return inner.exitCode();
}
