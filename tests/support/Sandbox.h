#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <optional>

namespace epistle::test {

// The loopback mail system started by scripts/mail-sandbox, as a test sees it: it reads the
// KEY=VALUE lines of $EPISTLE_SANDBOX/sandbox.env (see docs/sandbox.md for the keys).
class Sandbox
{
public:
    struct User
    {
        QString login; // also the address
        QString password;
    };

    // The sandbox of this test run, or nullopt with the reason it is not available
    // (no EPISTLE_SANDBOX, not started, or a part of it needs root).
    static std::optional<Sandbox> fromEnvironment(QString *whyNot);
    static std::optional<Sandbox> fromDirectory(const QString &directory, QString *whyNot);

    QString directory() const { return m_directory; }
    QString value(const QString &key) const { return m_values.value(key); }
    quint16 port(const QString &key) const { return quint16(m_values.value(key).toUInt()); }
    QString host() const { return value(QStringLiteral("HOST")); } // a name the certificates are valid for
    QString domain() const { return value(QStringLiteral("MAIL_DOMAIN")); }
    QList<QSslCertificate> caCertificates() const;
    User user(int number) const; // the fixed users USER1, USER2, ...

    // A new user with an empty mailbox, so tests running in parallel never share one.
    std::optional<User> createUser(const QString &prefix, QString *error = nullptr) const;

    bool dnsAvailable() const { return value(QStringLiteral("DNS_STATUS")) == QLatin1String("running"); }
    QHostAddress dnsServer() const { return QHostAddress(value(QStringLiteral("DNS_ADDRESS"))); }

    // Runs scripts/mail-sandbox with the arguments (the sandbox folder is added after the verb).
    bool runScript(const QString &verb, const QStringList &arguments = {}, QString *output = nullptr) const;

private:
    QString m_directory;
    QHash<QString, QString> m_values;
};

} // namespace epistle::test

// In a test function: binds `name` to the sandbox, or skips the test with the reason.
#define EPISTLE_SANDBOX_OR_SKIP(name)                                                                      \
    QString name##WhyNot;                                                                                  \
    const std::optional<::epistle::test::Sandbox> name##Optional =                                         \
        ::epistle::test::Sandbox::fromEnvironment(&name##WhyNot);                                          \
    if (!name##Optional)                                                                                   \
        QSKIP(qPrintable(name##WhyNot));                                                                   \
    const ::epistle::test::Sandbox &name = *name##Optional
