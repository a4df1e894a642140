#pragma once

#include "net/Connection.h"
#include "pop3/Error.h"
#include "pop3/Listing.h"
#include "pop3/MultiLineDecoder.h"
#include "pop3/StatusReply.h"

#include <QIODevice>
#include <QObject>
#include <deque>
#include <functional>
#include <memory>

class QSaveFile;

namespace epistle::pop3 {

// A POP3 session (RFC 1939, 2449, 2595, 3206, 5034) over one net::Connection. Every operation
// is asynchronous and ends with exactly one call of its callback, with an Error (kind None on
// success) and the result. Operations may be queued before the previous ones finished; they run
// in order (pipelined when the server offers PIPELINING). After a fatal error (see
// Error::isFatal) every outstanding operation fails with it and the client is Closed.
class Client : public QObject
{
    Q_OBJECT

public:
    enum class State { Disconnected, Connecting, Authorization, Transaction, Closed };
    enum class AuthMethod { Automatic, SaslPlain, Apop, UserPass };

    using Done = std::function<void(const Error &)>;

    explicit Client(QObject *parent = nullptr);
    ~Client() override;

    net::Connection &connection() { return m_connection; }
    State state() const { return m_state; }
    const Capabilities &capabilities() const { return m_capabilities; }
    QByteArray greeting() const { return m_greeting; }
    QByteArray apopTimestamp() const { return m_apopTimestamp; }

    // Connects, reads the greeting and CAPA; with Security::StartTls sends STLS, and once
    // encrypted reads CAPA again. A server that does not offer STLS then is refused.
    void connectToServer(const net::Endpoint &endpoint, Done done);
    // Automatic: AUTH PLAIN when offered, else USER/PASS, else APOP when the greeting allows it.
    void login(const QString &user, const QString &password, AuthMethod method, Done done);

    void stat(std::function<void(const Error &, MailboxStat)> done);
    void list(std::function<void(const Error &, QList<ListEntry>)> done);
    void list(quint32 message, std::function<void(const Error &, ListEntry)> done);
    void uidl(std::function<void(const Error &, QList<UidEntry>)> done);
    void uidl(quint32 message, std::function<void(const Error &, UidEntry)> done);
    // TOP n lines: the header and the first lines of the body (lines = 0: the header only).
    void top(quint32 message, quint32 lines, std::function<void(const Error &, QByteArray)> done);
    // RETR streamed into target (not owned; must stay open until done). The bytes are the
    // message as on the server, dot-unstuffed. On error the target holds an incomplete message:
    // the caller must discard it. Returns the message size in the callback.
    void retrieve(quint32 message, QIODevice *target, std::function<void(const Error &, qint64)> done);
    // RETR into a file that appears only once the message is complete (QSaveFile).
    void retrieveToFile(quint32 message, const QString &path, std::function<void(const Error &, qint64)> done);
    void remove(quint32 message, Done done); // DELE
    void reset(Done done);                   // RSET
    void noop(Done done);
    // QUIT: in the transaction state the server now removes the deleted messages (UPDATE); an
    // error means some were not removed. The connection is closed afterwards in any case.
    void quit(Done done);
    // Closes at once; outstanding operations fail with Cancelled.
    void abort();

    // Limit of a listing or TOP held in memory (a hostile server could send without end).
    void setMaxInMemoryResponse(qint64 bytes) { m_maxInMemory = bytes; }

Q_SIGNALS:
    // The connection ended other than through quit() (after the callbacks of pending operations).
    void connectionLost(const epistle::pop3::Error &error);

private:
    struct Command;
    using ReplyHandler = std::function<void(const StatusReply &reply, QByteArray &content)>;

    struct Command
    {
        QByteArray line;           // without CRLF
        QByteArray logAs;          // non-empty: sensitive, logged like this
        bool multiLine = false;    // a +OK reply is followed by a multi-line body
        bool needsTransaction = false;
        QIODevice *sink = nullptr; // multi-line body goes here instead of into memory
        ReplyHandler onReply;      // the complete reply (status plus body)
        std::function<void(const StatusReply &)> onContinuation; // SASL "+ " lines
        std::function<void(const Error &)> onError; // connection-level or local failure
        std::function<void()> action; // instead of a line: run when everything before it is done
        // Reading state
        std::optional<StatusReply> status;
        MultiLineDecoder decoder;
        QByteArray content;
        bool sent = false;
    };

    void enqueue(std::unique_ptr<Command> command, bool front = false);
    void sendPending();
    void onReadyRead();
    bool processResponse(Command &command); // false: needs more bytes
    void finishFront();
    void onConnectionFailed(const net::ConnectionError &error);
    void failAll(const Error &error);
    void protocolError(const QString &message);
    template<typename Callback> void malformedReply(const Callback &done, const QString &message);
    void afterGreeting(Done done);
    void readCapabilities(std::function<void()> then, Done onError);
    void startTls(Done done);
    void loginWith(AuthMethod method, const QString &user, const QString &password, Done done);
    bool checkCredentialsAllowed(const Done &done);
    void setStateAfterLogin(const StatusReply &reply, const Done &done);
    std::unique_ptr<Command> simple(const QByteArray &line, bool needsTransaction, Done done, const QString &context);

    net::Connection m_connection;
    State m_state = State::Disconnected;
    Capabilities m_capabilities;
    QByteArray m_greeting;
    QByteArray m_apopTimestamp;
    std::deque<std::unique_ptr<Command>> m_commands; // sent ones first, in order
    QByteArray m_input;
    qsizetype m_inputPos = 0;
    QByteArray m_chunk;
    bool m_holdSending = false; // STLS/TLS handshake in progress, or a greeting is awaited
    bool m_quitting = false;
    qint64 m_maxInMemory = 256 * 1024 * 1024;
    Done m_connectDone;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace epistle::pop3
