#pragma once

// Shared by the IMAP sync tests: a second IMAP connection that plays "another mail client"
// against the sandbox, a private store with one account, and messages to append.

#include "support/Sandbox.h"
#include "imap/Session.h"
#include "storage/AccountStore.h"
#include "storage/Database.h"
#include "storage/FolderStore.h"
#include "sync/FolderListSync.h"
#include "sync/FolderSync.h"
#include "sync/WorkerStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace epistle::sync::test {

inline QByteArray testMessage(const QByteArray &subject, const QByteArray &extraHeaders = {})
{
    return "From: Alice <alice@example.test>\r\n"
           "To: Bob <bob@example.test>\r\n"
           "Subject: " + subject + "\r\n"
           "Date: Mon, 23 Nov 2026 07:00:00 +0000\r\n"
           "Message-ID: <" + subject.toHex() + "@example.test>\r\n" + extraHeaders +
           "MIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n"
           "\r\n"
           "Hello.\r\n";
}

// Waits for a job; returns its error (None on success).
inline imap::Error waitFor(imap::Job *job, int timeoutMs = 30000)
{
    auto state = std::make_shared<std::pair<bool, imap::Error>>(false, imap::Error());
    QObject::connect(job, &imap::Job::finished, job, [state](imap::Job *finished) {
        state->first = true;
        state->second = finished->error();
    });
    if (!QTest::qWaitFor([state] { return state->first; }, timeoutMs))
        return imap::Error::protocol(QStringLiteral("timed out"));
    return state->second;
}

template<typename T>
std::optional<T> resultOf(imap::ResultJob<T> *job, int timeoutMs = 30000)
{
    auto state = std::make_shared<std::optional<T>>();
    auto done = std::make_shared<bool>(false);
    QObject::connect(job, &imap::Job::finished, job, [state, done, job](imap::Job *) {
        *done = true;
        if (job->succeeded())
            *state = job->result();
        else
            qWarning() << "IMAP job failed:" << job->error().message;
    });
    (void)QTest::qWaitFor([done] { return *done; }, timeoutMs);
    return *state;
}

inline net::TlsPolicy sandboxTls(const ::epistle::test::Sandbox &sandbox)
{
    net::TlsPolicy policy;
    policy.addCaCertificates(sandbox.caCertificates());
    return policy;
}

inline net::Endpoint imapEndpoint(const ::epistle::test::Sandbox &sandbox, quint16 port = 0)
{
    return net::Endpoint{sandbox.host(), port ? port : sandbox.port(QStringLiteral("IMAPS_PORT")), net::Security::ImplicitTls, false};
}

// "Another mail client": a plain session on the user's mailbox.
inline std::unique_ptr<imap::Session> openOther(const ::epistle::test::Sandbox &sandbox, const ::epistle::test::Sandbox::User &user,
                                                imap::SessionOptions options = imap::SessionOptions())
{
    auto session = std::make_unique<imap::Session>();
    session->setOptions(options);
    session->setTlsPolicy(sandboxTls(sandbox));
    const imap::Error error = waitFor(session->connectToServer(imapEndpoint(sandbox), imap::Credentials{user.login, user.password, {}}));
    if (error.isError()) {
        qWarning() << "login failed:" << error.message;
        return nullptr;
    }
    return session;
}

// Appends count messages "Message 1".."Message count" (pipelined).
inline bool appendMessages(imap::Session &session, const QString &mailbox, int count, int first = 1)
{
    QList<imap::Job *> jobs;
    auto failures = std::make_shared<int>(0);
    auto done = std::make_shared<int>(0);
    for (int i = first; i < first + count; ++i) {
        imap::Job *job = session.append(mailbox, testMessage("Message " + QByteArray::number(i)));
        QObject::connect(job, &imap::Job::finished, job, [failures, done](imap::Job *finished) {
            ++*done;
            if (!finished->succeeded())
                ++*failures;
        });
    }
    (void)QTest::qWaitFor([done, count] { return *done == count; }, 120000);
    return *done == count && *failures == 0;
}

// A private store with one IMAP account whose folders a FolderSync can fill.
struct TestStore
{
    QTemporaryDir directory;
    std::unique_ptr<WorkerStore> store;
    qint64 accountId = 0;

    TestStore()
    {
        store = std::make_unique<WorkerStore>(storage::Database::open(directory.filePath(QStringLiteral("test.sqlite"))));
        storage::AccountStore accounts(*store->database);
        storage::Account account;
        account.name = QStringLiteral("Test");
        account.protocol = QStringLiteral("imap");
        accountId = accounts.addAccount(account);
    }

    storage::Folder folder(const QString &path)
    {
        if (auto existing = store->folders.find(accountId, path))
            return *existing;
        storage::Folder folder;
        folder.accountId = accountId;
        folder.path = path;
        folder.delimiter = QStringLiteral(".");
        folder.id = store->folders.upsert(folder);
        return *store->folders.folder(folder.id);
    }
};

struct SyncOutcome
{
    SyncError error;
    StoreChanges changes;
    QList<QPair<int, int>> progress;
    bool finished = false;
};

inline SyncOutcome syncFolder(TestStore &test, imap::Session &session, const QString &path, FolderSync::Options options = {})
{
    SyncOutcome outcome;
    FolderSync sync(*test.store, test.folder(path), options);
    QObject::connect(&sync, &FolderSync::progress, [&outcome](int done, int total) { outcome.progress << qMakePair(done, total); });
    sync.run(session, &outcome.changes, [&outcome](const SyncError &error) {
        outcome.error = error;
        outcome.finished = true;
    });
    (void)QTest::qWaitFor([&outcome] { return outcome.finished; }, 120000);
    return outcome;
}

} // namespace epistle::sync::test
