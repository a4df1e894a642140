// SMTP submission of a 25 MB message through smtp::Client (BDAT, as Postfix offers CHUNKING,
// and DATA), against a minimal sender on a bare QSslSocket, to the sandbox Postfix over
// implicit TLS. Each variant runs in a child process of its own, which reports its time (from
// connecting to the server's final 250) and its peak resident memory (VmHWM).
//
//   bench_smtp [--megabytes N] [--runs N] [--keep-sandbox]
//
// It starts its own sandbox (scripts/mail-sandbox) in a temporary folder and stops it at the end.
#include "smtp/Client.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace epistle;

namespace {

const QString kLogin = QStringLiteral("smtpbench@example.test");
const QString kPassword = QStringLiteral("bench-password");

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
    if (!process.waitForFinished(600000)) {
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

QByteArray envValue(const QByteArray &env, const QByteArray &key)
{
    for (const QByteArray &line : env.split('\n')) {
        if (line.startsWith(key + '='))
            return line.mid(key.size() + 1).trimmed();
    }
    return {};
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// A message of exactly the given size: headers, a short text, and a base64 attachment in
// 76-column lines (CRLF), so no line starts with a dot and the raw sender needs no stuffing.
bool writeMessage(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray head = "From: <" + kLogin.toUtf8() + ">\r\nTo: <" + kLogin.toUtf8() + ">\r\nSubject: 25 MB benchmark\r\n"
                      "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n"
                      "Content-Type: text/plain\r\n\r\nA large attachment follows.\r\n--b\r\n"
                      "Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    const QByteArray tail = "--b--\r\n";
    file.write(head);
    qint64 written = head.size();
    QRandomGenerator generator(7);
    QByteArray raw(57, Qt::Uninitialized);
    QByteArray block;
    // Whole lines while at least 80 bytes remain before the tail, then one padding line.
    while (size - (written + block.size()) - tail.size() >= 80) {
        for (char &c : raw)
            c = char(generator.bounded(256));
        block += raw.toBase64() + "\r\n";
        if (block.size() > 1 << 20) {
            written += file.write(block);
            block.clear();
        }
    }
    written += file.write(block);
    const qint64 pad = size - written - tail.size();
    file.write(QByteArray(pad - 2, 'A') + "\r\n");
    file.write(tail);
    return file.size() == size;
}

struct Result
{
    bool ok = false;
    double seconds = 0;
    qint64 peakKb = 0;
};

int childEngine(const QString &host, quint16 port, const QString &ca, const QString &path, bool chunking)
{
    smtp::Client client;
    net::TlsPolicy policy;
    policy.addCaCertificates(QSslCertificate::fromPath(ca));
    client.connection().setTlsPolicy(policy);
    client.setUseChunking(chunking);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 2;
    QElapsedTimer timer;
    timer.start();
    bool ok = false;
    client.connectToServer({host, port, net::Security::ImplicitTls, false}, [](const smtp::Error &e) {
        if (e.isError())
            std::fprintf(stderr, "connect: %s\n", qPrintable(e.message));
    });
    client.authenticate(kLogin, kPassword, smtp::Client::AuthMechanism::Automatic, [](const smtp::Error &e) {
        if (e.isError())
            std::fprintf(stderr, "auth: %s\n", qPrintable(e.message));
    });
    smtp::Envelope envelope;
    envelope.from = kLogin;
    envelope.recipients = {kLogin};
    double seconds = 0;
    client.send(envelope, &file, [&](const smtp::SendResult &result) {
        seconds = timer.nsecsElapsed() / 1e9;
        ok = result.delivered && !result.error.isError();
        if (!ok)
            std::fprintf(stderr, "send: %s\n", qPrintable(result.error.message));
        QCoreApplication::exit(0);
    });
    QCoreApplication::exec();
    client.quit([](const smtp::Error &) {});
    std::printf("%d %.4f %lld\n", ok ? 1 : 0, seconds, peakRssKb());
    return ok ? 0 : 1;
}

// The minimal sender: blocking QSslSocket, lines in and out, the file written as it is.
int childRaw(const QString &host, quint16 port, const QString &ca, const QString &path)
{
    QSslSocket socket;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(QSslCertificate::fromPath(ca));
    socket.setSslConfiguration(configuration);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 2;
    QElapsedTimer timer;
    timer.start();
    socket.connectToHostEncrypted(host, port);
    if (!socket.waitForEncrypted(30000))
        return 3;
    QByteArray buffer;
    // Reads one reply (the last line has a space after the code) and returns its code.
    const auto reply = [&]() -> int {
        while (true) {
            qsizetype end;
            while ((end = buffer.indexOf("\r\n")) >= 0) {
                const QByteArray line = buffer.left(end);
                buffer.remove(0, end + 2);
                if (line.size() < 4 || line[3] == ' ')
                    return line.left(3).toInt();
            }
            if (!socket.waitForReadyRead(60000))
                return -1;
            buffer += socket.readAll();
        }
    };
    const auto command = [&](const QByteArray &line) {
        socket.write(line + "\r\n");
        return reply();
    };
    bool ok = reply() == 220 && command("EHLO [127.0.0.1]") == 250
              && command("AUTH PLAIN " + (QByteArray() + '\0' + kLogin.toUtf8() + '\0' + kPassword.toUtf8()).toBase64()) == 235
              && command("MAIL FROM:<" + kLogin.toUtf8() + "> SIZE=" + QByteArray::number(file.size())) == 250
              && command("RCPT TO:<" + kLogin.toUtf8() + ">") == 250 && command("DATA") == 354;
    while (ok && !file.atEnd()) {
        socket.write(file.read(64 * 1024));
        while (socket.bytesToWrite() + socket.encryptedBytesToWrite() > 512 * 1024)
            socket.waitForBytesWritten(60000);
    }
    ok = ok && command(".") == 250;
    const double seconds = timer.nsecsElapsed() / 1e9;
    command("QUIT");
    std::printf("%d %.4f %lld\n", ok ? 1 : 0, seconds, peakRssKb());
    return ok ? 0 : 1;
}

Result runChild(const QString &variant, const QStringList &common)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), QStringList{QStringLiteral("--child"), variant} + common);
    Result result;
    if (!child.waitForFinished(600000))
        return result;
    const QList<QByteArray> fields = child.readAllStandardOutput().trimmed().split(' ');
    if (fields.size() != 3)
        return result;
    result.ok = fields[0] == "1";
    result.seconds = fields[1].toDouble();
    result.peakKb = fields[2].toLongLong();
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 7 && args[1] == QLatin1String("--child")) {
        const QString host = args[3];
        const quint16 port = quint16(args[4].toUInt());
        if (args[2] == QLatin1String("raw"))
            return childRaw(host, port, args[5], args[6]);
        return childEngine(host, port, args[5], args[6], args[2] == QLatin1String("engine-bdat"));
    }
    qint64 megabytes = 25;
    int runs = 3;
    bool keep = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--megabytes") && i + 1 < args.size())
            megabytes = args[++i].toLongLong();
        else if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = args[++i].toInt();
        else if (args[i] == QLatin1String("--keep-sandbox"))
            keep = true;
    }
    QTemporaryDir dir;
    dir.setAutoRemove(!keep);
    const QString sandbox = dir.filePath(QStringLiteral("sandbox"));
    const QString messagePath = dir.filePath(QStringLiteral("message.eml"));
    const qint64 size = megabytes * 1024 * 1024;
    QByteArray env;
    if (!runScript({QStringLiteral("start"), sandbox}, &env))
        return 1;
    int status = 1;
    const QStringList common{QString::fromUtf8(envValue(env, "HOST")), QString::fromUtf8(envValue(env, "SUBMISSIONS_PORT")),
                             QString::fromUtf8(envValue(env, "CA_CERT")), messagePath};
    if (runScript({QStringLiteral("adduser"), sandbox, kLogin, kPassword}) && writeMessage(messagePath, size)) {
        QMap<QString, QList<Result>> results;
        bool ok = true;
        for (int r = 0; r < runs && ok; ++r) {
            for (const QString &variant : {QStringLiteral("raw"), QStringLiteral("engine-bdat"), QStringLiteral("engine-data")}) {
                const Result result = runChild(variant, common);
                if (!result.ok) {
                    std::fprintf(stderr, "%s failed\n", qPrintable(variant));
                    ok = false;
                    break;
                }
                results[variant].append(result);
            }
        }
        if (ok) {
            const auto best = [&](const QString &variant) {
                QList<Result> list = results.value(variant);
                std::sort(list.begin(), list.end(), [](const Result &a, const Result &b) { return a.seconds < b.seconds; });
                return list.first();
            };
            const auto peak = [&](const QString &variant) {
                qint64 value = 0;
                for (const Result &result : results.value(variant))
                    value = qMax(value, result.peakKb);
                return value;
            };
            const Result raw = best(QStringLiteral("raw"));
            const Result bdat = best(QStringLiteral("engine-bdat"));
            const Result data = best(QStringLiteral("engine-data"));
            const double sizeMb = size / 1048576.0;
            std::printf("smtp_message_size: %.1f MB\n", sizeMb);
            std::printf("smtp_raw_send: %.3f s (best of %d)\n", raw.seconds, runs);
            std::printf("smtp_engine_bdat_send: %.3f s (best of %d)\n", bdat.seconds, runs);
            std::printf("smtp_engine_data_send: %.3f s (best of %d)\n", data.seconds, runs);
            const double ratioBdat = bdat.seconds / raw.seconds;
            const double ratioData = data.seconds / raw.seconds;
            std::printf("smtp_engine_bdat_vs_raw: %.2f x (target <= 1.5 x: %s)\n", ratioBdat, ratioBdat <= 1.5 ? "met" : "NOT met");
            std::printf("smtp_engine_data_vs_raw: %.2f x (target <= 1.5 x: %s)\n", ratioData, ratioData <= 1.5 ? "met" : "NOT met");
            std::printf("smtp_raw_peak_rss: %.1f MB\n", peak(QStringLiteral("raw")) / 1024.0);
            const double bdatPeak = peak(QStringLiteral("engine-bdat")) / 1024.0;
            const double dataPeak = peak(QStringLiteral("engine-data")) / 1024.0;
            std::printf("smtp_engine_bdat_peak_rss: %.1f MB (target <= %.1f MB: %s)\n", bdatPeak, 2 * sizeMb, bdatPeak <= 2 * sizeMb ? "met" : "NOT met");
            std::printf("smtp_engine_data_peak_rss: %.1f MB (target <= %.1f MB: %s)\n", dataPeak, 2 * sizeMb, dataPeak <= 2 * sizeMb ? "met" : "NOT met");
            status = 0;
        }
    }
    runScript({QStringLiteral("stop"), sandbox});
    return status;
}
