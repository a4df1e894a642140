#pragma once

#include "smtp/Client.h"
#include "storage/AccountStore.h"
#include "storage/Outbox.h"
#include "sync/AccountOptions.h"
#include "sync/ServerAccess.h"

#include <QDateTime>
#include <QFile>
#include <QObject>
#include <deque>
#include <memory>
#include <optional>

namespace epistle::storage {
class Database;
}

namespace epistle::sync {

// Sends the account's due outbox entries over one SMTP session and records each outcome in the
// store: sent (removed, with the Sent copy recorded in the same durable transaction), retry
// later (transient failures, exponential backoff), failed (permanent, the server's words kept).
// Runs in the thread that owns the Database, asynchronously; start() once per object.
// See docs/sync.md, "POP3 download and sending (as built)".
class OutboxSender : public QObject
{
    Q_OBJECT

public:
    struct Error
    {
        enum class Kind {
            None,
            Authentication, // wrong password: entries stay Queued untouched; ask the user
            Network,        // the server could not be reached or the connection broke
            Tls,            // certificate or TLS failure: entries stay Queued untouched
            Server,         // the server refused the session (e.g. 421 or 554 greeting)
            Protocol,
            Storage,
            Cancelled,
        };
        Kind kind = Kind::None;
        QString message;    // translated
        QString serverText; // the server's reply, when one caused it
        smtp::Error::Kind smtpKind = smtp::Error::Kind::None;

        bool isError() const { return kind != Kind::None; }
    };

    // A message delivered to some recipients while others were refused: it counts as sent
    // (it cannot be unsent), and this note tells the user who did not get it.
    struct PartialDelivery
    {
        qint64 entryId = 0;
        QStringList rejected;
        QString message; // translated, with the server's words
    };

    struct Result
    {
        int sent = 0;
        int retryLater = 0;
        int failed = 0;
        QList<PartialDelivery> partial;
        Error error; // why the session stopped early (None when it went through the due entries)
    };

    OutboxSender(storage::Database &db, const storage::Account &account, const AccountOptions &options,
                 const ServerAccess &server, const QString &password, QObject *parent = nullptr);
    ~OutboxSender() override;

    // Whether to record a Sent copy. Default: yes, unless the outgoing server files sent mail
    // itself (serverFilesSentMail()).
    void setRecordSentCopy(bool record) { m_recordSentCopy = record; }
    void setNow(const QDateTime &now) { m_fixedNow = now; }
    smtp::Client &client() { return *m_client; }

    void start();
    // Closes the session; an entry being sent goes back to Queued (its message may or may not
    // have reached the server: see the at-least-once note in docs/sync.md).
    void cancel();
    bool isRunning() const { return m_running; }
    const Result &result() const { return m_result; }

    // Retry delay after the given number of failed attempts: 1 min doubling to 1 h.
    static int retryDelaySeconds(int attempts);
    // Servers known to store a copy of submitted mail in the Sent folder themselves (Gmail).
    static bool serverFilesSentMail(const QString &smtpHost);
    static smtp::Client::AuthMechanism mechanismFromName(const QString &name);

Q_SIGNALS:
    void progress(int done, int total);
    void entrySent(qint64 entryId);
    void entryFailed(qint64 entryId, const QString &message);
    void finished(const epistle::sync::OutboxSender::Result &result);

private:
    QDateTime now() const;
    void onConnected();
    void sendNext();
    void onSent(const storage::OutboxEntry &entry, const smtp::SendResult &result);
    void recordSent(const storage::OutboxEntry &entry);
    void retryLater(const storage::OutboxEntry &entry, const QString &message);
    void failEntry(const storage::OutboxEntry &entry, const QString &message);
    void stopSession(const smtp::Error &error); // session-level failure before or between entries
    void doCancel();
    void failStorage(const QString &message);
    void finish();
    static Error translate(const smtp::Error &error);

    storage::Database &m_db;
    storage::Account m_account;
    AccountOptions m_options;
    ServerAccess m_server;
    QString m_password;
    std::unique_ptr<smtp::Client> m_client;
    std::deque<storage::OutboxEntry> m_queue;
    std::optional<storage::OutboxEntry> m_current;
    std::unique_ptr<QIODevice> m_device;
    int m_total = 0;
    int m_done = 0;
    bool m_recordSentCopy = true;
    QDateTime m_fixedNow;
    Result m_result;
    bool m_started = false;
    bool m_running = false;
    bool m_finished = false;
    bool m_cancelRequested = false;
};

} // namespace epistle::sync

Q_DECLARE_METATYPE(epistle::sync::OutboxSender::Result)
