#include "ScriptedServer.h"

#include "TestCertificates.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTest>
#include <QTimer>

namespace epistle::test {

namespace {

QByteArray unescape(const QString &text)
{
    const QByteArray in = text.toUtf8();
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] != '\\' || i + 1 >= in.size()) {
            out += in[i];
            continue;
        }
        const char c = in[++i];
        switch (c) {
        case 'r': out += '\r'; break;
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case '0': out += '\0'; break;
        case 'x':
            if (i + 2 < in.size()) {
                out += char(in.mid(i + 1, 2).toInt(nullptr, 16));
                i += 2;
            }
            break;
        default: out += c; break;
        }
    }
    return out;
}

QString printable(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes.left(300));
    text.replace(QLatin1Char('\r'), QLatin1String("\\r")).replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return text;
}

} // namespace

ScriptedServer::ScriptedServer(QObject *parent)
    : QTcpServer(parent)
{
}

ScriptedServer::~ScriptedServer()
{
    if (m_socket)
        m_socket->abort();
}

bool ScriptedServer::setScript(const QString &script)
{
    m_steps.clear();
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (int n = 0; n < lines.size(); ++n) {
        QString line = lines.at(n);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        auto rest = [&](int prefix) { return line.mid(prefix).startsWith(QLatin1Char(' ')) ? line.mid(prefix + 1) : line.mid(prefix); };
        Step step{StepKind::Send, {}, n + 1};
        if (line.startsWith(QLatin1String("S-RAW:"))) {
            step = {StepKind::Send, unescape(rest(6)), n + 1};
        } else if (line.startsWith(QLatin1String("S:"))) {
            step = {StepKind::Send, rest(2).toUtf8() + "\r\n", n + 1};
        } else if (line.startsWith(QLatin1String("C~:"))) {
            step = {StepKind::ExpectRegex, rest(3).toUtf8(), n + 1};
        } else if (line.startsWith(QLatin1String("C:"))) {
            step = {StepKind::ExpectLine, rest(2).toUtf8(), n + 1};
        } else if (trimmed.startsWith(QLatin1String("WAIT "))) {
            step = {StepKind::Wait, trimmed.mid(5).toUtf8(), n + 1};
        } else if (trimmed == QLatin1String("STARTTLS")) {
            step.kind = StepKind::StartTls;
        } else if (trimmed == QLatin1String("CLOSE")) {
            step.kind = StepKind::Close;
        } else if (trimmed == QLatin1String("EXPECT-CLOSE")) {
            step.kind = StepKind::ExpectClose;
        } else if (trimmed == QLatin1String("SILENT")) {
            step.kind = StepKind::Silent;
        } else {
            m_errors << QStringLiteral("script line %1 not understood: %2").arg(n + 1).arg(line);
            return false;
        }
        m_steps.push_back(step);
    }
    return true;
}

bool ScriptedServer::loadScript(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errors << QStringLiteral("cannot read script %1").arg(path);
        return false;
    }
    return setScript(QString::fromUtf8(file.readAll()));
}

bool ScriptedServer::start(Mode mode)
{
    m_mode = mode;
    if (!listen(QHostAddress::LocalHost, 0)) {
        m_errors << QStringLiteral("cannot listen: %1").arg(errorString());
        return false;
    }
    return true;
}

bool ScriptedServer::waitForScriptEnd(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!m_finished && timer.elapsed() < timeoutMs)
        QTest::qWait(5);
    return m_finished;
}

