// Inputs found by the fuzzers (tests/fuzz/mime) and other hostile inputs, kept under
// tests/data/mime/regressions: every one must go through the whole read path without a crash
// (the ASan build turns any memory error into a failure).

#include "TestData.h"

#include "mime/CidResolver.h"
#include "mime/DisplayText.h"
#include "mime/HtmlSanitizer.h"
#include "mime/HtmlToText.h"
#include "mime/MessageParser.h"

#include <QDir>
#include <QtTest>

using namespace epistle::mime;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyInput_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(mimeDataPath(QStringLiteral("regressions")));
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void everyInput()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();

        const Message message = MessageParser().parse(bytes);
        for (BodyPreference preference : {BodyPreference::Html, BodyPreference::Plain}) {
            const DisplayText text = DisplayText::select(message, preference);
            if (text.isHtml()) {
                const SanitizedHtml clean = HtmlSanitizer().sanitize(text.text);
                QVERIFY(!clean.html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
                CidResolver(message).embedImages(clean.html);
                HtmlToText::convert(text.text);
            }
        }
        for (const Part *part : message.leafParts())
            part->decodedSize();

        // The same bytes as HTML.
        const QString asHtml = QString::fromUtf8(bytes);
        const SanitizedHtml clean = HtmlSanitizer().sanitize(asHtml);
        QVERIFY(!clean.html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        HtmlToText::convert(asHtml);
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_FuzzRegressions.moc"
