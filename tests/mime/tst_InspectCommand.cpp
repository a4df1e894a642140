// `epistle inspect` run as a process on corpus files; its JSON checked.

#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Result runInspect(const QStringList &arguments, const QByteArray &input = {})
{
    QTemporaryDir profile;
    QProcess process;
    process.setProgram(QStringLiteral(EPISTLE_BINARY));
    process.setArguments(QStringList{QStringLiteral("--profile"), profile.path(), QStringLiteral("inspect")} + arguments);
    process.start();
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QJsonObject json(const Result &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "invalid JSON:" << error.errorString() << r.out.left(500);
    return doc.object();
}

} // namespace

class TestInspectCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nestedMessage()
    {
        const Result r = runInspect({mimeDataPath(QStringLiteral("corpus/nested-multipart.eml"))});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = json(r);
        QCOMPARE(o.value(QStringLiteral("subject")).toString(), QStringLiteral("Nested parts"));
        QCOMPARE(o.value(QStringLiteral("date")).toString(), QStringLiteral("2026-03-03T10:15:00+01:00"));
        QCOMPARE(o.value(QStringLiteral("from")).toArray().at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Alice Example"));
        const QJsonObject body = o.value(QStringLiteral("body")).toObject();
        QCOMPARE(body.value(QStringLiteral("contentType")).toString(), QStringLiteral("multipart/mixed"));
        const QJsonObject image = body.value(QStringLiteral("children")).toArray().at(0).toObject()
                                      .value(QStringLiteral("children")).toArray().at(1).toObject()
                                      .value(QStringLiteral("children")).toArray().at(1).toObject();
        QCOMPARE(image.value(QStringLiteral("path")).toString(), QStringLiteral("1.2.2"));
        QCOMPARE(image.value(QStringLiteral("contentId")).toString(), QStringLiteral("logo@example.test"));
        QCOMPARE(image.value(QStringLiteral("transferEncoding")).toString(), QStringLiteral("base64"));
        QCOMPARE(image.value(QStringLiteral("size")).toInt(), 70);
        const QJsonObject display = o.value(QStringLiteral("display")).toObject();
        QCOMPARE(display.value(QStringLiteral("format")).toString(), QStringLiteral("html"));
        QCOMPARE(display.value(QStringLiteral("part")).toString(), QStringLiteral("1.2.1"));
        QCOMPARE(display.value(QStringLiteral("cidReferences")).toArray().at(0).toObject().value(QStringLiteral("part")).toString(),
                 QStringLiteral("1.2.2"));
        const QJsonArray attachments = o.value(QStringLiteral("attachments")).toArray();
        QCOMPARE(attachments.size(), 2);
        QCOMPARE(attachments.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("report.pdf"));
        QCOMPARE(attachments.at(0).toObject().value(QStringLiteral("contentType")).toString(), QStringLiteral("application/pdf"));
        QCOMPARE(attachments.at(0).toObject().value(QStringLiteral("size")).toInt(), 21);
        QCOMPARE(o.value(QStringLiteral("remoteResourcesBlocked")).toInt(), 0);
    }

    void preferPlain()
    {
        const Result r = runInspect({QStringLiteral("--prefer-plain"), mimeDataPath(QStringLiteral("corpus/nested-multipart.eml"))});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject display = json(r).value(QStringLiteral("display")).toObject();
        QCOMPARE(display.value(QStringLiteral("format")).toString(), QStringLiteral("plain"));
        QCOMPARE(display.value(QStringLiteral("text")).toString(), QStringLiteral("Plain version."));
    }

    void hostileHtmlCountsBlocked()
    {
        const Result r = runInspect({mimeDataPath(QStringLiteral("corpus/html-hostile.eml"))});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = json(r);
        QCOMPARE(o.value(QStringLiteral("remoteResourcesBlocked")).toInt(), 2);
        QVERIFY(!o.value(QStringLiteral("display")).toObject().value(QStringLiteral("text")).toString().contains(QStringLiteral("<script")));
        const Result allowed = runInspect({QStringLiteral("--allow-remote"), mimeDataPath(QStringLiteral("corpus/html-hostile.eml"))});
        QCOMPARE(json(allowed).value(QStringLiteral("remoteResourcesBlocked")).toInt(), 0);
    }

    void standardInput()
    {
        const Result r = runInspect({QStringLiteral("--compact"), QStringLiteral("-")},
                                    readMimeData(QStringLiteral("corpus/rfc2231-filenames.eml")));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count('\n'), 1);
        const QJsonArray attachments = json(r).value(QStringLiteral("attachments")).toArray();
        QCOMPARE(attachments.size(), 5);
        QCOMPARE(attachments.at(2).toObject().value(QStringLiteral("filename")).toString(), QStringLiteral("報告書_二〇二六年_最終版.docx"));
    }

    void brokenMimeStillProducesOutput()
    {
        const Result r = runInspect({mimeDataPath(QStringLiteral("corpus/deep-nesting.eml"))});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray warnings = json(r).value(QStringLiteral("warnings")).toArray();
        QVERIFY(!warnings.isEmpty());
        const Result empty = runInspect({mimeDataPath(QStringLiteral("corpus/empty.eml"))});
        QCOMPARE(empty.exitCode, 0);
        QVERIFY(!json(empty).value(QStringLiteral("warnings")).toArray().isEmpty());
    }

    void expectedJson()
    {
        // The whole output for a small message, against a file kept with the corpus.
        const Result r = runInspect({mimeDataPath(QStringLiteral("corpus/addresses.eml"))});
        QCOMPARE(r.exitCode, 0);
        const QJsonDocument expected = QJsonDocument::fromJson(readMimeData(QStringLiteral("expected/addresses.json")));
        QVERIFY(expected.isObject());
        QCOMPARE(json(r), expected.object());
    }

    void unreadableInput()
    {
        const Result missing = runInspect({QStringLiteral("/nonexistent/message.eml")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.out.isEmpty());
        QVERIFY(missing.err.contains("/nonexistent/message.eml"));
        QTemporaryDir dir;
        const Result directory = runInspect({dir.path()});
        QCOMPARE(directory.exitCode, 1);
    }

    void usageErrorsAndHelp()
    {
        QCOMPARE(runInspect({}).exitCode, 2);
        QCOMPARE(runInspect({QStringLiteral("--no-such-option"), QStringLiteral("x")}).exitCode, 2);
        QCOMPARE(runInspect({QStringLiteral("--prefer-plain"), QStringLiteral("--prefer-html"), QStringLiteral("x")}).exitCode, 2);
        const Result help = runInspect({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--prefer-plain"));
        QVERIFY(help.out.contains("--prefer-html"));
    }
};

QTEST_GUILESS_MAIN(TestInspectCommand)
#include "tst_InspectCommand.moc"
