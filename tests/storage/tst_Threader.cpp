#include "storage/SubjectNormalizer.h"
#include "storage/Threader.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <map>
#include <set>

using namespace epistle::storage;

namespace {

ThreadMessage msg(qint64 key, const char *id, const QString &subject, QByteArrayList refs = {}, QByteArray inReplyTo = {})
{
    return ThreadMessage{key, QByteArray(id), refs, inReplyTo, subject};
}

// The partition of keys into threads, independent of the ids chosen.
std::set<std::set<qint64>> partition(const Threader &t, const QList<qint64> &keys)
{
    std::map<qint64, std::set<qint64>> byThread;
    for (qint64 k : keys)
        byThread[t.threadOf(k)].insert(k);
    std::set<std::set<qint64>> out;
    for (auto &[thread, members] : byThread)
        out.insert(members);
    return out;
}

} // namespace

class TestThreader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void subjectNormalization_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "Meeting tomorrow" << "meeting tomorrow";
        QTest::newRow("re") << "Re: Meeting tomorrow" << "meeting tomorrow";
        QTest::newRow("stacked") << "RE: Fwd: re:  Meeting   tomorrow" << "meeting tomorrow";
        QTest::newRow("german") << "AW: WG: Meeting tomorrow" << "meeting tomorrow";
        QTest::newRow("counted") << "Re[3]: Meeting tomorrow" << "meeting tomorrow";
        QTest::newRow("paren count") << "Re(2): Meeting tomorrow" << "meeting tomorrow";
        QTest::newRow("no space") << "Re:Meeting tomorrow" << "meeting tomorrow";
        QTest::newRow("list tag then re") << "[dev] Re: Meeting tomorrow" << "meeting tomorrow";
        QTest::newRow("list tag alone kept") << "[dev] Meeting tomorrow" << "[dev] meeting tomorrow";
        QTest::newRow("word starting like prefix") << "Report: numbers" << "report: numbers";
        QTest::newRow("only prefix") << "Re:" << "";
        QTest::newRow("empty") << "" << "";
        QTest::newRow("chinese") << QStringLiteral("回复: 会议") << QStringLiteral("会议");
        QTest::newRow("bad count kept") << "Re[x]: y" << "re[x]: y";
    }

    void subjectNormalization()
    {
        QFETCH(QString, subject);
        QFETCH(QString, expected);
        QCOMPARE(SubjectNormalizer::normalize(subject), expected);
    }

    void parsesMessageIds()
    {
        QCOMPARE(Threader::parseMessageIds("<a@x> <b@y>\r\n\t<c@z>"), QByteArrayList({"<a@x>", "<b@y>", "<c@z>"}));
        QCOMPARE(Threader::parseMessageIds("Your message of Monday <a@x> (comment)"), QByteArrayList({"<a@x>"}));
        QCOMPARE(Threader::parseMessageIds("<broken <a@x>"), QByteArrayList({"<a@x>"}));
        QCOMPARE(Threader::parseMessageIds("<unterminated"), QByteArrayList());
        QCOMPARE(Threader::parseMessageIds("<>"), QByteArrayList());
    }

    void replyChainIsOneThread()
    {
        Threader t;
        auto changes = t.add({msg(10, "<a1>", "Plans"), msg(11, "<a2>", "Re: Plans", {"<a1>"}),
                              msg(12, "<a3>", "Re: Plans", {"<a1>", "<a2>"})});
        QCOMPARE(changes.size(), 3);
        for (qint64 k : {10, 11, 12})
            QCOMPARE(t.threadOf(k), 10);
    }

    void missingParentLinksSiblings()
    {
        Threader t;
        t.add({msg(20, "<b2>", "Re: Budget", {"<b1>"}), msg(21, "<b3>", "Re: Budget", {"<b1>"})});
        QCOMPARE(t.threadOf(20), 20);
        QCOMPARE(t.threadOf(21), 20);
        // The parent arrives later, with a smaller key (an older message fetched late).
        const auto changes = t.add({msg(5, "<b1>", "Budget")});
        QCOMPARE(t.threadOf(5), 5);
        QCOMPARE(t.threadOf(20), 5);
        QCOMPARE(t.threadOf(21), 5);
        QCOMPARE(changes.size(), 3);
    }

    void inReplyToWithoutReferences()
    {
        Threader t;
        t.add({msg(1, "<p>", "Question"), msg(2, "<q>", "Answer to your question", {}, "<p>")});
        QCOMPARE(t.threadOf(2), 1);
    }

    void loopsInReferencesAreBroken()
    {
        Threader t;
        // Each claims the other as parent; then a list that repeats itself; then a self-reference.
        t.add({msg(1, "<c1>", "Loop one", {"<c2>"}), msg(2, "<c2>", "Loop two", {"<c1>"})});
        t.add({msg(3, "<c3>", "Loop three", {"<c1>", "<c3>", "<c1>"})});
        t.add({msg(4, "<d1>", "Self", {"<d1>"})});
        QCOMPARE(t.threadOf(1), 1);
        QCOMPARE(t.threadOf(2), 1);
        QCOMPARE(t.threadOf(3), 1);
        QCOMPARE(t.threadOf(4), 4);
        // Still consistent after removals (no container points at itself).
        t.remove({1, 2, 3, 4});
        QCOMPARE(t.messageCount(), 0);
        QCOMPARE(t.containerCount(), 0);
    }

    void duplicateMessageIdsKeepBothMessages()
    {
        Threader t;
        t.add({msg(1, "<dup@x>", "Alpha"), msg(2, "<dup@x>", "Beta")});
        QCOMPARE(t.messageCount(), 2);
        QCOMPARE(t.threadOf(1), 1);
        QCOMPARE(t.threadOf(2), 2);
        t.add({msg(3, "<r@x>", "Re: Alpha", {"<dup@x>"})});
        QCOMPARE(t.threadOf(3), 1);
        // Removing the first holder leaves its container linking the reply.
        t.remove({1});
        QCOMPARE(t.threadOf(3), 3);
        QCOMPARE(t.threadOf(2), 2);
    }

    void subjectOnlyGrouping()
    {
        Threader t;
        t.add({msg(1, "<s1>", "Meeting tomorrow"), msg(2, "<s2>", "Re: Meeting tomorrow"),
               msg(3, "<s3>", "AW: meeting   tomorrow"), msg(4, "<s4>", "Meeting tomorrow?"),
               msg(5, "<e1>", ""), msg(6, "<e2>", "Re:"), msg(7, "", "Meeting tomorrow")});
        QCOMPARE(t.threadOf(2), 1);
        QCOMPARE(t.threadOf(3), 1);
        QCOMPARE(t.threadOf(7), 1); // no Message-ID at all still groups by subject
        QCOMPARE(t.threadOf(4), 4);
        QCOMPARE(t.threadOf(5), 5); // empty subjects never group
        QCOMPARE(t.threadOf(6), 6);
    }

    void emptyRootTakesSubjectOfFirstMessage()
    {
        Threader t;
        // Two replies to a missing message, and an unrelated root with the same subject.
        t.add({msg(2, "<x2>", "Re: Report", {"<x1>"}), msg(3, "<y1>", "Report")});
        QCOMPARE(t.threadOf(3), 2);
    }

    void newMessageMergesThreads()
    {
        Threader t;
        t.add({msg(1, "<t1>", "Topic one"), msg(2, "<t2>", "Topic two", {"<t1x>"}), msg(3, "<t3>", "Re: Topic two", {"<t2>"})});
        QCOMPARE(t.threadOf(2), 2);
        QCOMPARE(t.threadOf(3), 2);
        const auto changes = t.add({msg(4, "<t4>", "Re: Topic two", {"<t1>", "<t1x>", "<t2>"})});
        for (qint64 k : {1, 2, 3, 4})
            QCOMPARE(t.threadOf(k), 1);
        QCOMPARE(changes.size(), 3); // 2 and 3 renumbered, 4 new; 1 unchanged
        QVERIFY(!changes.contains(1));
    }

    void ownReferencesOverrideGuessedParent()
    {
        Threader t;
        // m3 claims m2 is a child of m1; m2 itself says it answers m0.
        t.add({msg(3, "<m3>", "Three", {"<m1>", "<m2>"})});
        t.add({msg(1, "<m1>", "One")});
        QCOMPARE(t.threadOf(1), 1);
        QCOMPARE(t.threadOf(3), 1);
        t.add({msg(2, "<m2>", "Two", {"<m0>"}), msg(10, "<m0>", "Zero")});
        // m2 (with child m3) moved under m0: m1 stays alone.
        QCOMPARE(t.threadOf(1), 1);
        QCOMPARE(t.threadOf(2), 2);
        QCOMPARE(t.threadOf(3), 2);
        QCOMPARE(t.threadOf(10), 2);
    }

    void removingMiddleKeepsChildrenLinked()
    {
        Threader t;
        t.add({msg(1, "<a>", "Chain"), msg(2, "<b>", "Other words", {"<a>"}), msg(3, "<c>", "More words", {"<a>", "<b>"})});
        QCOMPARE(t.threadOf(3), 1);
        auto changes = t.remove({2});
        QVERIFY(changes.isEmpty());
        QCOMPARE(t.threadOf(3), 1);
        // Removing the root, whose key named the thread, renumbers what is left.
        changes = t.remove({1});
        QCOMPARE(t.threadOf(3), 3);
        QCOMPARE(changes.value(3), 3);
        QCOMPARE(t.threadOf(1), 0);
        t.remove({3});
        QCOMPARE(t.containerCount(), 0);
    }

    void removingSubjectAnchorKeepsGroup()
    {
        Threader t;
        t.add({msg(1, "<s1>", "Lunch"), msg(2, "<s2>", "Re: Lunch"), msg(3, "<s3>", "Re: Lunch")});
        t.remove({1});
        QCOMPARE(t.threadOf(2), 2);
        QCOMPARE(t.threadOf(3), 2);
    }

    void addingTwiceIsIgnored()
    {
        Threader t;
        t.add({msg(1, "<a>", "A")});
        QVERIFY(t.add({msg(1, "<a>", "A")}).isEmpty());
        QCOMPARE(t.messageCount(), 1);
    }

    void incrementalEqualsBatch()
    {
        // Generated threads with complete References; arrival order shuffled.
        QRandomGenerator rng(42);
        QList<ThreadMessage> all;
        qint64 key = 1;
        for (int thread = 0; thread < 150; ++thread) {
            const int size = 1 + int(rng.bounded(12));
            QList<QByteArrayList> ancestry;
            for (int i = 0; i < size; ++i) {
                const QByteArray id = "<t" + QByteArray::number(thread) + "." + QByteArray::number(i) + "@gen>";
                QByteArrayList refs;
                if (i > 0)
                    refs = ancestry[rng.bounded(i)];
                all.append({key++, id, refs, refs.isEmpty() ? QByteArray() : refs.last(),
                            (i ? QStringLiteral("Re: subject %1") : QStringLiteral("Subject %1")).arg(thread % 120)});
                QByteArrayList mine = refs;
                mine.append(id);
                ancestry.append(mine);
            }
        }
        QList<qint64> keys;
        for (const auto &m : all)
            keys.append(m.key);

        Threader batch;
        batch.add(all);
        QList<ThreadMessage> shuffled = all;
        std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(7));
        Threader incremental;
        QHash<qint64, qint64> reported;
        for (const auto &m : shuffled) {
            const auto changes = incremental.add({m});
            for (auto it = changes.begin(); it != changes.end(); ++it)
                reported.insert(it.key(), it.value());
        }
        QVERIFY(partition(batch, keys) == partition(incremental, keys));
        // The thread ids do not depend on the order either, and the reported changes tell all.
        for (qint64 k : keys) {
            QCOMPARE(incremental.threadOf(k), batch.threadOf(k));
            QCOMPARE(reported.value(k), batch.threadOf(k));
        }

        // Remove half, one by one; compare with a fresh run over what is left.
        QList<qint64> removed, kept;
        for (qint64 k : keys)
            (rng.bounded(2) ? removed : kept).append(k);
        for (qint64 k : std::as_const(removed)) {
            const auto changes = incremental.remove({k});
            for (auto it = changes.begin(); it != changes.end(); ++it)
                reported.insert(it.key(), it.value());
        }
        QList<ThreadMessage> rest;
        for (const auto &m : all) {
            if (kept.contains(m.key))
                rest.append(m);
        }
        Threader fresh;
        fresh.add(rest);
        QVERIFY(partition(fresh, kept) == partition(incremental, kept));
        for (qint64 k : std::as_const(kept))
            QCOMPARE(reported.value(k), incremental.threadOf(k));
        incremental.remove(kept);
        QCOMPARE(incremental.containerCount(), 0);
    }

    void deepChainDoesNotOverflow()
    {
        // 20,000 messages each answering the previous one (In-Reply-To only).
        Threader t;
        QList<ThreadMessage> chain;
        for (int i = 1; i <= 20000; ++i) {
            chain.append({i, "<deep" + QByteArray::number(i) + ">", {},
                          i > 1 ? "<deep" + QByteArray::number(i - 1) + ">" : QByteArray(), QStringLiteral("Deep")});
        }
        t.add(chain);
        QCOMPARE(t.threadOf(20000), 1);
        t.remove({1});
        QCOMPARE(t.threadOf(20000), 2);
    }

    void hostileIds()
    {
        Threader t;
        QByteArray huge(100000, 'x');
        t.add({msg(1, "", "x", {"", "<", ">", "<>", huge}), msg(2, "no-brackets@x", "y", {"no-brackets@x"})});
        QCOMPARE(t.threadOf(1), 1);
        QCOMPARE(t.threadOf(2), 2);
        t.remove({1, 2});
        QCOMPARE(t.containerCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestThreader)
#include "tst_Threader.moc"
