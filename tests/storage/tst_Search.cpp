#include "StorageTestSupport.h"

#include "storage/MessageStore.h"
#include "storage/SearchIndex.h"
#include "storage/SearchQuery.h"
#include "storage/StorageError.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace epistle::storage;
using namespace storagetest;

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queryBuilder_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("word") << "hello" << "\"hello\"";
        QTest::newRow("two words") << "hello  world" << "\"hello\" AND \"world\"";
        QTest::newRow("phrase") << "\"hello world\"" << "\"hello world\"";
        QTest::newRow("unterminated phrase") << "say \"hello world" << "\"say\" AND \"hello world\"";
        QTest::newRow("prefix") << "hel*" << "\"hel\" *";
        QTest::newRow("phrase prefix") << "\"hello wor\"*" << "\"hello wor\" *";
        QTest::newRow("field") << "from:alice subject:report" << "addresses : \"alice\" AND subject : \"report\"";
        QTest::newRow("unknown field is text") << "foo:bar" << "\"foo:bar\"";
        QTest::newRow("negation") << "report -draft" << "\"report\" NOT \"draft\"";
        QTest::newRow("only negation") << "-draft" << "";
        QTest::newRow("fts operators are words") << "a OR b NOT c NEAR(d)" << "\"a\" AND \"OR\" AND \"b\" AND \"NOT\" AND \"c\" AND \"NEAR(d)\"";
        QTest::newRow("quotes inside") << "it\"s" << "\"it\" AND \"s\"";
        QTest::newRow("punctuation only") << "*** ( ) : ^ \"\" -" << "";
        QTest::newRow("column syntax") << "{subject}: x" << "\"{subject}:\" AND \"x\"";
        QTest::newRow("control chars") << QStringLiteral("a\u0001b") << "\"a b\"";
        QTest::newRow("empty") << "" << "";
        QTest::newRow("lone surrogate") << (QString(QChar(0xd83d)) + QStringLiteral("x\"")) << "\"x\"";
        QTest::newRow("address") << "bob@example.test" << "\"bob@example.test\"";
    }

    void queryBuilder()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(SearchQuery::toFts(input), expected);
    }

    void hostileInputNeverBreaksTheQuery()
    {
        Fixture f;
        MessageStore(*f.db).upsert(f.folderId, {summary(1, QStringLiteral("anything"))});
        SearchIndex index(*f.db);
        const QString alphabet = QStringLiteral("aZ9 \"*-:(){}^+.,;'\\/NOTANDORNEAR\t\u00e9\u4e2d\U0001F600\u0000\u0301");
        QRandomGenerator rng(1234);
        for (int i = 0; i < 3000; ++i) {
            QString text;
            const int len = int(rng.bounded(24));
            for (int j = 0; j < len; ++j)
                text += alphabet[int(rng.bounded(int(alphabet.size())))];
            try {
                index.search(text);
            } catch (const StorageError &e) {
                QFAIL(qPrintable(QStringLiteral("input [%1] -> [%2]: %3")
                                     .arg(QString::fromLatin1(text.toUtf8().toHex(' ')), SearchQuery::toFts(text), e.detail())));
            }
        }
    }

    void findsBySubjectAddressesAndBody()
    {
        Fixture f;
        MessageStore store(*f.db);
        MessageSummary a = summary(1, QStringLiteral("Quarterly report"));
        a.from = {QStringLiteral("Alice Martin"), QStringLiteral("alice@corp.example")};
        MessageSummary b = summary(2, QStringLiteral("Lunch on Friday?"));
        b.from = {QStringLiteral("Bob"), QStringLiteral("bob@example.test")};
        b.cc = {{QStringLiteral("Alice Martin"), QStringLiteral("alice@corp.example")}};
        MessageSummary c = summary(3, QStringLiteral("Résumé attached"));
        const auto keys = store.upsert(f.folderId, {a, b, c}).keys;
        SearchIndex index(*f.db);
        QCOMPARE(index.catchUp(1000), 3);
        index.setBodyText(keys[0], QStringLiteral("Revenue grew by ten percent. The report is final."));
        index.setBodyText(keys[1], QStringLiteral("Shall we try the new noodle place? Not the report."));
        QVERIFY(index.hasBodyText(keys[0]));
        QVERIFY(!index.hasBodyText(keys[2]));

        auto sorted = [](QList<qint64> l) {
            std::sort(l.begin(), l.end());
            return l;
        };
        QCOMPARE(index.search(QStringLiteral("quarterly")), QList<qint64>{keys[0]});
        QCOMPARE(sorted(index.search(QStringLiteral("report"))), (QList<qint64>{keys[0], keys[1]}));
        QCOMPARE(index.search(QStringLiteral("subject:report")), QList<qint64>{keys[0]});
        QCOMPARE(index.search(QStringLiteral("report -noodle")), QList<qint64>{keys[0]});
        QCOMPARE(sorted(index.search(QStringLiteral("alice@corp.example"))), (QList<qint64>{keys[0], keys[1]}));
        QCOMPARE(index.search(QStringLiteral("from:bob")), QList<qint64>{keys[1]});
        QCOMPARE(index.search(QStringLiteral("\"ten percent\"")), QList<qint64>{keys[0]});
        QVERIFY(index.search(QStringLiteral("\"percent ten\"")).isEmpty());
        QCOMPARE(index.search(QStringLiteral("nood*")), QList<qint64>{keys[1]});
        QCOMPARE(index.search(QStringLiteral("resume")), QList<qint64>{keys[2]}); // diacritics folded
        QCOMPARE(index.search(QStringLiteral("REVENUE")), QList<qint64>{keys[0]});
        QVERIFY(index.search(QStringLiteral("nothing-like-this")).isEmpty());
        // Newest first by default; relevance on request.
        QCOMPARE(index.search(QStringLiteral("report"), {}, SearchOrder::Newest), (QList<qint64>{keys[1], keys[0]}));
        QCOMPARE(index.search(QStringLiteral("report"), {}, SearchOrder::Relevance).value(0), keys[0]);
        QCOMPARE(index.search(QStringLiteral("report"), {}, SearchOrder::Newest, 1).size(), 1);
        // Body text replaced as a better version arrives.
        index.setBodyText(keys[1], QStringLiteral("Changed plans."));
        QCOMPARE(index.search(QStringLiteral("report")), QList<qint64>{keys[0]});
        QCOMPARE(index.search(QStringLiteral("plans")), QList<qint64>{keys[1]});
    }

    void storedMessagesAreIndexedByCatchUp()
    {
        Fixture f;
        MessageStore store(*f.db);
        QList<MessageSummary> batch;
        for (quint32 uid = 1; uid <= 5; ++uid)
            batch.append(summary(uid, QStringLiteral("papaya %1").arg(uid)));
        const auto keys = store.upsert(f.folderId, batch).keys;
        SearchIndex index(*f.db);
        auto sorted = [](QList<qint64> l) {
            std::sort(l.begin(), l.end());
            return l;
        };
        QCOMPARE(index.pending(), 5);
        QVERIFY(index.search(QStringLiteral("papaya")).isEmpty());
        // Oldest keys first, at most the limit per call.
        QCOMPARE(index.catchUp(2), 2);
        QCOMPARE(index.pending(), 3);
        QCOMPARE(sorted(index.search(QStringLiteral("papaya"))), (QList<qint64>{keys[0], keys[1]}));
        // A message removed before it was indexed leaves nothing behind.
        QCOMPARE(store.removeUids(f.folderId, {3}), 1);
        QCOMPARE(index.pending(), 2);
        // A body for a message not reached yet brings the index up to that message first.
        index.setBodyText(keys[3], QStringLiteral("guava inside"));
        QCOMPARE(index.pending(), 1);
        QCOMPARE(index.search(QStringLiteral("guava")), QList<qint64>{keys[3]});
        QCOMPARE(sorted(index.search(QStringLiteral("papaya"))), (QList<qint64>{keys[0], keys[1], keys[3]}));
        QCOMPARE(index.catchUp(10), 1);
        QCOMPARE(index.catchUp(10), 0);
        QCOMPARE(index.search(QStringLiteral("papaya")).size(), 4);
        QCOMPARE(f.db->scalar(QStringLiteral("SELECT count(*) FROM message_text"), {}).toInt(), 4);
        // A body for a key that was never given out moves nothing.
        index.setBodyText(keys[4] + 1000, QStringLiteral("nowhere"));
        QCOMPARE(index.pending(), 0);
        // Removing the newest indexed message does not make a later one look indexed.
        QCOMPARE(store.removeUids(f.folderId, {5}), 1);
        const qint64 later = store.upsert(f.folderId, {summary(6, QStringLiteral("papaya late"))}).keys[0];
        QVERIFY(later > keys[4]);
        QCOMPARE(index.pending(), 1);
        QCOMPARE(index.catchUp(10), 1);
        QCOMPARE(index.search(QStringLiteral("late")), QList<qint64>{later});
        QCOMPARE(f.db->scalar(QStringLiteral("INSERT INTO message_search (message_search, rank) VALUES ('integrity-check', 1)"), {}),
                 QVariant());
    }

    void scopes()
    {
        Fixture f;
        FolderStore folders(*f.db);
        Folder other;
        other.accountId = f.accountId;
        other.path = QStringLiteral("Archive");
        const qint64 archive = folders.upsert(other);
        Account second;
        second.name = QStringLiteral("Second");
        second.protocol = QStringLiteral("pop3");
        const qint64 secondAccount = AccountStore(*f.db).addAccount(second);
        Folder secondInbox;
        secondInbox.accountId = secondAccount;
        secondInbox.path = QStringLiteral("INBOX");
        const qint64 secondFolder = folders.upsert(secondInbox);
        MessageStore store(*f.db);
        const qint64 k1 = store.upsert(f.folderId, {summary(1, QStringLiteral("kiwi"))}).keys[0];
        const qint64 k2 = store.upsert(archive, {summary(1, QStringLiteral("kiwi"))}).keys[0];
        const qint64 k3 = store.upsert(secondFolder, {summary(1, QStringLiteral("kiwi"))}).keys[0];
        SearchIndex index(*f.db);
        QCOMPARE(index.catchUp(1000), 3);
        QCOMPARE(index.search(QStringLiteral("kiwi")).size(), 3);
        QCOMPARE(index.search(QStringLiteral("kiwi"), {0, archive}), QList<qint64>{k2});
        auto account = index.search(QStringLiteral("kiwi"), {f.accountId, 0});
        std::sort(account.begin(), account.end());
        QCOMPARE(account, (QList<qint64>{k1, k2}));
        QCOMPARE(index.search(QStringLiteral("kiwi"), {secondAccount, 0}), QList<qint64>{k3});
    }

    void rebuildRestoresTheIndex()
    {
        Fixture f;
        const qint64 key = MessageStore(*f.db).upsert(f.folderId, {summary(1, QStringLiteral("mango"))}).keys[0];
        SearchIndex index(*f.db);
        QCOMPARE(index.catchUp(1000), 1);
        f.db->execute(QStringLiteral("INSERT INTO message_search (message_search) VALUES ('delete-all')"), {});
        QVERIFY(index.search(QStringLiteral("mango")).isEmpty());
        index.rebuild();
        QCOMPARE(index.search(QStringLiteral("mango")), QList<qint64>{key});
        QCOMPARE(f.db->scalar(QStringLiteral("INSERT INTO message_search (message_search, rank) VALUES ('integrity-check', 1)"), {}),
                 QVariant());
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_Search.moc"
