#pragma once

#include "autoconfig/ServerSetting.h"
#include "net/CertificateInfo.h"
#include "net/TlsPolicy.h"

#include <QObject>
#include <QPointer>
#include <optional>

namespace epistle::autoconfig {

// The wizard's last check before an account is saved: log in to the incoming server (IMAP or
// POP3) and to the outgoing one (SMTP submission) with the password, trying each candidate user
// name in turn (the full address, then the local part). Nothing is sent to a server whose domain
// needs the user's confirmation until confirmed is set.
class AccountVerifier : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        ServerSetting incoming;
        ServerSetting outgoing;
        QString password;
        bool confirmed = false; // the user accepted the domains that need confirmation
        net::TlsPolicy tlsPolicy;
        int timeoutMs = 20000;
    };
    enum class Failure {
        None,
        NeedsConfirmation, // the user has not confirmed a server outside the address's domain
        WrongPassword,     // every user name was refused
        Certificate,       // certificate() says which and why; the user may trust it
        Unreachable,       // no connection, or TLS/STARTTLS unavailable
        Other,
    };
    struct Result
    {
        Failure failure = Failure::None;
        bool incomingFailed = false; // which side failed, when one did
        QString message;             // translated, with the server's words where there are some
        QString incomingUser;        // the user names that worked
        QString outgoingUser;
        std::optional<net::CertificateInfo> certificate;
        bool ok() const { return failure == Failure::None; }
    };

    explicit AccountVerifier(QObject *parent = nullptr);
    ~AccountVerifier() override;

    void start(const Request &request);
    void cancel();

Q_SIGNALS:
    void logMessage(const QString &message);
    void finished(const epistle::autoconfig::AccountVerifier::Result &result);

private:
    struct Attempt; // one login with one user name; owns the protocol client
    void tryNext();
    void onAttemptDone(Failure failure, const QString &message, const std::optional<net::CertificateInfo> &certificate);
    void finish(Result result);

    Request m_request;
    Result m_result;
    bool m_onIncoming = true;
    int m_userIndex = 0;
    QStringList m_userNames;
    QPointer<QObject> m_client;
    bool m_running = false;
};

} // namespace epistle::autoconfig

Q_DECLARE_METATYPE(epistle::autoconfig::AccountVerifier::Result)
