#pragma once

#include "imap/Capabilities.h"
#include "imap/Job.h"
#include "imap/Parser.h"
#include "imap/ResponseStream.h"
#include "imap/ServerQuirks.h"
#include "net/Connection.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <deque>
#include <functional>
#include <memory>

namespace epistle::imap {

struct Credentials
{
    enum class Method { Automatic, Login, Plain, SaslLogin };
    QString user;
    QString password;
    Method method = Method::Automatic; // Automatic: AUTHENTICATE PLAIN, then AUTH=LOGIN, then LOGIN
};

struct SessionOptions
{
    bool sendId = true;
    Parameters clientId = {{"name", "Epistle"}};
    bool enableCondstore = true;
    bool enableQresync = true;
    bool enableUtf8 = true;
    bool compress = true;
    int idleRefreshMs = 0;       // 0: ServerQuirks decides (28 minutes)
    int pollIntervalMs = 60000;  // NOOP polling when the server has no IDLE
    net::Connection::Timeouts timeouts;
};

struct MailboxState
{
    QString name;
    bool readOnly = false;
    quint32 exists = 0;
    quint32 recent = 0;
    quint32 uidValidity = 0;
    quint32 uidNext = 0;
    std::optional<quint32> unseen;
    quint64 highestModSeq = 0;
    bool noModSeq = false;
    QList<QByteArray> flags;
    QList<QByteArray> permanentFlags;
    // Filled by a SELECT with QRESYNC: what changed since the client's last known state.
    UidSet vanished;
    QList<FetchData> changed;
};

struct QresyncParameters
{
    quint32 uidValidity = 0;
    quint64 modSeq = 0;
    UidSet knownUids; // optional
};

struct SelectOptions
{
    bool readOnly = false; // EXAMINE
    bool condstore = false;
    std::optional<QresyncParameters> qresync; // needs QRESYNC enabled
};

struct ListOptions
{
    QString reference;
    QString pattern = QStringLiteral("*");
    bool subscribedOnly = false;
    bool specialUseOnly = false;           // LIST (SPECIAL-USE), with SPECIAL-USE and LIST-EXTENDED
    QList<QByteArray> statusItems;         // LIST-STATUS when offered, e.g. {"MESSAGES", "UNSEEN", "UIDNEXT"}
};

struct ListResult
{
    QList<ListData> mailboxes;
    QList<StatusData> statuses; // from LIST-STATUS
};

struct FetchOptions
{
    std::optional<quint64> changedSince; // CONDSTORE
    bool vanished = false;               // QRESYNC: report expunged UIDs in the range
    bool keepResults = true;             // false: only the received() signal sees the messages
};

struct FetchResult
{
    QList<FetchData> messages;
    UidSet vanished;
};

struct PartialRange
{
    quint32 offset = 0;
    quint32 length = 0;
};

enum class FlagOperation { Add, Remove, Replace };

struct StoreResult
{
    QList<FetchData> updated;
    UidSet modified; // UIDs whose UNCHANGEDSINCE test failed
};

struct CopyResult
{
    quint32 uidValidity = 0; // of the destination; 0 if the server has no UIDPLUS
    UidSet source;
    UidSet destination;
    QHash<quint32, quint32> mapping() const; // source UID -> destination UID
};

struct AppendResult
{
    quint32 uidValidity = 0;
    quint32 uid = 0; // 0 if the server has no UIDPLUS
};

struct SearchResult
{
    UidSet uids;
    std::optional<quint64> modSeq;
};

struct QuotaResult
{
    QList<QByteArray> roots;
    QList<QuotaData> quotas;
};

// A UID FETCH that can be large: received() sees each message as it is parsed.
class FetchJob : public ResultJob<FetchResult>
{
    Q_OBJECT
public:
    using ResultJob::ResultJob;
Q_SIGNALS:
    void received(const epistle::imap::FetchData &message);
};

// One IMAP connection: a client for RFC 3501 / RFC 9051 servers with the common extensions.
// Operations return jobs (see Job) that end in a result or a typed Error; independent commands
// are pipelined; state-changing commands (SELECT, IDLE, ...) wait for what is in flight.
// Events of the selected mailbox arrive as signals at any time. To get rid of a session from one
// of its jobs' slots use deleteLater() (its pending jobs then fail with Cancelled).
class Session : public QObject
{
    Q_OBJECT

public:
    enum class State { Disconnected, Connecting, NotAuthenticated, Authenticated, Selected, LoggingOut };

    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    void setOptions(const SessionOptions &options) { m_options = options; }
    void setTlsPolicy(const net::TlsPolicy &policy);
    void setProtocolLog(net::ProtocolLog *log);
    net::Connection *connection() const { return m_connection; }

