// POP3 download of a 10,000-message Dovecot mailbox into the store through sync::Pop3Downloader
// (UIDL, pipelined RETR, summary from src/mime, message row + body + UIDL ledger committed per
// batch), against a minimal raw-socket reader that sends UIDL and then RETR of every message
// with 32 commands in flight and keeps nothing, on the same server in the same run. Both use
// the plain loopback port.
//
//   bench_sync_pop3 [--messages N] [--runs N] [--keep-sandbox]
//
// It starts its own sandbox (scripts/mail-sandbox) in a temporary folder and stops it at the end.
#include "storage/AccountStore.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"
#include "sync/Pop3Downloader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <arpa/inet.h>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace epistle;

namespace {

const QString kLogin = QStringLiteral("syncbench@example.test");
const QString kPassword = QStringLiteral("bench-password");
constexpr int kWindow = 32;

QString sandboxScript()
{
    const QByteArray fromEnv = qgetenv("EPISTLE_SOURCE_DIR");
    return (fromEnv.isEmpty() ? QStringLiteral(EPISTLE_SOURCE_DIR) : QString::fromLocal8Bit(fromEnv)) + QStringLiteral("/scripts/mail-sandbox");
}

bool runScript(const QStringList &arguments, QByteArray *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(sandboxScript(), arguments);
    if (!process.waitForFinished(900000)) {
        std::fprintf(stderr, "mail-sandbox %s did not finish\n", qPrintable(arguments.join(QLatin1Char(' '))));
        return false;
    }
    const QByteArray out = process.readAll();
    if (output)
        *output = out;
    if (process.exitCode() != 0) {
        std::fprintf(stderr, "mail-sandbox %s failed:\n%s\n", qPrintable(arguments.join(QLatin1Char(' '))), out.constData());
        return false;
    }
    return true;
}

quint16 envPort(const QByteArray &env, const QByteArray &key)
{
    for (const QByteArray &line : env.split('\n')) {
        if (line.startsWith(key + '='))
            return quint16(line.mid(key.size() + 1).trimmed().toUInt());
    }
    return 0;
}

double cpuSeconds(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double threadCpuSeconds()
{
    return cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
}

struct Figures
{
    double seconds = 0;
    double cpu = 0;
    double processCpu = 0; // every thread of the process (the downloader parses on a second one)
    qint64 bytes = 0;
    int messages = 0;
    bool ok = false;
};

// Blocking socket, one buffer; multi-line bodies found by searching for the terminating line
// from where the previous search stopped.
class RawReader
{
public:
    explicit RawReader(quint16 port) : m_port(port) {}
    ~RawReader()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }

    Figures run(int count)
    {
        Figures figures;
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(m_port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
            return figures;
        const int one = 1;
        ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = threadCpuSeconds();
        if (!statusLine() || !command("USER " + kLogin.toUtf8()) || !command("PASS " + kPassword.toUtf8()))
            return figures;
        qint64 listing = 0;
        if (!command("UIDL") || !body(&listing))
            return figures;
        int sent = 0;
        int received = 0;
        QByteArray batch;
        while (received < count) {
            batch.clear();
            while (sent < count && sent - received < kWindow)
                batch += "RETR " + QByteArray::number(++sent) + "\r\n";
            if (!batch.isEmpty() && !writeAll(batch))
                return figures;
            if (!statusLine())
                return figures;
            qint64 size = 0;
            if (!body(&size))
                return figures;
            figures.bytes += size;
            ++received;
        }
        writeAll("QUIT\r\n");
        figures.seconds = timer.nsecsElapsed() / 1e9;
        figures.cpu = threadCpuSeconds() - cpu0;
        figures.messages = received;
        figures.ok = true;
        return figures;
    }

private:
    bool fill()
    {
        if (m_pos > 0 && m_pos == m_buffer.size()) {
            m_buffer.clear();
            m_pos = 0;
        } else if (m_pos > (1 << 20)) {
            m_buffer.remove(0, m_pos);
            m_pos = 0;
        }
        char chunk[256 * 1024];
        const ssize_t n = ::read(m_fd, chunk, sizeof chunk);
        if (n <= 0)
            return false;
        m_buffer.append(chunk, n);
        return true;
    }
    bool writeAll(const QByteArray &data)
    {
        qsizetype done = 0;
        while (done < data.size()) {
            const ssize_t n = ::write(m_fd, data.constData() + done, size_t(data.size() - done));
            if (n <= 0)
                return false;
            done += n;
        }
        return true;
    }
    bool statusLine()
    {
        qsizetype end;
        while ((end = m_buffer.indexOf("\r\n", m_pos)) < 0) {
            if (!fill())
                return false;
        }
        const bool ok = m_buffer.mid(m_pos, 3) == "+OK";
        m_pos = end + 2;
        return ok;
    }
    bool command(const QByteArray &line) { return writeAll(line + "\r\n") && statusLine(); }
    bool body(qint64 *size)
    {
        if (m_buffer.size() - m_pos < 3 && !fill())
            return false;
        if (m_buffer.mid(m_pos, 3) == ".\r\n") {
            m_pos += 3;
            *size = 0;
            return true;
        }
        qsizetype scan = m_pos;
        while (true) {
            const void *found = memmem(m_buffer.constData() + scan, size_t(m_buffer.size() - scan), "\r\n.\r\n", 5);
            if (found) {
                const qsizetype at = static_cast<const char *>(found) - m_buffer.constData();
                *size = at + 2 - m_pos;
                m_pos = at + 5;
                return true;
            }
            scan = qMax(m_pos, m_buffer.size() - 4);
            const qsizetype before = m_pos;
            if (!fill())
                return false;
            scan -= before - m_pos;
        }
    }

    quint16 m_port;
    int m_fd = -1;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
};

Figures runDownloader(quint16 port, int count, const QString &databasePath)
{
    Figures figures;
    auto db = storage::Database::open(databasePath);
    storage::Account account;
    account.name = QStringLiteral("Bench");
    account.protocol = QStringLiteral("pop3");
    account.id = storage::AccountStore(*db).addAccount(account);
    sync::ServerAccess access;
    access.endpoint = net::Endpoint(QStringLiteral("127.0.0.1"), port, net::Security::None);
    access.user = kLogin;
    access.authMethod = QStringLiteral("user");
    sync::Pop3Downloader downloader(*db, account, {}, access, kPassword);
    QObject::connect(&downloader, &sync::Pop3Downloader::finished, qApp, [] { QCoreApplication::exit(0); });
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = threadCpuSeconds();
    const double processCpu0 = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
    downloader.start();
    QCoreApplication::exec();
    figures.seconds = timer.nsecsElapsed() / 1e9;
    figures.cpu = threadCpuSeconds() - cpu0;
    figures.processCpu = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - processCpu0;
    const auto &result = downloader.result();
    if (result.error.isError())
        std::fprintf(stderr, "downloader: %s\n", qPrintable(result.error.message));
    figures.messages = result.downloaded;
    figures.ok = !result.error.isError() && result.downloaded == count
                 && storage::MessageStore(*db).count(downloader.inboxFolderId()) == count;
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int count = 10000;
    int runs = 3;
    bool keep = false;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--messages") && i + 1 < args.size())
            count = args[++i].toInt();
        else if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = args[++i].toInt();
        else if (args[i] == QLatin1String("--keep-sandbox"))
            keep = true;
    }
    QTemporaryDir dir;
    dir.setAutoRemove(!keep);
    const QString sandbox = dir.filePath(QStringLiteral("sandbox"));
    QByteArray env;
    if (!runScript({QStringLiteral("start"), sandbox}, &env))
        return 1;
    const quint16 port = envPort(env, "POP3_PORT");
    int status = 1;
    if (port && runScript({QStringLiteral("adduser"), sandbox, kLogin, kPassword})
        && runScript({QStringLiteral("generate-mail"), sandbox, kLogin, QString::number(count)})) {
        RawReader warmUp(port); // Dovecot builds its index and UIDL cache on the first session
        const Figures warm = warmUp.run(count);
        QList<Figures> raw, engine;
        bool ok = warm.ok;
        for (int r = 0; r < runs && ok; ++r) {
            RawReader reader(port);
            const Figures rawFigures = reader.run(count);
            const QString db = dir.filePath(QStringLiteral("run%1.sqlite").arg(r));
            const Figures engineFigures = runDownloader(port, count, db);
            QFile::remove(db);
            QFile::remove(db + QStringLiteral("-wal"));
            QFile::remove(db + QStringLiteral("-shm"));
            ok = rawFigures.ok && engineFigures.ok;
            if (!ok)
                std::fprintf(stderr, "run %d failed (raw ok %d, downloader ok %d, %d messages)\n", r, rawFigures.ok,
                             engineFigures.ok, engineFigures.messages);
            raw << rawFigures;
            engine << engineFigures;
        }
        if (ok) {
            auto bySeconds = [](const Figures &a, const Figures &b) { return a.seconds < b.seconds; };
            std::sort(raw.begin(), raw.end(), bySeconds);
            std::sort(engine.begin(), engine.end(), bySeconds);
            const Figures &rawBest = raw.first();
            const Figures &engineBest = engine.first();
            const double ratio = engineBest.seconds / rawBest.seconds;
            std::printf("sync_pop3_messages: %d\n", count);
            std::printf("sync_pop3_bytes: %lld bytes\n", qint64(rawBest.bytes));
            std::printf("sync_pop3_raw_uidl_retr: %.3f s wall, %.3f s CPU (best of %d)\n", rawBest.seconds, rawBest.cpu, runs);
            std::printf("sync_pop3_downloader_into_store: %.3f s wall, %.3f s CPU of its thread, %.3f s CPU of the process (best of %d)\n",
                        engineBest.seconds, engineBest.cpu, engineBest.processCpu, runs);
            std::printf("sync_pop3_downloader_rate: %.0f messages/s\n", count / engineBest.seconds);
            std::printf("sync_pop3_downloader_vs_raw: %.2f x (target <= 1.2 x: %s)\n", ratio, ratio <= 1.2 ? "met" : "NOT met");
            status = 0;
        }
    }
    runScript({QStringLiteral("stop"), sandbox});
    return status;
}
