#pragma once

#include "pop3/Client.h"
#include "storage/AccountStore.h"
#include "sync/AccountOptions.h"
#include "sync/ServerAccess.h"

#include <QBuffer>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <deque>
#include <memory>

namespace epistle::storage {
class Database;
class MessageStore;
}

namespace epistle::sync {
class SummaryWorker;
}

namespace epistle::sync {

// Downloads the new mail of a POP3 account into its local Inbox (folder "INBOX", role Inbox):
// UIDL against storage::Pop3Ledger, pipelined RETR of each new message, then the message row,
// its raw bytes (BodyCache part "") and its ledger row are committed in one transaction, so an
// interruption at any point resumes without duplicates or gaps. Afterwards DELE what the options
// ask for (never a message not stored) and QUIT. Runs in the thread that owns the Database,
// asynchronously; start() once per object.
class Pop3Downloader : public QObject
{
    Q_OBJECT

public:
    struct Error
    {
        enum class Kind {
            None,
            Authentication, // wrong user name or password: ask the user, do not retry
            Network,        // unreachable, connection lost, timeout: retry later
            Tls,            // certificate or TLS failure, or encryption unavailable
            Server,         // the server refused (mailbox locked, login delay, -ERR)
            Protocol,       // malformed replies (e.g. garbage in the UIDL listing)
            NotSupported,   // the server lacks UIDL (see docs/sync.md) or a login method
            Storage,        // the local store failed
            Cancelled,
        };
        Kind kind = Kind::None;
        QString message;    // translated, for the user
        QString serverText; // the server's own words, when a reply caused it
        pop3::Error::Kind pop3Kind = pop3::Error::Kind::None;

        bool isError() const { return kind != Kind::None; }
    };

    struct Result
    {
        int downloaded = 0;        // messages stored in this run
        int deletedFromServer = 0; // messages the server removed at QUIT
        int onServer = 0;          // messages the server listed
        Error error;
    };

    Pop3Downloader(storage::Database &db, const storage::Account &account, const AccountOptions &options,
                   const ServerAccess &server, const QString &password, QObject *parent = nullptr);
    ~Pop3Downloader() override;

    // Tuning (defaults suit a desktop): messages per transaction and the RETR window.
    void setCommitBatch(int messages) { m_commitBatch = qMax(1, messages); }
    void setMaxInFlight(int commands, qint64 bytes);
    // The clock used for first-seen dates and "after N days" (tests move it).
    void setNow(const QDateTime &now) { m_fixedNow = now; }

    void start();
    // Aborts the session; messages already complete are committed, nothing else changes.
    void cancel();
    bool isRunning() const { return m_running; }
    const Result &result() const { return m_result; }
    qint64 inboxFolderId() const { return m_inboxId; }

    static pop3::Client::AuthMethod authMethodFromName(const QString &name);

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const epistle::sync::Pop3Downloader::Result &result);

private:
    struct Pending
    {
        quint32 number = 0;
        QByteArray uidl;
        quint64 octets = 0;
        std::unique_ptr<QBuffer> buffer;
    };
    struct Complete
    {
        QByteArray uidl;
        QByteArray raw;
        QDateTime arrived;
    };

    QDateTime now() const;
    void onListings();
    void fillWindow();
    void onRetrieved(quint32 number, const pop3::Error &error);
    bool commitComplete(); // false: the store failed (finished)
    void deleteAndQuit();
    void fail(const pop3::Error &error);
    void failStorage(const QString &message);
    void finish();
    static Error translate(const pop3::Error &error);

    storage::Database &m_db;
    storage::Account m_account;
    AccountOptions m_options;
    ServerAccess m_server;
    QString m_password;
    std::unique_ptr<pop3::Client> m_client;
    std::unique_ptr<storage::MessageStore> m_messages;
    std::unique_ptr<SummaryWorker> m_summaries; // parses while the next messages arrive
    qint64 m_inboxId = 0;
    quint32 m_nextUid = 1;

    QList<pop3::UidEntry> m_uids;
    QHash<quint32, quint64> m_sizes;
    bool m_haveUids = false;
    bool m_haveSizes = false;
    std::deque<pop3::UidEntry> m_toFetch;
    std::deque<Pending> m_inFlight;
    qint64 m_bytesInFlight = 0;
    std::vector<Complete> m_complete;
    qint64 m_completeBytes = 0;
    QElapsedTimer m_sinceCommit;
    int m_total = 0;

    int m_commitBatch = 200;
    int m_maxCommands = 32;
    qint64 m_maxBytes = 16 * 1024 * 1024;
    QDateTime m_fixedNow;
    Result m_result;
    bool m_running = false;
    bool m_started = false;
    bool m_finished = false;
    bool m_failing = false;
    bool m_downloadsDone = false;
};

} // namespace epistle::sync

Q_DECLARE_METATYPE(epistle::sync::Pop3Downloader::Result)