    // Connects, reads the greeting, does STARTTLS if the endpoint asks for it (a server that does
    // not offer it is an error, never a downgrade), authenticates, sends ID, enables CONDSTORE,
    // QRESYNC and UTF8=ACCEPT, and starts COMPRESS=DEFLATE, each when offered.
    Job *connectToServer(const net::Endpoint &endpoint, const Credentials &credentials);

    State state() const { return m_state; }
    const Capabilities &capabilities() const { return m_capabilities; }
    const ServerQuirks &quirks() const { return m_quirks; }
    QByteArray greeting() const { return m_greeting; }
    const Parameters &serverId() const { return m_serverId; }
    bool isEnabled(const char *extension) const { return m_enabled.contains(QByteArray(extension)); }
    bool isUtf8() const { return isEnabled("UTF8=ACCEPT"); }
    const MailboxState &selectedMailbox() const { return m_selected; }

    ResultJob<ListResult> *list(const ListOptions &options = ListOptions());
    ResultJob<NamespaceData> *namespaces();
    ResultJob<MailboxState> *select(const QString &mailbox, const SelectOptions &options = SelectOptions());
    ResultJob<StatusData> *status(const QString &mailbox, const QList<QByteArray> &items = {"MESSAGES", "UIDNEXT", "UIDVALIDITY", "UNSEEN"});
    FetchJob *fetch(const UidSet &uids, const QByteArray &items, const FetchOptions &options = FetchOptions());
    // Summaries (UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE, MODSEQ with
    // CONDSTORE) in batches of at most batchSize UIDs, pipelined.
    FetchJob *fetchSummaries(const UidSet &uids, int batchSize = 1000, const FetchOptions &options = FetchOptions());
    QByteArray summaryItems() const;
    // One body section ("" = whole message, "1.2", "HEADER", "1.MIME", ...), optionally a range of
    // it; BINARY (decoded content) when preferBinary and the server offers it.
    ResultJob<BodySection> *fetchSection(quint32 uid, const QByteArray &section, std::optional<PartialRange> range = std::nullopt, bool preferBinary = false);
    ResultJob<StoreResult> *store(const UidSet &uids, FlagOperation operation, const QList<QByteArray> &flags, std::optional<quint64> unchangedSince = std::nullopt);
    ResultJob<CopyResult> *copy(const UidSet &uids, const QString &destination);
    // UID MOVE, or UID COPY + UID STORE \Deleted + UID EXPUNGE (EXPUNGE without UIDPLUS).
    ResultJob<CopyResult> *move(const UidSet &uids, const QString &destination);
    ResultJob<AppendResult> *append(const QString &mailbox, const QByteArray &message, const QList<QByteArray> &flags = {}, const QDateTime &internalDate = QDateTime());
    Job *create(const QString &mailbox);
    Job *deleteMailbox(const QString &mailbox);
    Job *rename(const QString &from, const QString &to);
    Job *subscribe(const QString &mailbox);
    Job *unsubscribe(const QString &mailbox);
    // criteria in IMAP syntax (use quoteString() for string arguments); UTF-8 strings are sent
    // with CHARSET UTF-8.
    ResultJob<SearchResult> *search(const QByteArray &criteria);
    ResultJob<QuotaResult> *quotaRoot(const QString &mailbox);
    Job *expunge(const std::optional<UidSet> &uids = std::nullopt);
    // CLOSE when expunge is true; otherwise UNSELECT (or EXAMINE + CLOSE without UNSELECT).
    Job *closeMailbox(bool expunge = false);
    Job *noop();
    Job *logout();

