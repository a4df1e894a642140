// UID FETCH 1:* (UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE) of a 100,000-message
// Dovecot INBOX through the engine, against a minimal raw-socket reader of the same command on
// the same server in the same run; and the parser alone on the recorded reply.
//
//   bench_imap_fetch [--messages N] [--runs N] [--keep-sandbox]
//   bench_imap_fetch --parse-file FILE [--repeat N]   the parser alone on a recorded conversation
//   bench_imap_fetch --sandbox DIR                     use a running sandbox whose user
//                                                      bench@example.test already has its messages
//
// It starts its own sandbox (scripts/mail-sandbox) in a temporary folder and stops it at the end.
#include "imap/Parser.h"
#include "imap/ResponseStream.h"
#include "imap/Session.h"
#include "common/RawImapReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <cstdio>

using namespace epistle;

namespace {

const QByteArray kItems = "(UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE)";
const QString kLogin = QStringLiteral("bench@example.test");
const QString kPassword = QStringLiteral("bench-password");

QString sandboxScript()
{
    const QByteArray fromEnv = qgetenv("EPISTLE_SOURCE_DIR");
    return (fromEnv.isEmpty() ? QStringLiteral(EPISTLE_SOURCE_DIR) : QString::fromLocal8Bit(fromEnv)) + QStringLiteral("/scripts/mail-sandbox");
}

bool runScript(const QStringList &arguments, QByteArray *output = nullptr, bool exitCodeMatters = true)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(sandboxScript(), arguments);
    if (!process.waitForFinished(600000)) {
        std::fprintf(stderr, "mail-sandbox %s did not finish\n", qPrintable(arguments.join(QLatin1Char(' '))));
        return false;
    }
    const QByteArray out = process.readAll();
    if (output)
        *output = out;
    if (process.exitCode() != 0 && exitCodeMatters) {
        std::fprintf(stderr, "mail-sandbox %s failed:\n%s\n", qPrintable(arguments.join(QLatin1Char(' '))), out.constData());
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

double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + now.tv_nsec / 1e9;
}

// Parser alone, on recorded bytes fed in 64 KiB pieces as a socket would deliver them. Measured
// in CPU time of this thread: on a shared machine wall time mostly measures the neighbours.
double parserThroughput(const QByteArray &recorded, qint64 *responses, qint64 *failures)
{
    QList<double> throughputs;
    for (int run = 0; run < 3; ++run) {
        imap::ResponseStream stream;
        imap::Parser parser;
        qint64 ok = 0, failed = 0;
        const double start = threadCpuSeconds();
        for (qsizetype at = 0; at < recorded.size(); at += 64 * 1024) {
            stream.feed(recorded.mid(at, 64 * 1024));
            while (stream.hasResponse()) {
                if (parser.parse(stream.take()).ok)
                    ++ok;
                else
                    ++failed;
            }
        }
        const double seconds = threadCpuSeconds() - start;
        throughputs << recorded.size() / 1e6 / seconds;
        *responses = ok;
        *failures = failed;
    }
    return median(throughputs);
}

void printThroughput(double throughput, qint64 responses, qint64 failures)
{
    std::printf("imap.parser.responses: %lld responses (%lld unparsable)\n", static_cast<long long>(responses), static_cast<long long>(failures));
    std::printf("imap.parser.throughput: %.0f MB/s of CPU time (target >= 100: %s)\n", throughput, throughput >= 100 ? "met" : "NOT met");
}

struct EngineRun
{
    double seconds = 0;
    qint64 messages = 0;
    bool ok = false;
};

EngineRun engineFetch(imap::Session &session, quint32 lastUid)
{
    EngineRun run;
    QEventLoop loop;
    QElapsedTimer timer;
    timer.start();
    imap::FetchOptions options;
    options.keepResults = false;
    imap::FetchJob *job = session.fetch(imap::UidSet::range(1, lastUid), kItems, options);
    QObject::connect(job, &imap::FetchJob::received, job, [&run](const imap::FetchData &data) {
        if (data.envelope && data.bodyStructure)
            ++run.messages;
    });
    QObject::connect(job, &imap::Job::finished, &loop, [&](imap::Job *finished) {
        run.seconds = timer.nsecsElapsed() / 1e9;
        run.ok = !finished->error().isError();
        if (!run.ok)
            std::fprintf(stderr, "engine fetch failed: %s\n", qPrintable(finished->error().message));
        loop.quit();
    });
    loop.exec();
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int messages = 100000;
    int runs = 5;
    int repeat = 1;
    bool keep = false;
    QString parseFile;
    QString existingSandbox;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--messages") && i + 1 < args.size())
            messages = args[++i].toInt();
        else if (args[i] == QLatin1String("--sandbox") && i + 1 < args.size())
            existingSandbox = args[++i];
        else if (args[i] == QLatin1String("--parse-file") && i + 1 < args.size())
            parseFile = args[++i];
        else if (args[i] == QLatin1String("--repeat") && i + 1 < args.size())
            repeat = args[++i].toInt();
        else if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = args[++i].toInt();
        else if (args[i] == QLatin1String("--keep-sandbox"))
            keep = true;
    }

