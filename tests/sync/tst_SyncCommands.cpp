// The headless commands as a user or a script runs them: `epistle account add`, `epistle sync`
// and `epistle send`, as separate processes with a private keychain, against the sandbox;
// including a sync killed in the middle of a batch and started again.

#include "ImapSyncTestSupport.h"
#include "storage/MessageStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace epistle;
using namespace epistle::sync::test;

namespace {

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Outcome runEpistle(const QString &profile, const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 120000)
{
    QProcess process;
    process.start(QStringLiteral(EPISTLE_BINARY), QStringList{QStringLiteral("--profile"), profile} + arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    Outcome outcome;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        qWarning() << "epistle" << arguments << "timed out";
        return outcome;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    return outcome;
}

bool addAccount(const ::epistle::test::Sandbox &sandbox, const QString &profile, const ::epistle::test::Sandbox::User &user, const QString &password)
{
    const Outcome added = runEpistle(
        profile,
        {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Box"), QStringLiteral("--email"), user.login,
         QStringLiteral("--imap"), QStringLiteral("%1:%2").arg(sandbox.host()).arg(sandbox.port(QStringLiteral("IMAPS_PORT"))),
         QStringLiteral("--incoming-security"), QStringLiteral("tls"), QStringLiteral("--smtp"),
         QStringLiteral("%1:%2").arg(sandbox.host()).arg(sandbox.port(QStringLiteral("SUBMISSIONS_PORT"))), QStringLiteral("--smtp-security"),
         QStringLiteral("tls"), QStringLiteral("--ca"), sandbox.value(QStringLiteral("CA_CERT")), QStringLiteral("--password-stdin")},
        password.toUtf8() + '\n');
    if (added.exitCode != 0)
        qWarning() << "account add:" << added.err;
    return added.exitCode == 0;
}

int readFailures = 0;

// What another process stored so far.
QList<quint32> inboxUids(const QString &profile)
{
    try {
        auto database = storage::Database::open(profile + QStringLiteral("/epistle.sqlite"));
        const auto inbox = storage::FolderStore(*database).folders(1);
        for (const storage::Folder &folder : inbox) {
            if (folder.path == QLatin1String("INBOX"))
                return storage::MessageStore(*database).uids(folder.id);
        }
    } catch (const std::exception &error) {
        // Never expected: a reader must see a consistent store while another process writes.
        ++readFailures;
        qWarning() << "reading the store:" << error.what();
    }
    return {};
}

} // namespace

class TestSyncCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncPrintsASummaryAndSendSends()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("cmd"));
        QVERIFY(user);
        auto other = openOther(sandbox, *user);
        QVERIFY(other);
        QVERIFY(appendMessages(*other, QStringLiteral("INBOX"), 3));
        QTemporaryDir profile;
        QVERIFY(addAccount(sandbox, profile.path(), *user, user->password));

        const Outcome synced = runEpistle(profile.path(), {QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(synced.out).object();
        QVERIFY(summary.value(QStringLiteral("ok")).toBool());
        QCOMPARE(summary.value(QStringLiteral("accounts")).toArray().at(0).toObject().value(QStringLiteral("messages")).toInt(), 3);
        QVERIFY(!synced.err.isEmpty()); // progress

        QTemporaryDir files;
        const QString eml = files.filePath(QStringLiteral("message.eml"));
        QFile file(eml);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("From: Tester <" + user->login.toUtf8() + ">\r\nTo: " + user->login.toUtf8()
                   + "\r\nSubject: From the command line\r\nDate: Mon, 23 Nov 2026 09:00:00 +0000\r\n\r\nHello.\r\n");
        file.close();
        const Outcome sent = runEpistle(profile.path(), {QStringLiteral("send"), eml, QStringLiteral("--account"), QStringLiteral("Box")});
        QVERIFY2(sent.exitCode == 0, sent.err.constData());
        const auto sentCount = resultOf(other->status(QStringLiteral("Sent"), {"MESSAGES"}));
        QVERIFY(sentCount);
        QCOMPARE(sentCount->messages.value_or(0), quint64(1));
        QTRY_COMPARE_WITH_TIMEOUT(resultOf(other->status(QStringLiteral("INBOX"), {"MESSAGES"}))->messages.value_or(0), quint64(4), 20000);
    }

    void wrongPasswordFailsWithTheReason()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("cmdpw"));
        QVERIFY(user);
        QTemporaryDir profile;
        QVERIFY(addAccount(sandbox, profile.path(), *user, QStringLiteral("wrong")));
        const Outcome synced = runEpistle(profile.path(), {QStringLiteral("sync")});
        QVERIFY(synced.exitCode != 0);
        QVERIFY2(synced.err.contains("Synchronisation failed") || synced.err.contains("password"), synced.err.constData());
    }

    void killedSyncResumesWithoutDuplicatesOrGaps()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("cmdkill"));
        QVERIFY(user);
        const int count = 20000;
        QString output;
        QVERIFY2(sandbox.runScript(QStringLiteral("generate-mail"), {user->login, QString::number(count)}, &output), qPrintable(output));
        QTemporaryDir profile;
        QVERIFY(addAccount(sandbox, profile.path(), *user, user->password));
        // Killed as soon as part of the INBOX is stored.
        QProcess process;
        process.start(QStringLiteral(EPISTLE_BINARY), {QStringLiteral("--profile"), profile.path(), QStringLiteral("sync")});
        QVERIFY(process.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning || inboxUids(profile.path()).size() >= 100; }, 60000));
        process.kill();
        process.waitForFinished();
        const int partial = int(inboxUids(profile.path()).size());
        QCOMPARE(readFailures, 0);
        QVERIFY2(partial > 0 && partial < count, qPrintable(QString::number(partial)));

        const Outcome resumed = runEpistle(profile.path(), {QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        const QList<quint32> uids = inboxUids(profile.path());
        QCOMPARE(uids.size(), count);
        QCOMPARE(QSet<quint32>(uids.cbegin(), uids.cend()).size(), count);
        QCOMPARE(uids.first(), quint32(1));
        QCOMPARE(uids.last(), quint32(count));
    }
};

QTEST_GUILESS_MAIN(TestSyncCommands)
#include "tst_SyncCommands.moc"