void ScriptedServer::incomingConnection(qintptr descriptor)
{
    if (m_socket) { // one conversation per server: refuse later clients
        QTcpSocket extra;
        extra.setSocketDescriptor(descriptor);
        extra.abort();
        return;
    }
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        fail(QStringLiteral("cannot take the connection: %1").arg(socket->errorString()));
        delete socket;
        return;
    }
    const TestCertificates &certificates = TestCertificates::instance();
    QSslConfiguration configuration = socket->sslConfiguration();
    configuration.setLocalCertificate(certificates.serverCertificate());
    configuration.setPrivateKey(certificates.serverKey());
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket->setSslConfiguration(configuration);
    m_socket = socket;
    connect(socket, &QSslSocket::readyRead, this, &ScriptedServer::onReadyRead);
    connect(socket, &QSslSocket::disconnected, this, &ScriptedServer::onDisconnected);
    if (m_mode == Mode::ImplicitTls) {
        if (!certificates.isValid()) {
            fail(certificates.error());
            return;
        }
        connect(socket, &QSslSocket::encrypted, this, &ScriptedServer::run);
        socket->startServerEncryption();
        return;
    }
    run();
}

bool ScriptedServer::takeClientLine(QByteArray *line)
{
    const qsizetype end = m_buffer.indexOf("\r\n");
    if (end < 0)
        return false;
    *line = m_buffer.left(end);
    m_buffer.remove(0, end + 2);
    return true;
}

void ScriptedServer::run()
{
    while (!m_finished && !m_waiting && m_next < m_steps.size() && m_socket) {
        const Step &step = m_steps[m_next];
        switch (step.kind) {
        case StepKind::Send:
            m_socket->write(step.data);
            m_socket->flush();
            ++m_next;
            break;
        case StepKind::Wait:
            m_waiting = true;
            ++m_next;
            QTimer::singleShot(step.data.toInt(), this, [this] {
                m_waiting = false;
                run();
            });
            return;
        case StepKind::StartTls: {
            const TestCertificates &certificates = TestCertificates::instance();
            if (!certificates.isValid()) {
                fail(certificates.error());
                return;
            }
            ++m_next;
            m_waiting = true;
            connect(m_socket, &QSslSocket::encrypted, this, [this] {
                m_waiting = false;
                run();
            });
            m_socket->startServerEncryption();
            return;
        }
        case StepKind::Close:
            ++m_next;
            finish(); // first: disconnectFromHost() may report the close synchronously
            m_socket->disconnectFromHost();
            return;
        case StepKind::Silent:
            ++m_next;
            finish();
            return;
        case StepKind::ExpectClose:
            return; // onDisconnected() completes it
        case StepKind::ExpectLine:
        case StepKind::ExpectRegex: {
            QByteArray line;
            if (!takeClientLine(&line))
                return;
            const bool matches = step.kind == StepKind::ExpectLine
                                     ? line == step.data
                                     : QRegularExpression(QStringLiteral("^(?:%1)$").arg(QString::fromUtf8(step.data)))
                                           .match(QString::fromUtf8(line))
                                           .hasMatch();
            if (!matches) {
                fail(QStringLiteral("script line %1: expected \"%2\", the client sent \"%3\"")
                         .arg(step.line)
                         .arg(QString::fromUtf8(step.data), printable(line)));
                return;
            }
            ++m_next;
            break;
        }
        }
    }
    if (m_next >= m_steps.size() && !m_finished)
        finish();
}

void ScriptedServer::onReadyRead()
{
    const QByteArray data = m_socket->readAll();
    m_received += data;
    m_buffer += data;
    if (m_finished && !m_buffer.isEmpty() && m_next >= m_steps.size()) {
        // Anything the client sends after the script ended is unexpected unless it is closing.
        return;
    }
    run();
}

void ScriptedServer::onDisconnected()
{
    if (m_finished)
        return;
    if (m_next < m_steps.size() && m_steps[m_next].kind == StepKind::ExpectClose) {
        ++m_next;
        finish();
        return;
    }
    fail(QStringLiteral("the client closed the connection at script line %1")
             .arg(m_next < m_steps.size() ? m_steps[m_next].line : -1));
}

void ScriptedServer::fail(const QString &message)
{
    m_errors << message;
    finish(); // first, so that the disconnect caused by abort() is not reported as a second error
    if (m_socket)
        m_socket->abort();
}

void ScriptedServer::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT scriptEnded();
}

} // namespace epistle::test
