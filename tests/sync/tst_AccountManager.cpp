// Runs under scripts/with-keychain (a real gnome-keyring on a private D-Bus session).
#include "storage/Database.h"
#include "sync/AccountManager.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace epistle;

namespace {

template<typename Call> auto waitFor(Call call)
{
    std::optional<sync::SecretStore::Result> result;
    call([&](const sync::SecretStore::Result &r) { result = r; });
    for (int waited = 0; !result && waited < 15000; waited += 10)
        QTest::qWait(10);
    return result.value_or(sync::SecretStore::Result{sync::SecretStore::Status::Failed, QString(), QStringLiteral("timeout")});
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runEpistle(const QString &profile, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(EPISTLE_BINARY), QStringList{QStringLiteral("--profile"), profile} + arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    return Run{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

bool profileContains(const QString &folder, const QByteArray &needle)
{
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TestAccountManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addListRemove()
    {
        QTemporaryDir dir;
        const core::Profile profile = core::Profile::fromDirectory(dir.path());
        QVERIFY(profile.ensureExists());
        auto database = storage::Database::open(profile.databaseFile());
        sync::SecretStore secrets(profile);
        sync::AccountManager manager(*database, secrets, profile);

        sync::AccountManager::NewAccount account;
        account.account.name = QStringLiteral("Work");
        account.account.protocol = QStringLiteral("imap");
        account.account.incoming = {QStringLiteral("imap.example.test"), 993, QStringLiteral("tls"), QStringLiteral("jane"), {}};
        account.account.outgoing = {QStringLiteral("smtp.example.test"), 465, QStringLiteral("tls"), QStringLiteral("jane"), {}};
        account.identity.address = QStringLiteral("jane@example.test");
        account.identity.name = QStringLiteral("Jane Doe");
        account.options.caFile = QStringLiteral("/etc/ssl/certs/ca-certificates.crt");
        account.password = QStringLiteral("Kz8-unique-password");
        std::optional<qint64> id;
        std::optional<sync::SecretStore::Result> stored;
        manager.add(account, [&](qint64 newId, const sync::SecretStore::Result &r) {
            id = newId;
            stored = r;
        });
        QTRY_VERIFY(stored.has_value());
        QVERIFY2(stored->ok(), qPrintable(stored->message));

        QCOMPARE(manager.accounts().size(), 1);
        QCOMPARE(manager.find(QStringLiteral("work"))->id, *id);
        QCOMPARE(manager.find(QString::number(*id))->name, QStringLiteral("Work"));
        QCOMPARE(manager.identities(*id).first().address, QStringLiteral("jane@example.test"));
        QVERIFY(manager.identities(*id).first().isDefault);
        QCOMPARE(manager.options(*id).caFile, account.options.caFile);

        const auto incoming = waitFor([&](auto done) { secrets.read(sync::AccountManager::passwordKey(*id, true), done); });
        QCOMPARE(incoming.password, account.password);
        QVERIFY(!profileContains(dir.path(), "Kz8-unique-password"));

        QVERIFY(waitFor([&](auto done) { manager.remove(*id, done); }).ok());
        QVERIFY(manager.accounts().isEmpty());
        QVERIFY(manager.options(*id).caFile.isEmpty());
        const auto gone = waitFor([&](auto done) { secrets.read(sync::AccountManager::passwordKey(*id, false), done); });
        QCOMPARE(gone.status, sync::SecretStore::Status::NotFound);
    }

    void commandLine()
    {
        QTemporaryDir dir;
        const QString profile = dir.path();
        Run added = runEpistle(profile, {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Demo"),
                                      QStringLiteral("--email"), QStringLiteral("demo@example.test"), QStringLiteral("--imap"),
                                      QStringLiteral("localhost:993"), QStringLiteral("--smtp"), QStringLiteral("localhost:587"),
                                      QStringLiteral("--password-stdin")},
                            "Cli-Secret-9\n");
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QVERIFY(added.out.contains("Added account Demo"));

        Run duplicate = runEpistle(profile, {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("demo"),
                                          QStringLiteral("--email"), QStringLiteral("x@example.test"), QStringLiteral("--pop3"),
                                          QStringLiteral("localhost:995"), QStringLiteral("--smtp"), QStringLiteral("localhost:465")});
        QCOMPARE(duplicate.exitCode, 1);

        Run listed = runEpistle(profile, {QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray accounts = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(accounts.size(), 1);
        const QJsonObject demo = accounts.first().toObject();
        QCOMPARE(demo.value(QStringLiteral("address")).toString(), QStringLiteral("demo@example.test"));
        QCOMPARE(demo.value(QStringLiteral("incomingSecurity")).toString(), QStringLiteral("tls"));      // 993
        QCOMPARE(demo.value(QStringLiteral("outgoingSecurity")).toString(), QStringLiteral("starttls")); // 587
        QVERIFY(!profileContains(profile, "Cli-Secret-9"));

        Run bad = runEpistle(profile, {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--email"), QStringLiteral("a@b.test"),
                                    QStringLiteral("--imap"), QStringLiteral("no-port"), QStringLiteral("--smtp"), QStringLiteral("x:1")});
        QCOMPARE(bad.exitCode, 2);

        Run removed = runEpistle(profile, {QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("Demo")});
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        QCOMPARE(runEpistle(profile, {QStringLiteral("account"), QStringLiteral("list")}).out, QByteArray());
        QCOMPARE(runEpistle(profile, {QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("Demo")}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestAccountManager)
#include "tst_AccountManager.moc"
