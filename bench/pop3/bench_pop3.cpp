// POP3 download of every message of a 10,000-message Dovecot mailbox (RETR of each) through
// pop3::Client, against a minimal raw-socket reader of the same commands on the same server in
// the same run. Both use the plain loopback port and keep up to 32 RETR commands in flight
// (Dovecot offers PIPELINING; the engine uses it).
//
//   bench_pop3 [--messages N] [--runs N] [--keep-sandbox]
//
// It starts its own sandbox (scripts/mail-sandbox) in a temporary folder and stops it at the end.
#include "pop3/Client.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <arpa/inet.h>
#include <cstdio>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace epistle;

namespace {

const QString kLogin = QStringLiteral("pop3bench@example.test");
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

// Counts what it is given and keeps nothing.
class CountingDevice : public QIODevice
{
public:
    qint64 total = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        total += size;
        return size;
    }
};

struct Figures
{
    double seconds = 0;
    qint64 bytes = 0;
    int messages = 0;
    bool ok = false;
};

// The minimal reader: blocking socket, one buffer, a status line then a search for the
// terminating line that resumes where the previous search stopped.
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
        if (!statusLine() || !command("USER " + kLogin.toUtf8()) || !command("PASS " + kPassword.toUtf8()))
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
        // The body ends at "\r\n.\r\n"; an empty body is just ".\r\n".
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
            scan -= before - m_pos; // fill() may have moved the data to the front
        }
    }

    quint16 m_port;
    int m_fd = -1;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
};

Figures runEngine(quint16 port, int count)
{
    Figures figures;
    pop3::Client client;
    CountingDevice sink;
    sink.open(QIODevice::WriteOnly);
    QElapsedTimer timer;
    timer.start();
    bool failed = false;
    int done = 0;
    client.connectToServer({QStringLiteral("127.0.0.1"), port, net::Security::None, false}, [&](const pop3::Error &e) { failed = failed || e.isError(); });
    client.login(kLogin, kPassword, pop3::Client::AuthMethod::UserPass, [&](const pop3::Error &e) {
        if (e.isError()) {
            std::fprintf(stderr, "login: %s\n", qPrintable(e.message));
            failed = true;
        }
    });
    // Queue the next RETR as each one completes: at most kWindow waiting in the client.
    std::function<void(int)> retrieve = [&](int n) {
        client.retrieve(quint32(n), &sink, [&, n](const pop3::Error &e, qint64) {
            if (e.isError()) {
                std::fprintf(stderr, "RETR %d: %s\n", n, qPrintable(e.message));
                failed = true;
                QCoreApplication::exit(1);
                return;
            }
            ++done;
            if (n + kWindow <= count)
                retrieve(n + kWindow);
            if (done == count)
                QCoreApplication::exit(0);
        });
    };
    for (int n = 1; n <= qMin(kWindow, count); ++n)
        retrieve(n);
    QCoreApplication::exec();
    figures.seconds = timer.nsecsElapsed() / 1e9;
    client.quit([](const pop3::Error &) {});
    figures.bytes = sink.total;
    figures.messages = done;
    figures.ok = !failed && done == count;
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
        QList<double> raw, engine;
        qint64 bytes = warm.bytes;
        bool ok = warm.ok;
        for (int r = 0; r < runs && ok; ++r) {
            RawReader reader(port);
            const Figures rawFigures = reader.run(count);
            const Figures engineFigures = runEngine(port, count);
            ok = rawFigures.ok && engineFigures.ok && rawFigures.bytes >= engineFigures.bytes;
            if (!ok)
                std::fprintf(stderr, "run %d failed (raw ok %d, engine ok %d, bytes %lld vs %lld)\n", r, rawFigures.ok, engineFigures.ok,
                             qint64(rawFigures.bytes), qint64(engineFigures.bytes));
            raw << rawFigures.seconds;
            engine << engineFigures.seconds;
            bytes = engineFigures.bytes;
        }
        if (ok) {
            std::sort(raw.begin(), raw.end());
            std::sort(engine.begin(), engine.end());
            const double rawBest = raw.first();
            const double engineBest = engine.first();
            const double ratio = engineBest / rawBest;
            std::printf("pop3_messages: %d\n", count);
            std::printf("pop3_bytes: %lld bytes\n", qint64(bytes));
            std::printf("pop3_raw_retr_all: %.3f s (best of %d)\n", rawBest, runs);
            std::printf("pop3_engine_retr_all: %.3f s (best of %d)\n", engineBest, runs);
            std::printf("pop3_engine_throughput: %.1f MB/s\n", bytes / engineBest / 1e6);
            std::printf("pop3_engine_vs_raw: %.2f x (target <= 1.2 x: %s)\n", ratio, ratio <= 1.2 ? "met" : "NOT met");
            status = 0;
        }
    }
    runScript({QStringLiteral("stop"), sandbox});
    return status;
}