    // IDLE until stopIdle() or until another command is issued (then IDLE ends by itself and the
    // job finishes). Re-issued before the server's 30-minute limit; without IDLE, NOOP polling.
    Job *idle();
    void stopIdle();
    bool isIdling() const { return m_idleJob != nullptr; }

    // Closes the connection at once; every pending job fails with Cancelled.
    void abort();

    static QByteArray quoteString(const QByteArray &text);

Q_SIGNALS:
    void stateChanged(epistle::imap::Session::State state);
    void exists(quint32 count);
    void expunged(quint32 sequence);
    void vanished(const epistle::imap::UidSet &uids, bool earlier);
    void messageChanged(const epistle::imap::FetchData &message); // unsolicited FETCH (flags, MODSEQ)
    void alert(const QString &text);
    void protocolWarning(const QString &text); // a response that could not be parsed, and was skipped
    void connectionLost(const epistle::imap::Error &error);

private:
    struct Command;
    using CommandPtr = std::shared_ptr<Command>;

    CommandPtr newCommand(const QByteArray &name, Job *job);
    void enqueue(const CommandPtr &command);
    void schedulePump();
    void pump();
    void send(const CommandPtr &command);
    void writeOut(const CommandPtr &command, const QByteArray &data);
    void writeSecret(Command *command, const QByteArray &data);
    void sendRemainingParts(const CommandPtr &command);

    void onReadyRead();
    void onConnectionFailed(const net::ConnectionError &error);
    void handle(ParseResult &&parsed);
    void handleUntagged(const Response &response, bool claimedFetch);
    void handleCode(const ResponseCode &code, const QByteArray &text);
    void finishCommand(CommandPtr command, const Response &response);
    void failAll(const Error &error);
    void setState(State state);
    void updateAwaiting();

    // Login sequence.
    void onGreeting(const Response &response);
    void withCapabilities(std::function<void()> next);
    void startTlsStep();
    void authenticateStep();
    void afterAuthentication(const Response &response);
    void postLoginStep();
    void failLogin(const Error &error);

    // Building commands.
    void appendString(Command &command, const QByteArray &value, bool astring = true);
    void appendMailbox(Command &command, const QString &mailbox);
    QByteArray encodeMailbox(const QString &mailbox) const;

    void issueIdle();
    void sendIdleDone();
    void issueSectionFetch(ResultJob<BodySection> *job, quint32 uid, const QByteArray &section, std::optional<PartialRange> range, bool binary);
    void idleTick();

    net::Connection *m_connection = nullptr;
    SessionOptions m_options;
    ResponseStream m_stream;
    Parser m_parser;
    State m_state = State::Disconnected;
    Capabilities m_capabilities;
    ServerQuirks m_quirks;
    QByteArray m_greeting;
    Parameters m_serverId;
    QSet<QByteArray> m_enabled;
    MailboxState m_selected;
    bool m_selecting = false;

    std::deque<CommandPtr> m_queue;
    std::deque<CommandPtr> m_inFlight;
    CommandPtr m_continuationOwner; // a command waiting for "+" (literal or SASL)
    quint64 m_nextTag = 1;
    bool m_pumpScheduled = false;
    bool m_settingUp = false;
    bool m_lineMode = false; // STARTTLS / COMPRESS in flight: read line by line (see onReadyRead)
    bool m_greetingPending = false;
    std::optional<Response> m_bye;

    net::Endpoint m_endpoint;
    Credentials m_credentials;
    QPointer<Job> m_loginJob;

    QPointer<Job> m_idleJob;
    CommandPtr m_idleCommand; // the IDLE in flight
    bool m_idling = false;    // the server said "+": DONE may be sent
    bool m_doneSent = false;
    bool m_idleRestart = false;
    bool m_stopIdleRequested = false;
    QTimer m_idleTimer;
};

} // namespace epistle::imap