    if (!parseFile.isEmpty()) {
        QFile file(parseFile);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(parseFile));
            return 1;
        }
        const QByteArray recorded = file.readAll().repeated(std::max(1, repeat));
        qint64 responses = 0, failures = 0;
        const double throughput = parserThroughput(recorded, &responses, &failures);
        std::printf("imap.parser.input: %.1f MB\n", recorded.size() / 1e6);
        printThroughput(throughput, responses, failures);
        return 0;
    }

    QTemporaryDir dir(QStringLiteral("/tmp/epistle-bench-imap-XXXXXX"));
    const bool ownSandbox = existingSandbox.isEmpty();
    dir.setAutoRemove(!keep && ownSandbox);
    const QString sandbox = ownSandbox ? dir.path() : existingSandbox;
    QByteArray env;
    // "status" fails when any part is down; the benchmark needs only Dovecot.
    if (!runScript({ownSandbox ? QStringLiteral("start") : QStringLiteral("status"), sandbox}, &env, ownSandbox))
        return 1;
    if (!ownSandbox && !env.contains("DOVECOT_PROCESS=running")) {
        std::fprintf(stderr, "Dovecot of the sandbox %s is not running\n", qPrintable(sandbox));
        return 1;
    }
    auto stop = qScopeGuard([&] {
        if (!keep && ownSandbox)
            runScript({QStringLiteral("stop"), sandbox});
    });
    quint16 port = 0;
    for (const QByteArray &line : env.split('\n')) {
        if (line.startsWith("IMAP_PORT="))
            port = quint16(line.mid(10).toUInt());
    }
    QElapsedTimer timer;
    timer.start();
    if (ownSandbox) {
        if (!runScript({QStringLiteral("adduser"), sandbox, kLogin, kPassword})
            || !runScript({QStringLiteral("generate-mail"), sandbox, kLogin, QString::number(messages)}))
            return 1;
        std::printf("imap.bench.generate_time: %.1f s\n", timer.nsecsElapsed() / 1e9);
    }

    bench::RawReader raw(port, kLogin.toUtf8(), kPassword.toUtf8());
    if (!raw.open()) {
        std::fprintf(stderr, "the raw reader could not log in on port %u\n", port);
        return 1;
    }
    const QByteArray fetchLine = "r3 UID FETCH 1:* " + kItems;
    timer.restart();
    QByteArray recorded = raw.command(fetchLine); // warms Dovecot's cache
    std::printf("imap.fetch.first_run: %.3f s\n", timer.nsecsElapsed() / 1e9);
    std::printf("imap.fetch.reply_size: %.1f MB\n", recorded.size() / 1e6);
    std::printf("imap.bench.messages: %lld messages\n", static_cast<long long>(recorded.count("\r\n* ") + 1));

    imap::Session session;
    imap::SessionOptions options;
    options.compress = false; // the raw reader does not compress either
    options.enableCondstore = false; // same items as the raw command (no MODSEQ)
    options.enableQresync = false;
    session.setOptions(options);
    QEventLoop loop;
    bool loggedIn = false;
    imap::Job *login = session.connectToServer(net::Endpoint{QStringLiteral("127.0.0.1"), port, net::Security::None, false},
                                               imap::Credentials{kLogin, kPassword, imap::Credentials::Method::Automatic});
    QObject::connect(login, &imap::Job::finished, &loop, [&](imap::Job *job) {
        loggedIn = !job->error().isError();
        if (!loggedIn)
            std::fprintf(stderr, "engine login failed: %s\n", qPrintable(job->error().message));
        loop.quit();
    });
    loop.exec();
    if (!loggedIn)
        return 1;
    quint32 uidNext = 0;
    imap::ResultJob<imap::MailboxState> *select = session.select(QStringLiteral("INBOX"));
    QObject::connect(select, &imap::Job::finished, &loop, [&](imap::Job *) {
        uidNext = select->result().uidNext;
        loop.quit();
    });
    loop.exec();
    if (uidNext < 2)
        return 1;

    QList<double> rawTimes, engineTimes;
    qint64 engineMessages = 0;
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        const QByteArray reply = raw.command("r" + QByteArray::number(10 + run) + " UID FETCH 1:* " + kItems);
        rawTimes << timer.nsecsElapsed() / 1e9;
        if (reply.isEmpty())
            return 1;
        const EngineRun engine = engineFetch(session, uidNext - 1);
        if (!engine.ok)
            return 1;
        engineTimes << engine.seconds;
        engineMessages = engine.messages;
    }
    const double rawMedian = median(rawTimes);
    const double engineMedian = median(engineTimes);
    const double ratio = engineMedian / rawMedian;
    std::printf("imap.fetch.engine_messages: %lld messages\n", static_cast<long long>(engineMessages));
    std::printf("imap.fetch.raw_median: %.3f s\n", rawMedian);
    std::printf("imap.fetch.engine_median: %.3f s\n", engineMedian);
    std::printf("imap.fetch.engine_vs_raw: %.2f x (target <= 1.30: %s)\n", ratio, ratio <= 1.3 ? "met" : "NOT met");

    qint64 responses = 0, failures = 0;
    const double throughput = parserThroughput(recorded, &responses, &failures);
    printThroughput(throughput, responses, failures);
    return 0;
}
