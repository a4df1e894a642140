#include "ImapReader.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QThread>

namespace {

class Session
{
public:
    explicit Session(int timeoutMs) { m_timer.start(); m_timeout = timeoutMs; }

    QSslSocket socket;

    bool fill()
    {
        const int left = m_timeout - int(m_timer.elapsed());
        if (left <= 0 || !socket.waitForReadyRead(left))
            return false;
        m_buffer += socket.readAll();
        return true;
    }
    bool readLine(QByteArray *line)
    {
        qsizetype end;
        while ((end = m_buffer.indexOf("\r\n")) < 0) {
            if (!fill())
                return false;
        }
        *line = m_buffer.left(end);
        m_buffer.remove(0, end + 2);
        return true;
    }
    bool readBytes(qsizetype count, QByteArray *bytes)
    {
        while (m_buffer.size() < count) {
            if (!fill())
                return false;
        }
        *bytes = m_buffer.left(count);
        m_buffer.remove(0, count);
        return true;
    }
    // Sends a command and collects the untagged lines (and one literal) until the tagged reply.
    bool command(const QByteArray &tag, const QByteArray &text, QList<QByteArray> *untagged, QByteArray *literal, QString *error)
    {
        socket.write(tag + ' ' + text + "\r\n");
        QByteArray line;
        while (readLine(&line)) {
            if (line.startsWith(tag + ' ')) {
                if (line.mid(tag.size() + 1).startsWith("OK"))
                    return true;
                *error = QStringLiteral("IMAP %1 failed: %2").arg(QString::fromLatin1(text.left(20)), QString::fromUtf8(line));
                return false;
            }
            static const QRegularExpression literalSize(QStringLiteral("\\{(\\d+)\\}$"));
            const auto match = literalSize.match(QString::fromLatin1(line));
            if (match.hasMatch() && literal) {
                if (!readBytes(match.captured(1).toLongLong(), literal))
                    break;
            }
            if (untagged)
                untagged->append(line);
        }
        *error = QStringLiteral("IMAP %1: no complete answer in time").arg(QString::fromLatin1(text.left(20)));
        return false;
    }

private:
    QElapsedTimer m_timer;
    int m_timeout = 0;
    QByteArray m_buffer;
};

} // namespace

QByteArray ImapReader::fetchFirstMessage(const QString &host, quint16 imapsPort, const QList<QSslCertificate> &cas,
                                         const QString &user, const QString &password, int timeoutMs, QString *error)
{
    Session session(timeoutMs);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(cas);
    session.socket.setSslConfiguration(configuration);
    session.socket.connectToHostEncrypted(host, imapsPort);
    if (!session.socket.waitForEncrypted(timeoutMs)) {
        *error = QStringLiteral("IMAPS connection failed: %1").arg(session.socket.errorString());
        return {};
    }
    QByteArray greeting;
    if (!session.readLine(&greeting)) {
        *error = QStringLiteral("no IMAP greeting");
        return {};
    }
    if (!session.command("a", "LOGIN \"" + user.toUtf8() + "\" \"" + password.toUtf8() + '"', nullptr, nullptr, error))
        return {};
    QElapsedTimer timer;
    timer.start();
    int tag = 0;
    while (true) {
        QList<QByteArray> untagged;
        if (!session.command("s" + QByteArray::number(++tag), "SELECT INBOX", &untagged, nullptr, error))
            return {};
        bool any = false;
        for (const QByteArray &line : std::as_const(untagged))
            any = any || (line.startsWith("* ") && line.endsWith(" EXISTS") && !line.startsWith("* 0 "));
        if (any)
            break;
        if (timer.elapsed() > timeoutMs) {
            *error = QStringLiteral("the message did not arrive in the INBOX in time");
            return {};
        }
        QThread::msleep(100);
    }
    QByteArray message;
    if (!session.command("f", "FETCH 1 BODY.PEEK[]", nullptr, &message, error))
        return {};
    session.command("z", "LOGOUT", nullptr, nullptr, error);
    return message;
}
