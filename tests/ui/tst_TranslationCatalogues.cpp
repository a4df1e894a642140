// Checks the catalogues in translations/ as a release would need them: every message translated,
// none vanished or obsolete, the catalogue equal to what lupdate makes from today's sources, and
// each translation keeping the source's placeholders and accelerator count.

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type; // "", "unfinished", "vanished" or "obsolete"
    QStringList translations; // one, or one per plural form
    QString key() const { return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment; }
    QString label() const { return context + QStringLiteral(": \"") + source + QLatin1Char('"'); }
};

QList<Message> readCatalogue(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s", qPrintable(path));
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{context, {}, {}, {}, {}};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            // Either text, or <numerusform> children.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    message.translations << xml.readElementText();
                else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            if (message.translations.isEmpty())
                message.translations << text;
            messages << message;
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QString sourceDir()
{
    return qEnvironmentVariable("EPISTLE_SOURCE_DIR");
}

QStringList catalogueNames()
{
    return QDir(sourceDir() + QStringLiteral("/translations")).entryList({QStringLiteral("epistle_*.ts")}, QDir::Files, QDir::Name);
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:[1-9]|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

// "&x" marks an accelerator; "&&" is a literal ampersand.
int accelerators(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&'))
            ++i;
        else if (!text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

QString listed(const QStringList &problems)
{
    const int shown = 15;
    QString text = problems.mid(0, shown).join(QStringLiteral("\n  "));
    if (problems.size() > shown)
        text += QStringLiteral("\n  ... and %1 more").arg(problems.size() - shown);
    return QStringLiteral("%1 problem(s):\n  ").arg(problems.size()) + text;
}

} // namespace

class TestTranslationCatalogues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!sourceDir().isEmpty(), "EPISTLE_SOURCE_DIR is not set");
        QVERIFY2(!catalogueNames().isEmpty(), "no translations/epistle_*.ts");
    }

    void everyMessageIsTranslated_data() { catalogues(); }
    void everyMessageIsTranslated()
    {
        QFETCH(QString, path);
        const QList<Message> messages = readCatalogue(path);
        QVERIFY(!messages.isEmpty());
        QStringList problems;
        for (const Message &m : messages) {
            if (!m.type.isEmpty())
                problems << m.type + QStringLiteral(" ") + m.label();
            else if (std::any_of(m.translations.cbegin(), m.translations.cend(), [](const QString &t) { return t.isEmpty(); }))
                problems << QStringLiteral("empty ") + m.label();
        }
        QVERIFY2(problems.isEmpty(), qPrintable(listed(problems)));
    }

    void placeholdersAndAcceleratorsAreKept_data() { catalogues(); }
    void placeholdersAndAcceleratorsAreKept()
    {
        QFETCH(QString, path);
        QStringList problems;
        for (const Message &m : readCatalogue(path)) {
            if (!m.type.isEmpty())
                continue; // reported by everyMessageIsTranslated
            const QSet<QString> wanted = placeholders(m.source);
            for (const QString &translation : m.translations) {
                const QSet<QString> missing = wanted - placeholders(translation);
                const QSet<QString> extra = placeholders(translation) - wanted;
                if (!missing.isEmpty() || !extra.isEmpty())
                    problems << QStringLiteral("placeholders %1 in %2 -> \"%3\"")
                                    .arg(QStringList((missing + extra).values()).join(QLatin1Char(',')), m.label(), translation);
                if (accelerators(translation) != accelerators(m.source))
                    problems << QStringLiteral("%1 accelerator(s) instead of %2 in %3 -> \"%4\"")
                                    .arg(accelerators(translation))
                                    .arg(accelerators(m.source))
                                    .arg(m.label(), translation);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(listed(problems)));
    }

    // lupdate on a copy (scripts/update-translations, the project's options) must neither add nor
    // remove a message: otherwise the catalogue was not regenerated after a source change.
    void cataloguesMatchTheSources()
    {
        QTemporaryDir copy;
        QVERIFY(copy.isValid());
        for (const QString &name : catalogueNames())
            QVERIFY(QFile::copy(sourceDir() + QStringLiteral("/translations/") + name, copy.filePath(name)));
        QProcess update;
        update.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        update.start(sourceDir() + QStringLiteral("/scripts/update-translations"), {copy.path()});
        QVERIFY2(update.waitForFinished(150000), "update-translations did not finish");
        QCOMPARE(update.exitStatus(), QProcess::NormalExit);
        QCOMPARE(update.exitCode(), 0);

        QStringList problems;
        for (const QString &name : catalogueNames()) {
            QMap<QString, QString> before;
            QMap<QString, QString> after;
            for (const Message &m : readCatalogue(sourceDir() + QStringLiteral("/translations/") + name))
                before.insert(m.key(), m.label());
            for (const Message &m : readCatalogue(copy.filePath(name)))
                after.insert(m.key(), m.label());
            for (auto it = after.cbegin(); it != after.cend(); ++it)
                if (!before.contains(it.key()))
                    problems << name + QStringLiteral(": missing ") + it.value();
            for (auto it = before.cbegin(); it != before.cend(); ++it)
                if (!after.contains(it.key()))
                    problems << name + QStringLiteral(": no longer in the sources ") + it.value();
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(listed(problems) + QStringLiteral("\nRun scripts/update-translations and translate the new messages.")));
    }

    void theCheckSeesProblems()
    {
        QCOMPARE(placeholders(QStringLiteral("%1 of %n, %2%")), (QSet<QString>{QStringLiteral("%1"), QStringLiteral("%n"), QStringLiteral("%2")}));
        QCOMPARE(accelerators(QStringLiteral("&File")), 1);
        QCOMPARE(accelerators(QStringLiteral("Q&&A && &Save")), 1);
        QCOMPARE(accelerators(QStringLiteral("a & b")), 0);
    }

private:
    void catalogues()
    {
        QTest::addColumn<QString>("path");
        for (const QString &name : catalogueNames())
            QTest::newRow(qPrintable(name)) << sourceDir() + QStringLiteral("/translations/") + name;
    }
};

QTEST_GUILESS_MAIN(TestTranslationCatalogues)
#include "tst_TranslationCatalogues.moc"
