#include "ui/Translations.h"

#include "ui/Resources.h"

#include "core/Profile.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace epistle::ui {

namespace {

bool install(const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), directory) && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

} // namespace

bool installTranslations(const QString &language)
{
    initResources();
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    install(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return install(locale, QStringLiteral("epistle"), QString::fromLatin1(translationsDirectory));
}

bool installTranslations(const core::Profile &profile)
{
    const std::unique_ptr<QSettings> settings = profile.openSettings();
    return installTranslations(settings->value(QStringLiteral("ui/language")).toString());
}

} // namespace epistle::ui
