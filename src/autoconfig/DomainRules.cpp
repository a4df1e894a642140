#include "autoconfig/DomainRules.h"

#include <QStringList>
#include <QUrl>

namespace epistle::autoconfig::DomainRules {

namespace {

QString normalised(QString name)
{
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return QString::fromLatin1(QUrl::toAce(name.toLower()));
}

} // namespace

bool isWithin(const QString &host, const QString &domain)
{
    const QString h = normalised(host);
    const QString d = normalised(domain);
    if (h.isEmpty() || d.isEmpty())
        return false;
    return h == d || h.endsWith(QLatin1Char('.') + d);
}

QString baseDomain(const QString &host)
{
    static const QStringList secondLevels{QStringLiteral("co"),  QStringLiteral("com"), QStringLiteral("net"),
                                          QStringLiteral("org"), QStringLiteral("ac"),  QStringLiteral("gov"),
                                          QStringLiteral("edu"), QStringLiteral("ne"),  QStringLiteral("or")};
    const QStringList labels = normalised(host).split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (labels.size() <= 2)
        return labels.join(QLatin1Char('.'));
    const bool twoLevelSuffix = labels.last().size() == 2 && secondLevels.contains(labels.at(labels.size() - 2));
    return labels.mid(labels.size() - (twoLevelSuffix ? 3 : 2)).join(QLatin1Char('.'));
}

QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == address.size() - 1)
        return {};
    const QString domain = normalised(address.mid(at + 1).trimmed());
    if (domain.isEmpty() || domain.contains(QLatin1Char(' ')) || domain.startsWith(QLatin1Char('.')))
        return {};
    return domain;
}

QString localPartOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at <= 0 ? QString() : address.left(at).trimmed();
}

} // namespace epistle::autoconfig::DomainRules
