// The compiled catalogues embedded in the GUI library: each language offered in Settings loads and
// translates, and a profile whose ui/language is "de" gets a main window in German.

#include "FakeBackend.h"
#include "StoreFixture.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QMenuBar>
#include <QSettings>
#include <QTest>
#include <QTranslator>

using namespace epistle;

namespace {

QStringList menuTitles(const QMainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

void removeTranslators()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { removeTranslators(); }

    void everyOfferedLanguageHasACatalogue_data()
    {
        QTest::addColumn<QString>("code");
        for (const auto &[code, name] : ui::SettingsDialog::languages()) {
            if (!code.isEmpty() && code != QLatin1String("en"))
                QTest::newRow(qPrintable(code)) << code;
        }
        QCOMPARE(ui::SettingsDialog::languages().size(), 7);
    }
    void everyOfferedLanguageHasACatalogue()
    {
        QFETCH(QString, code);
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral("epistle_") + code, QString::fromLatin1(ui::translationsDirectory)),
                 qPrintable(QStringLiteral("no epistle_%1.qm in %2").arg(code, QString::fromLatin1(ui::translationsDirectory))));
        QVERIFY(!translator.isEmpty());
        QCOMPARE(translator.language(), code);
        // Strings from the code (tr()), from a form (uic) and from a file-local context.
        const QString settings = translator.translate("epistle::ui::SettingsDialog", "System language");
        QVERIFY2(!settings.isEmpty(), "\"System language\" is not translated");
        QVERIFY2(!translator.translate("MainWindow", "Show only unread messages").isEmpty(), "a form's text is not translated");
        QVERIFY2(!translator.translate("epistle::ui::MainWindow", "&File").isEmpty(), "a menu title is not translated");
        QVERIFY2(!translator.translate("epistle::storage::Database", "it is not an SQLite database").isEmpty(),
                 "a storage error text is not translated");
    }

    void installsTheLanguageByName()
    {
        QVERIFY(ui::installTranslations(QStringLiteral("de")));
        QVERIFY(!QCoreApplication::translate("epistle::ui::SettingsDialog", "System language").isEmpty());
        QVERIFY(QCoreApplication::translate("epistle::ui::SettingsDialog", "System language") != QLatin1String("System language"));
        removeTranslators();
        QVERIFY(!ui::installTranslations(QStringLiteral("en"))); // the sources are English
    }

    void theMainWindowFollowsTheProfilesLanguage()
    {
        StoreFixture store;
        const qint64 account = store.addAccount(QStringLiteral("Work"), QStringLiteral("me@example.test"));
        store.addFolder(account, QStringLiteral("INBOX"), storage::FolderRole::Inbox);
        FakeBackend backend(store);
        core::Profile profile = core::Profile::fromDirectory(store.directory() + QStringLiteral("/profile"));
        QVERIFY(profile.ensureExists());

        QStringList english;
        {
            ui::MainWindow window(backend, profile);
            english = menuTitles(window);
        }
        QVERIFY(english.contains(QStringLiteral("&File")));

        profile.openSettings()->setValue(QStringLiteral("ui/language"), QStringLiteral("de"));
        QVERIFY(ui::installTranslations(profile));
        ui::MainWindow window(backend, profile);
        const QStringList german = menuTitles(window);
        QCOMPARE(german.size(), english.size());
        QVERIFY2(german != english, qPrintable(QStringLiteral("menus still English: ") + german.join(QLatin1Char(' '))));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_Translations.moc"
