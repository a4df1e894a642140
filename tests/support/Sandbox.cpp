#include "Sandbox.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

namespace epistle::test {

std::optional<Sandbox> Sandbox::fromEnvironment(QString *whyNot)
{
    const QString directory = qEnvironmentVariable("EPISTLE_SANDBOX");
    if (directory.isEmpty()) {
        *whyNot = QStringLiteral("EPISTLE_SANDBOX is not set (run the test through ctest)");
        return std::nullopt;
    }
    return fromDirectory(directory, whyNot);
}

std::optional<Sandbox> Sandbox::fromDirectory(const QString &directory, QString *whyNot)
{
    QFile file(directory + QStringLiteral("/sandbox.env"));
    if (!file.open(QIODevice::ReadOnly)) {
        *whyNot = QStringLiteral("the mail sandbox in %1 is not running (no sandbox.env)").arg(directory);
        return std::nullopt;
    }
    Sandbox sandbox;
    sandbox.m_directory = directory;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (line.startsWith(QLatin1Char('#')) || equals <= 0)
            continue;
        sandbox.m_values.insert(line.left(equals), line.mid(equals + 1));
    }
    if (sandbox.value(QStringLiteral("SANDBOX_STATUS")) != QLatin1String("running")) {
        *whyNot = QStringLiteral("the mail sandbox is not available: %1")
                      .arg(sandbox.value(QStringLiteral("SANDBOX_UNAVAILABLE_REASON")));
        return std::nullopt;
    }
    return sandbox;
}

QList<QSslCertificate> Sandbox::caCertificates() const
{
    return QSslCertificate::fromPath(value(QStringLiteral("CA_CERT")));
}

Sandbox::User Sandbox::user(int number) const
{
    return {value(QStringLiteral("USER%1").arg(number)), value(QStringLiteral("PASSWORD%1").arg(number))};
}

bool Sandbox::runScript(const QString &verb, const QStringList &arguments, QString *output) const
{
    const QString script = qEnvironmentVariable("EPISTLE_SOURCE_DIR") + QStringLiteral("/scripts/mail-sandbox");
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(script, QStringList{verb, m_directory} + arguments);
    const bool ok = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit
                    && process.exitCode() == 0;
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return ok;
}

std::optional<Sandbox::User> Sandbox::createUser(const QString &prefix, QString *error) const
{
    static QAtomicInt counter;
    const QString login = QStringLiteral("%1-%2-%3-%4@%5")
                              .arg(prefix)
                              .arg(QCoreApplication::applicationPid())
                              .arg(counter.fetchAndAddRelaxed(1))
                              .arg(QRandomGenerator::global()->bounded(1000000))
                              .arg(domain());
    const QString password = QStringLiteral("pw-%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
    QString output;
    if (!runScript(QStringLiteral("adduser"), {login, password}, &output)) {
        if (error)
            *error = QStringLiteral("mail-sandbox adduser failed: %1").arg(output);
        return std::nullopt;
    }
    return User{login, password};
}

} // namespace epistle::test
