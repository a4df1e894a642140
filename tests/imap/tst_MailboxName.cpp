#include "imap/MailboxName.h"
#include "imap/UidSet.h"

#include <QRandomGenerator>
#include <QTest>

using namespace epistle::imap;

class TestMailboxName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfcExamples()
    {
        const QString name = QStringLiteral("~peter/mail/\u53f0\u5317/\u65e5\u672c\u8a9e");
        QCOMPARE(MailboxName::encodeUtf7(name), QByteArray("~peter/mail/&U,BTFw-/&ZeVnLIqe-"));
        QCOMPARE(MailboxName::decodeUtf7("~peter/mail/&U,BTFw-/&ZeVnLIqe-"), std::optional<QString>(name));
        QCOMPARE(MailboxName::encodeUtf7(QStringLiteral("Tom & Jerry")), QByteArray("Tom &- Jerry"));
        QCOMPARE(*MailboxName::decodeUtf7("Tom &- Jerry"), QStringLiteral("Tom & Jerry"));
        QCOMPARE(MailboxName::encodeUtf7(QStringLiteral("Entw\u00fcrfe")), QByteArray("Entw&APw-rfe"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("ascii") << QStringLiteral("INBOX/Archive 2024");
        QTest::newRow("german") << QStringLiteral("Entw\u00fcrfe");
        QTest::newRow("mixed") << QStringLiteral("Entw\u00fcrfe/\u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac/\u65e5\u672c\u8a9e");
        QTest::newRow("ampersands") << QStringLiteral("&&a&\u00e9&");
        QTest::newRow("emoji") << QStringLiteral("Post \U0001F4EC box");
        QTest::newRow("one byte left") << QStringLiteral("\u00e9");
        QTest::newRow("two left") << QStringLiteral("\u00e9\u00e9");
        QTest::newRow("three") << QStringLiteral("\u00e9\u00e9\u00e9");
        QTest::newRow("tilde and slash") << QStringLiteral("~/a/b");
    }
    void roundTrip()
    {
        QFETCH(QString, name);
        const QByteArray encoded = MailboxName::encodeUtf7(name);
        for (char c : encoded)
            QVERIFY2(uchar(c) >= 0x20 && uchar(c) < 0x7f, encoded.constData());
        const auto decoded = MailboxName::decodeUtf7(encoded);
        QVERIFY2(decoded.has_value(), encoded.constData());
        QCOMPARE(*decoded, name);
        QCOMPARE(MailboxName::decode(MailboxName::encode(name, true), true), name);
    }

    void randomRoundTrip()
    {
        QRandomGenerator random(42);
        for (int i = 0; i < 2000; ++i) {
            QString name;
            const int length = random.bounded(12);
            for (int j = 0; j < length; ++j) {
                const int pick = random.bounded(4);
                if (pick == 0)
                    name += QChar(char16_t(0x20 + random.bounded(0x5f)));
                else if (pick == 1)
                    name += QLatin1Char('&');
                else if (pick == 2)
                    name += QChar(char16_t(0xa0 + random.bounded(0xd000 - 0xa0)));
                else
                    name += QString::fromUcs4(std::u32string(1, char32_t(0x10000 + random.bounded(0x1000))).data(), 1);
            }
            const QByteArray encoded = MailboxName::encodeUtf7(name);
            const auto decoded = MailboxName::decodeUtf7(encoded);
            QVERIFY2(decoded && *decoded == name, encoded.constData());
        }
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("unterminated") << QByteArray("&U,BTFw");
        QTest::newRow("lone ampersand at end") << QByteArray("abc&");
        QTest::newRow("bad base64 char") << QByteArray("&U/BTFw-");
        QTest::newRow("raw 8-bit") << QByteArray("Entw\xc3\xbc" "rfe");
        QTest::newRow("control") << QByteArray("a\tb");
        QTest::newRow("encoded ascii") << QByteArray("&AGE-");
        QTest::newRow("encoded ampersand") << QByteArray("&ACY-");
        QTest::newRow("odd byte count") << QByteArray("&AOk");
        QTest::newRow("odd byte count terminated") << QByteArray("&AOkA-");
        QTest::newRow("nonzero padding bits") << QByteArray("&AOl-");
        QTest::newRow("lone high surrogate") << QByteArray("&2D0-");
        QTest::newRow("lone low surrogate") << QByteArray("&3gA-");
        QTest::newRow("DEL") << QByteArray("a\x7f");
    }
    void rejectsMalformed()
    {
        QFETCH(QByteArray, encoded);
        QVERIFY(!MailboxName::decodeUtf7(encoded).has_value());
        // The lenient decoder still gives a name, so a misbehaving server's folder stays usable.
        (void)MailboxName::decode(encoded, false);
    }

    void inboxNormalised()
    {
        QCOMPARE(MailboxName::decode("inbox", false), QStringLiteral("INBOX"));
        QCOMPARE(MailboxName::decode("InBoX", true), QStringLiteral("INBOX"));
        QCOMPARE(MailboxName::decode("inbox/sub", false), QStringLiteral("inbox/sub"));
        QCOMPARE(MailboxName::decode("Entw\xc3\xbc" "rfe", false), QStringLiteral("Entw\u00fcrfe"));
    }

    void uidSets()
    {
        QCOMPARE(UidSet::parse("1:5,7,9:12")->toByteArray(), QByteArray("1:5,7,9:12"));
        QCOMPARE(UidSet::parse("5:1,3")->toByteArray(), QByteArray("1:5"));
        QCOMPARE(UidSet::parse("1:*", 40)->toByteArray(), QByteArray("1:40"));
        QCOMPARE(UidSet::parse("4,3,2,10")->toByteArray(), QByteArray("2:4,10"));
        QVERIFY(!UidSet::parse(""));
        QVERIFY(!UidSet::parse("1,"));
        QVERIFY(!UidSet::parse("a"));
        QVERIFY(!UidSet::parse("1::2"));
        QVERIFY(!UidSet::parse("99999999999"));
        const UidSet set = UidSet::fromList({9, 1, 2, 3, 5, 3});
        QCOMPARE(set.toByteArray(), QByteArray("1:3,5,9"));
        QCOMPARE(set.count(), quint64(5));
        QVERIFY(set.contains(2) && set.contains(9) && !set.contains(4) && !set.contains(10) && !set.contains(0));
        QCOMPARE(*set.toList(), (QList<quint32>{1, 2, 3, 5, 9}));
        QVERIFY(!UidSet::range(1, 0xffffffffu).toList(1000));
        UidSet built;
        for (quint32 uid = 1; uid < 2000; uid += 2)
            built.add(uid);
        const QList<UidSet> parts = built.split(100);
        QVERIFY(parts.size() > 1);
        quint64 total = 0;
        for (const UidSet &part : parts) {
            QVERIFY(part.toByteArray().size() <= 100);
            total += part.count();
        }
        QCOMPARE(total, built.count());
        built.addRange(0, 3000);
        QCOMPARE(built.toByteArray(), QByteArray("0:3000"));
    }
};

QTEST_GUILESS_MAIN(TestMailboxName)
#include "tst_MailboxName.moc"
