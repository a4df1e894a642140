// One Epistle per profile: a second start hands its mailto: links to the running one (RFC 6068
// links from the desktop arrive this way when Epistle is open already).

#include "ui/SingleInstance.h"

#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace epistle::ui;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesDifferPerProfile()
    {
        QCOMPARE(SingleInstance::serverNameFor(QStringLiteral("/tmp/a")), SingleInstance::serverNameFor(QStringLiteral("/tmp/a/")));
        QVERIFY(SingleInstance::serverNameFor(QStringLiteral("/tmp/a")) != SingleInstance::serverNameFor(QStringLiteral("/tmp/b")));
    }

    void nobodyRunningMeansNoHandOff()
    {
        QTemporaryDir profile;
        SingleInstance alone(profile.path());
        QVERIFY(!alone.handOff({QStringLiteral("mailto:a@example.org")}, 500));
    }

    void requestsReachTheRunningInstance()
    {
        QTemporaryDir profile;
        SingleInstance first(profile.path());
        QVERIFY(first.listen());
        QSignalSpy received(&first, &SingleInstance::requestsReceived);
        const QStringList links{QStringLiteral("mailto:ana@example.org?subject=Caf%C3%A9&body=Hello%20there"),
                                QStringLiteral("mailto:b@example.org,c@example.org?cc=d@example.org")};
        // The second instance blocks while handing off, so it runs on its own thread like a process would.
        bool accepted = false;
        std::unique_ptr<QThread> second(QThread::create([&] { accepted = SingleInstance(profile.path()).handOff(links); }));
        second->start();
        QTRY_COMPARE(received.count(), 1);
        QVERIFY(second->wait(5000));
        QVERIFY(accepted);
        QCOMPARE(received.first().first().toStringList(), links);
    }

    void aPlainSecondStartAsksToBeShown()
    {
        QTemporaryDir profile;
        SingleInstance first(profile.path());
        QVERIFY(first.listen());
        QSignalSpy received(&first, &SingleInstance::requestsReceived);
        std::unique_ptr<QThread> second(QThread::create([&] { SingleInstance(profile.path()).handOff({}); }));
        second->start();
        QTRY_COMPARE(received.count(), 1);
        QVERIFY(second->wait(5000));
        QVERIFY(received.first().first().toStringList().isEmpty());
    }

    void aStaleSocketIsReplaced()
    {
        QTemporaryDir profile;
        const QString name = SingleInstance::serverNameFor(profile.path());
        {
            // What a crashed instance leaves: the socket file, with nobody listening.
            QLocalServer crashed;
            QVERIFY(crashed.listen(name));
            const QString path = crashed.fullServerName();
            crashed.close();
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        SingleInstance next(profile.path());
        QVERIFY(!next.handOff({}, 500));
        QVERIFY(next.listen());
    }

    void anOversizedRequestIsRefused()
    {
        QTemporaryDir profile;
        SingleInstance first(profile.path());
        QVERIFY(first.listen());
        QSignalSpy received(&first, &SingleInstance::requestsReceived);
        QLocalSocket hostile;
        hostile.connectToServer(first.serverName());
        QVERIFY(hostile.waitForConnected(2000));
        hostile.write(QByteArray(300 * 1024, 'x'));
        QTRY_COMPARE(hostile.state(), QLocalSocket::UnconnectedState);
        QCOMPARE(received.count(), 0);
    }

    // The real program: a second `epistle mailto:...` with the same profile ends at once, having
    // handed the link to the window that is already open.
    void secondProcessHandsOverAndExits()
    {
        QTemporaryDir profile;
        QProcess running;
        running.setProcessChannelMode(QProcess::ForwardedChannels);
        running.start(QStringLiteral(EPISTLE_BINARY), {QStringLiteral("--profile"), profile.path()});
        QVERIFY(running.waitForStarted());
        const QString name = SingleInstance::serverNameFor(profile.path());
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            QLocalSocket probe;
            probe.connectToServer(name);
            return probe.waitForConnected(200);
        }()), 30000);

        QProcess second;
        second.start(QStringLiteral(EPISTLE_BINARY),
                     {QStringLiteral("--profile"), profile.path(), QStringLiteral("mailto:ana@example.org?subject=Hi")});
        QVERIFY(second.waitForFinished(15000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(running.state(), QProcess::Running);

        running.terminate();
        if (!running.waitForFinished(10000)) {
            running.kill();
            running.waitForFinished();
        }
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_SingleInstance.moc"
