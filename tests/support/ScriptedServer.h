#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSslSocket>
#include <QStringList>
#include <QTcpServer>
#include <vector>

namespace epistle::test {

// A TCP (optionally TLS) server that plays one conversation from a script and checks what the
// client sends, in the spirit of KIMAP's FakeServer. It accepts one client. Script lines:
//
//   S: text        the server sends text + CRLF
//   S-RAW: text    the server sends text as is; escapes \r \n \t \\ \xHH; no CRLF added
//   C: text        the client must send exactly text + CRLF next
//   C~: regex      the client's next line (without CRLF) must match the regular expression
//   WAIT ms        pause before the next step (splits what the server sends into packets)
//   STARTTLS       the server starts TLS on the connection (after its "go ahead" reply)
//   CLOSE          the server closes the connection
//   EXPECT-CLOSE   the client must close the connection next
//   SILENT         the server sends nothing more and keeps the connection open
//   # ...          a comment; blank lines are ignored
//
// A mismatch is recorded in errors() and ends the conversation (the connection is closed).
class ScriptedServer : public QTcpServer
{
    Q_OBJECT

public:
    enum class Mode { Plain, ImplicitTls };

    explicit ScriptedServer(QObject *parent = nullptr);
    ~ScriptedServer() override;

    // Returns false (and records an error) on a line it does not understand.
    bool setScript(const QString &script);
    bool loadScript(const QString &path);
    bool start(Mode mode = Mode::Plain); // listens on 127.0.0.1, any free port
    quint16 port() const { return serverPort(); }

    // Processes events until the script has run to its end (true) or timeoutMs passed.
    bool waitForScriptEnd(int timeoutMs = 10000);
    bool scriptCompleted() const { return m_finished && m_errors.isEmpty(); }
    QStringList errors() const { return m_errors; }
    QByteArray receivedFromClient() const { return m_received; }

Q_SIGNALS:
    void scriptEnded();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    enum class StepKind { Send, ExpectLine, ExpectRegex, Wait, StartTls, Close, ExpectClose, Silent };
    struct Step
    {
        StepKind kind;
        QByteArray data;
        int line = 0;
    };

    void run();
    void onReadyRead();
    void onDisconnected();
    void fail(const QString &message);
    void finish();
    bool takeClientLine(QByteArray *line);

    std::vector<Step> m_steps;
    size_t m_next = 0;
    Mode m_mode = Mode::Plain;
    QPointer<QSslSocket> m_socket;
    QByteArray m_buffer;
    QByteArray m_received;
    QStringList m_errors;
    bool m_waiting = false;
    bool m_finished = false;
};

} // namespace epistle::test
