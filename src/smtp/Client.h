#pragma once

#include "net/Connection.h"
#include "smtp/Capabilities.h"
#include "smtp/DataEncoder.h"
#include "smtp/Error.h"
#include "smtp/Reply.h"

#include <QIODevice>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <deque>
#include <functional>
#include <memory>


namespace epistle::smtp {

// Who gets a message, and the RFC 3461 delivery status notification requests.
struct Envelope
{
    enum class Return { Default, Full, Headers }; // RET=
    enum Notify { NotifyDefault = 0, NotifyNever = 1, NotifySuccess = 2, NotifyFailure = 4, NotifyDelay = 8 };

    QString from;          // "" for the null reverse path
    QStringList recipients;
    Return ret = Return::Default;
    QString envelopeId;    // ENVID=
    int notify = NotifyDefault;
    // false: if any recipient is refused nothing is sent (the transaction is reset).
    // true: the message goes to the accepted recipients and the refused ones are reported.
    bool partialDelivery = true;
};

struct RecipientResult
{
    QString address;
    bool accepted = false;
    Reply reply;
    Error error; // why it was refused
};

struct SendResult
{
    Error error;                     // None: accepted for every recipient
    bool delivered = false;          // the server took the message for at least one recipient
    QList<RecipientResult> recipients;
    Reply finalReply;                // e.g. "250 2.0.0 Ok: queued as 4Xb9Yz1RtKz9vF"
    qint64 bytesSent = 0;            // message bytes on the wire (after normalisation/stuffing)
    QStringList rejectedAddresses() const;
};

// An SMTP submission session (RFC 5321, 6409, 3207, 4954, 2920, 1870, 6152, 6531, 3461, 3030,
// 8314) over one net::Connection. Operations are asynchronous, queued, and run in order; each
// ends with one call of its callback.
class Client : public QObject
{
    Q_OBJECT

public:
    enum class State { Disconnected, Connecting, Ready, Closed };
    enum class AuthMechanism { Automatic, CramMd5, Plain, Login };

    using Done = std::function<void(const Error &)>;

    explicit Client(QObject *parent = nullptr);
    ~Client() override;

    net::Connection &connection() { return m_connection; }
    State state() const { return m_state; }
    const Capabilities &capabilities() const { return m_capabilities; }
    Reply greeting() const { return m_greeting; }
    bool isAuthenticated() const { return m_authenticated; }

    // The name sent with EHLO/HELO; default: this machine's fully qualified name, or an address
    // literal of the local address ("[127.0.0.1]") when it has none.
    void setClientName(const QString &name) { m_clientName = name; }
    QString clientName() const;
    // BDAT (RFC 3030) instead of DATA when the server offers CHUNKING (default on).
    void setUseChunking(bool use) { m_useChunking = use; }
    void setBdatChunkSize(qsizetype bytes) { m_bdatChunk = qMax<qsizetype>(1, bytes); }
    // DATA fails with Timeout when the server takes no bytes for this long (default 120 s).
    void setSendStallTimeout(int ms) { m_stallTimeoutMs = ms; }

    // Greeting, EHLO (HELO when EHLO is refused with 500/502); with Security::StartTls, STARTTLS
    // and EHLO again. A server without STARTTLS then is refused, never used unencrypted.
    void connectToServer(const net::Endpoint &endpoint, Done done);
    // Automatic picks the strongest offered mechanism: CRAM-MD5, then PLAIN, then LOGIN.
    void authenticate(const QString &user, const QString &password, AuthMechanism mechanism, Done done);
    // Sends the message read from message (not owned; open for reading; positioned at the
    // start). A random-access device is read twice: once for its size and 8-bit content, then
    // for sending; it is streamed in chunks either way.
    void send(const Envelope &envelope, QIODevice *message, std::function<void(const SendResult &)> done);
    void quit(Done done);
    void abort();

Q_SIGNALS:
    void connectionLost(const epistle::smtp::Error &error);

private:
    struct Command
    {
        QByteArray line;       // without CRLF
        QByteArray logAs;      // non-empty: sensitive
        QByteArray payload;    // written right after the line (BDAT chunk)
        bool pipelinable = false;
        bool endsGroup = false; // DATA: nothing may follow it until its reply
        bool sent = false;
        const void *owner = nullptr; // the transaction of a BDAT chunk, to keep chunks in order
        std::function<bool(const Reply &)> onIntermediate; // 3xx (SASL 334); true: keep waiting
        std::function<void()> action; // instead of a line: runs when everything before it is done
        std::function<void(const Reply &)> onReply;
        std::function<void(const Error &)> onError;
    };
    struct Transaction;

    void enqueue(std::unique_ptr<Command> command, bool front = false);
    void enqueueFront(std::vector<std::unique_ptr<Command>> commands);
    void dispatch(const Reply &reply);
    void sendPending();
    void onReadyRead();
    void onConnectionFailed(const net::ConnectionError &error);
    void failAll(const Error &error);
    void fatal(const Error &error, const Done &done); // closes, fails everything, reports
    void sayHello(Done done, bool afterTls);
    void sendHelo(Done done);
    void authStep(const QString &mechanism, const QByteArray &user, const QByteArray &password, Done done);
    void startTransaction(const std::shared_ptr<Transaction> &transaction);
    void sendData(const std::shared_ptr<Transaction> &transaction);
    void streamData();
    void finishData();
    void sendNextChunk(const std::shared_ptr<Transaction> &transaction);
    void finishTransaction(const std::shared_ptr<Transaction> &transaction);
    qint64 unsentBytes();

    net::Connection m_connection;
    State m_state = State::Disconnected;
    Capabilities m_capabilities;
    Reply m_greeting;
    ReplyParser m_parser;
    std::deque<std::unique_ptr<Command>> m_commands;
    QString m_clientName;
    bool m_useChunking = true;
    qsizetype m_bdatChunk = 1024 * 1024;
    bool m_authenticated = false;
    bool m_holdSending = false;
    bool m_usedTransaction = false;
    bool m_quitting = false;
    Done m_tlsDone;
    std::shared_ptr<Transaction> m_streaming; // DATA content being written
    QTimer m_stallTimer;
    int m_stallTimeoutMs = 120000;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace epistle::smtp
