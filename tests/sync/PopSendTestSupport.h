#pragma once

#include "pop3/Client.h"
#include "storage/AccountStore.h"
#include "storage/Database.h"
#include "support/Sandbox.h"
#include "sync/OutboxSender.h"
#include "sync/Pop3Downloader.h"
#include "sync/ServerAccess.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace popsendtest {

using namespace epistle;

// A fresh database with one account.
struct TestStore
{
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db = storage::Database::open(dir.filePath(QStringLiteral("mail.sqlite")));
    storage::Account account;

    explicit TestStore(const QString &protocol = QStringLiteral("pop3"))
    {
        account.name = QStringLiteral("Test");
        account.protocol = protocol;
        account.id = storage::AccountStore(*db).addAccount(account);
    }
};

// Implicit TLS to a sandbox port, or to a relay in front of it (the name still "localhost").
inline sync::ServerAccess sandboxAccess(const test::Sandbox &sandbox, const QString &portKey, const QString &user,
                                        quint16 relayPort = 0)
{
    sync::ServerAccess access;
    access.endpoint = net::Endpoint(sandbox.host(), relayPort ? relayPort : sandbox.port(portKey), net::Security::ImplicitTls);
    if (relayPort)
        access.endpoint.address = QStringLiteral("127.0.0.1");
    access.tlsPolicy.addCaCertificates(sandbox.caCertificates());
    access.user = user;
    return access;
}

inline sync::Pop3Downloader::Result runToEnd(sync::Pop3Downloader &downloader, int timeoutMs = 120000)
{
    QSignalSpy finished(&downloader, &sync::Pop3Downloader::finished);
    downloader.start();
    if (!finished.wait(timeoutMs) && finished.isEmpty()) {
        sync::Pop3Downloader::Result r;
        r.error.kind = sync::Pop3Downloader::Error::Kind::Network;
        r.error.message = QStringLiteral("test: the downloader did not finish");
        return r;
    }
    return downloader.result();
}

inline sync::OutboxSender::Result runToEnd(sync::OutboxSender &sender, int timeoutMs = 120000)
{
    QSignalSpy finished(&sender, &sync::OutboxSender::finished);
    sender.start();
    if (!finished.wait(timeoutMs) && finished.isEmpty()) {
        sync::OutboxSender::Result r;
        r.error.kind = sync::OutboxSender::Error::Kind::Network;
        r.error.message = QStringLiteral("test: the sender did not finish");
        return r;
    }
    return sender.result();
}

// Every message in a sandbox user's mailbox, by UIDL, read over POP3S with a bare client.
inline std::optional<QHash<QByteArray, QByteArray>> mailbox(const test::Sandbox &sandbox, const test::Sandbox::User &user,
                                                            QString *error = nullptr)
{
    pop3::Client client;
    net::TlsPolicy policy;
    policy.addCaCertificates(sandbox.caCertificates());
    client.connection().setTlsPolicy(policy);
    pop3::Error failure;
    bool listed = false;
    QList<pop3::UidEntry> uids;
    auto note = [&failure](const pop3::Error &e) {
        if (e.isError() && !failure.isError())
            failure = e;
    };
    client.connectToServer({sandbox.host(), sandbox.port(QStringLiteral("POP3S_PORT")), net::Security::ImplicitTls}, note);
    client.login(user.login, user.password, pop3::Client::AuthMethod::Automatic, note);
    client.uidl([&](const pop3::Error &e, const QList<pop3::UidEntry> &list) {
        note(e);
        uids = list;
        listed = true;
    });
    if (!QTest::qWaitFor([&] { return listed; }, 30000) || failure.isError()) {
        if (error)
            *error = failure.isError() ? failure.message : QStringLiteral("no UIDL answer");
        return std::nullopt;
    }
    std::vector<std::unique_ptr<QBuffer>> buffers;
    int done = 0;
    for (const pop3::UidEntry &entry : std::as_const(uids)) {
        buffers.push_back(std::make_unique<QBuffer>());
        buffers.back()->open(QIODevice::WriteOnly);
        client.retrieve(entry.number, buffers.back().get(), [&](const pop3::Error &e, qint64) {
            note(e);
            ++done;
        });
    }
    bool quit = false;
    client.quit([&](const pop3::Error &) { quit = true; });
    if (!QTest::qWaitFor([&] { return quit; }, 60000) || failure.isError()) {
        if (error)
            *error = failure.isError() ? failure.message : QStringLiteral("no answer to RETR");
        return std::nullopt;
    }
    QHash<QByteArray, QByteArray> out;
    for (qsizetype i = 0; i < uids.size(); ++i)
        out.insert(uids[i].uid, buffers[size_t(i)]->data());
    return out;
}

// Waits until the mailbox holds at least `count` messages, then a little longer so that a
// duplicate delivery would show, and returns what it holds.
inline QList<QByteArray> waitForMail(const test::Sandbox &sandbox, const test::Sandbox::User &user, int count,
                                     int timeoutMs = 20000)
{
    QHash<QByteArray, QByteArray> box;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (auto m = mailbox(sandbox, user); m && m->size() >= count) {
            QTest::qWait(700);
            if (auto again = mailbox(sandbox, user))
                box = *again;
            break;
        }
        QTest::qWait(150);
    }
    return box.values();
}

} // namespace popsendtest
