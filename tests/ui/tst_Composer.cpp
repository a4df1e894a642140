#include "FakeBackend.h"
#include "StoreFixture.h"
#include "mime/MessageParser.h"
#include "ui/AddressCompleter.h"
#include "ui/ComposerWindow.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QDropEvent>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace epistle;
using epistle::storage::FolderRole;

class TestComposer : public QObject
{
    Q_OBJECT

private:
    struct World
    {
        StoreFixture store;
        qint64 account = 0;
        std::unique_ptr<FakeBackend> backend;
        QTemporaryDir drafts;

        World()
        {
            account = store.addAccount(QStringLiteral("Work"), QStringLiteral("me@example.test"));
            const qint64 inbox = store.addFolder(account, QStringLiteral("INBOX"), FolderRole::Inbox);
            store.addNumbered(inbox, 1, 20);
            backend = std::make_unique<FakeBackend>(store);
        }
        ui::ComposerWindow *composer()
        {
            auto *c = new ui::ComposerWindow(backend.get(), store.path(), drafts.path());
            c->setAskOnClose(false);
            return c;
        }
    };

private Q_SLOTS:
    void attachmentByDropAndRichText()
    {
        World w;
        QPointer<ui::ComposerWindow> composer = w.composer();
        composer->show();
        QTemporaryDir files;
        const QString path = files.filePath(QStringLiteral("plan.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(3000, 'x'));
        file.close();

        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(composer, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(composer, &drop);
        QCOMPARE(composer->attachments().size(), 1);
        QCOMPARE(composer->attachments().first().fileName, QStringLiteral("plan.pdf"));
        auto *list = composer->findChild<QListWidget *>(QStringLiteral("attachmentList"));
        QVERIFY(list->item(0)->text().contains(QStringLiteral("plan.pdf")));
        QVERIFY(list->item(0)->text().contains(QLocale().formattedDataSize(3000, 1)));
        QVERIFY(composer->isModified());

        composer->findChild<QLineEdit *>(QStringLiteral("toEdit"))->setText(QStringLiteral("Ada <ada@example.test>"));
        composer->findChild<QLineEdit *>(QStringLiteral("subjectEdit"))->setText(QStringLiteral("Plan"));
        composer->setRichText(true);
        auto *body = composer->findChild<QTextEdit *>(QStringLiteral("bodyEdit"));
        body->setHtml(QStringLiteral("<p>The <b>plan</b> is attached.</p>"));
        mime::BuiltMessage built;
        QVERIFY(composer->buildMessage(&built, false, nullptr));
        const mime::Message m = mime::MessageParser().parse(built.data);
        QCOMPARE(m.body.contentType(), QStringLiteral("multipart/mixed"));
        QCOMPARE(m.body.children.front().contentType(), QStringLiteral("multipart/alternative"));
        QCOMPARE(m.attachments().size(), size_t(1));
        QCOMPARE(m.attachments().front()->filename, QStringLiteral("plan.pdf"));
        QCOMPARE(m.attachments().front()->decodedSize(), qint64(3000));

        composer->send();
        QCOMPARE(w.backend->sent.size(), 1);
        QTRY_VERIFY(!composer);
    }

    void autosavesLocallyAndKeepsBccInTheDraftOnly()
    {
        World w;
        ui::ComposerWindow *composer = w.composer();
        composer->findChild<QLineEdit *>(QStringLiteral("toEdit"))->setText(QStringLiteral("ada@example.test"));
        composer->findChild<QLineEdit *>(QStringLiteral("bccEdit"))->setText(QStringLiteral("boss@example.test"));
        composer->findChild<QTextEdit *>(QStringLiteral("bodyEdit"))->setPlainText(QStringLiteral("Draft text"));
        QVERIFY(composer->autosave());
        QFile saved(composer->autosavePath());
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const mime::Message draft = mime::MessageParser().parse(saved.readAll());
        QCOMPARE(draft.bcc.size(), 1);
        mime::BuiltMessage built;
        QVERIFY(composer->buildMessage(&built, false, nullptr));
        QVERIFY(!built.data.contains("boss@example.test"));
        QVERIFY(built.envelopeRecipients.contains(QStringLiteral("boss@example.test")));
        const QString autosaved = composer->autosavePath(); // the window deletes itself once queued
        composer->send();
        QCOMPARE(w.backend->sent.size(), 1);
        QTRY_VERIFY(!QFile::exists(autosaved));
    }

    void addressesAreCompletedFromTheStore()
    {
        World w;
        ui::ComposerWindow *composer = w.composer();
        QSignalSpy loaded(composer->addressCompleter(), &ui::AddressCompleter::loaded);
        QVERIFY(loaded.wait(5000));
        const QStringList addresses = composer->addressCompleter()->addresses();
        QCOMPARE(addresses.size(), 7);
        QVERIFY(addresses.contains(QStringLiteral("Ada Smith <adasmith@example.test>")));
        auto *to = composer->findChild<QLineEdit *>(QStringLiteral("toEdit"));
        to->setText(QStringLiteral("x@example.test, gra"));
        QCOMPARE(composer->addressCompleter()->splitPath(to->text()), QStringList{QStringLiteral("gra")});
        composer->addressCompleter()->setCompletionPrefix(QStringLiteral("gra"));
        QCOMPARE(composer->addressCompleter()->completionCount(), 1);
        QVERIFY(composer->addressCompleter()->setCurrentRow(0));
        // The completer hands pathFromIndex() indexes of its source model.
        const auto *proxy = qobject_cast<QAbstractProxyModel *>(composer->addressCompleter()->completionModel());
        QCOMPARE(composer->addressCompleter()->pathFromIndex(proxy->mapToSource(composer->addressCompleter()->currentIndex())),
                 QStringLiteral("x@example.test, Grace Chen <gracechen@example.test>"));
        delete composer;
    }

    void signatureAndMailto()
    {
        World w;
        storage::AccountStore accounts(w.store.db());
        storage::Identity identity = accounts.identities(w.account).first();
        identity.signature = QStringLiteral("Me\nExample Ltd");
        accounts.updateIdentity(identity);
        ui::ComposerWindow *composer = w.composer();
        composer->prefillFromMailto(QUrl(QStringLiteral("mailto:ada@example.test?subject=Hello%20there&cc=bob@example.test&body=Hi")));
        const mime::OutgoingMessage m = composer->outgoingMessage();
        QCOMPARE(m.to.first().email, QStringLiteral("ada@example.test"));
        QCOMPARE(m.cc.first().email, QStringLiteral("bob@example.test"));
        QCOMPARE(m.subject, QStringLiteral("Hello there"));
        QVERIFY(m.plainText.contains(QStringLiteral("\n-- \nMe\nExample Ltd")));
        QVERIFY(m.plainText.contains(QStringLiteral("Hi")));
        delete composer;
    }
};

QTEST_MAIN(TestComposer)
#include "tst_Composer.moc"
