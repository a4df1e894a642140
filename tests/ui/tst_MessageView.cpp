#include "FakeBackend.h"
#include "StoreFixture.h"
#include "mime/MessageParser.h"
#include "ui/MessageView.h"
#include "ui/PlainTextRenderer.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace epistle;

namespace {

// An HTML message with a remote image, an inline (cid:) image and a PDF attachment.
QByteArray htmlMessage()
{
    static const char png[] = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
    return QByteArray("From: Shop <news@shop.example>\r\nTo: me@example.test\r\nSubject: Offers\r\n"
                      "Message-ID: <offer@shop.example>\r\nMIME-Version: 1.0\r\n"
                      "Content-Type: multipart/mixed; boundary=outer\r\n\r\n"
                      "--outer\r\nContent-Type: multipart/related; boundary=rel\r\n\r\n"
                      "--rel\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
                      "<p>Hello <img src=\"https://tracker.example/pixel.gif\"> <img src=\"cid:logo@shop\">"
                      "<script>alert(1)</script><a href=\"https://shop.example/\">shop</a></p>\r\n"
                      "--rel\r\nContent-Type: image/png\r\nContent-ID: <logo@shop>\r\nContent-Transfer-Encoding: base64\r\n\r\n") +
           QByteArray(png) +
           QByteArray("\r\n--rel--\r\n"
                      "--outer\r\nContent-Type: application/pdf; name=\"prices.pdf\"\r\n"
                      "Content-Disposition: attachment; filename=\"prices.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                      "JVBERi0xLjQK\r\n--outer--\r\n");
}

} // namespace

class TestMessageView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void htmlIsSanitizedAndRemoteContentBlocked()
    {
        ui::MessageView view(nullptr);
        const QByteArray source = htmlMessage();
        view.showParsed(mime::MessageParser().parse(source), source, 7);
        QVERIFY(view.remoteContentBlocked());
        QVERIFY(!view.bodyHtml().contains(QStringLiteral("tracker.example")));
        QVERIFY(!view.bodyHtml().contains(QStringLiteral("<script")));
        QVERIFY(view.bodyHtml().contains(QStringLiteral("cid:logo@shop")));
        auto *body = view.findChild<QTextBrowser *>(QStringLiteral("body"));
        const QVariant logo = body->document()->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("cid:logo@shop")));
        QVERIFY(logo.isValid());
        QCOMPARE(view.attachmentNames(), QStringList{QStringLiteral("prices.pdf")});
        QVERIFY(view.findChild<QWidget *>(QStringLiteral("remoteBar"))->isVisibleTo(&view));

        QSignalSpy changed(&view, &ui::MessageView::preferencesChanged);
        view.findChild<QPushButton *>(QStringLiteral("alwaysRemoteButton"))->click();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(view.preferences().trustedSenders, QStringList{QStringLiteral("news@shop.example")});
        QVERIFY(!view.remoteContentBlocked());
        QVERIFY(view.bodyHtml().contains(QStringLiteral("tracker.example")));
        QVERIFY(!view.findChild<QWidget *>(QStringLiteral("remoteBar"))->isVisibleTo(&view));
    }

    void plainPreferenceAndPlainRendering()
    {
        QCOMPARE(ui::PlainTextRenderer::quoteDepth(u"> > deep"), 2);
        QCOMPARE(ui::PlainTextRenderer::quoteDepth(u"no quote > here"), 0);
        const QString html = ui::PlainTextRenderer::toHtml(QStringLiteral("See https://example.org/a?b=1&c=2.\n> quoted <b>\n>> older"));
        QVERIFY(html.contains(QStringLiteral("<a href=\"https://example.org/a?b=1&amp;c=2\">https://example.org/a?b=1&amp;c=2</a>.")));
        QVERIFY(html.contains(QStringLiteral("<span style=\"color:#2e6bb0;\">&gt; quoted &lt;b&gt;</span>")));
        QVERIFY(html.contains(QStringLiteral("<span style=\"color:#3a8a3a;\">&gt;&gt; older</span>")));

        ui::MessageView view(nullptr);
        ui::ReadingPreferences prefs;
        prefs.preferPlainText = true;
        view.setPreferences(prefs);
        const QByteArray source("From: a@example.test\r\nSubject: Both\r\nMIME-Version: 1.0\r\n"
                                "Content-Type: multipart/alternative; boundary=b\r\n\r\n"
                                "--b\r\nContent-Type: text/plain\r\n\r\nPlain version\r\n> quoted\r\n"
                                "--b\r\nContent-Type: text/html\r\n\r\n<p>HTML version</p>\r\n--b--\r\n");
        view.showParsed(mime::MessageParser().parse(source), source);
        QVERIFY(view.bodyHtml().contains(QStringLiteral("Plain version")));
        QVERIFY(view.bodyHtml().contains(QStringLiteral("color:#2e6bb0;")));
        prefs.preferPlainText = false;
        view.setPreferences(prefs);
        QVERIFY(view.bodyHtml().contains(QStringLiteral("HTML version")));
        QVERIFY(!view.remoteContentBlocked());
    }

    void fetchesThroughTheBackend()
    {
        StoreFixture store;
        FakeBackend backend(store);
        backend.sources.insert(5, htmlMessage());
        ui::MessageView view(&backend);
        QSignalSpy shown(&view, &ui::MessageView::messageShown);
        view.showMessage(5);
        QVERIFY(shown.wait(2000));
        QCOMPARE(view.message()->subject, QStringLiteral("Offers"));
        QSignalSpy failed(&view, &ui::MessageView::loadFailed);
        view.showMessage(6);
        QVERIFY(failed.wait(2000));
        QVERIFY(view.findChild<QTextBrowser *>(QStringLiteral("body"))->toPlainText().contains(QStringLiteral("unreachable")));
    }

    void attachmentLeftOutIsFetchedWhenOpened()
    {
        StoreFixture store;
        FakeBackend backend(store);
        const QByteArray whole = htmlMessage();
        // What the engine gives for a large message: the PDF's header without its content.
        QByteArray partial = whole;
        partial.replace("application/pdf; name=\"prices.pdf\"", "application/pdf; name=\"prices.pdf\";\r\n x-epistle-omitted=4000000");
        partial.replace("JVBERi0xLjQK\r\n", "");
        backend.sources.insert(5, partial);
        backend.wholeSources.insert(5, whole);
        ui::MessageView view(&backend);
        QSignalSpy shown(&view, &ui::MessageView::messageShown);
        QSignalSpy started(&view, &ui::MessageView::taskStarted);
        view.showMessage(5);
        QVERIFY(shown.wait(2000));
        QCOMPARE(view.attachmentNames(), QStringList{QStringLiteral("prices.pdf")});
        QVERIFY(ui::MessageView::isOmitted(*view.message()->attachments().front()));
        // The button gives the size the attachment will have (base64: three bytes in four).
        auto *button = view.findChild<QToolButton *>();
        QVERIFY(button);
        QVERIFY2(button->text().contains(QLocale().formattedDataSize(3000000, 1)), qPrintable(button->text()));

        QByteArray content;
        bool called = false;
        const QString path = view.message()->attachments().front()->path;
        view.withAttachment(path, [&](const mime::Part *part) {
            called = true;
            if (part)
                content = part->decodedContent();
        });
        QTRY_VERIFY(called);
        QCOMPARE(content, QByteArray("%PDF-1.4\n"));
        QCOMPARE(backend.fetches.last(), (QPair<qint64, sync::MessageContent>(5, sync::MessageContent::Whole)));
        QCOMPARE(started.size(), 1);
        QCOMPARE(view.source(), whole);
        // Now whole: no second fetch.
        const int fetches = int(backend.fetches.size());
        called = false;
        view.withAttachment(path, [&](const mime::Part *part) { called = part != nullptr; });
        QVERIFY(called);
        QCOMPARE(int(backend.fetches.size()), fetches);
    }

    void attachmentThatCannotBeFetchedSaysSo()
    {
        StoreFixture store;
        FakeBackend backend(store);
        QByteArray partial = htmlMessage();
        partial.replace("application/pdf; name=\"prices.pdf\"", "application/pdf; name=\"prices.pdf\"; x-epistle-omitted=12");
        backend.sources.insert(5, partial);
        backend.wholeSources.clear();
        backend.sources.remove(6);
        ui::MessageView view(&backend);
        QSignalSpy shown(&view, &ui::MessageView::messageShown);
        view.showMessage(5);
        QVERIFY(shown.wait(2000));
        backend.sources.remove(5); // the server is gone now
        bool called = false;
        const mime::Part *given = reinterpret_cast<const mime::Part *>(1);
        QTimer::singleShot(300, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->accept();
        });
        view.withAttachment(view.message()->attachments().front()->path, [&](const mime::Part *part) {
            called = true;
            given = part;
        });
        QTRY_VERIFY(called);
        QCOMPARE(given, nullptr);
    }
};

QTEST_MAIN(TestMessageView)
#include "tst_MessageView.moc"
