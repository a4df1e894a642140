#include "ui/ReadingPreferences.h"

namespace epistle::ui {

bool ReadingPreferences::loadsRemoteFor(const QString &senderAddress) const
{
    return remoteContent == RemoteContent::Always || trustedSenders.contains(senderAddress.toLower());
}

ReadingPreferences ReadingPreferences::load(QSettings &settings)
{
    ReadingPreferences p;
    settings.beginGroup(QStringLiteral("reading"));
    p.preferPlainText = settings.value(QStringLiteral("preferPlainText"), p.preferPlainText).toBool();
    p.remoteContent = settings.value(QStringLiteral("remoteContent")).toString() == QLatin1String("always")
                          ? RemoteContent::Always
                          : RemoteContent::Ask;
    p.trustedSenders = settings.value(QStringLiteral("trustedSenders")).toStringList();
    p.markReadDelayMs = settings.value(QStringLiteral("markReadDelayMs"), p.markReadDelayMs).toInt();
    settings.endGroup();
    return p;
}

void ReadingPreferences::save(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("reading"));
    settings.setValue(QStringLiteral("preferPlainText"), preferPlainText);
    settings.setValue(QStringLiteral("remoteContent"),
                      remoteContent == RemoteContent::Always ? QStringLiteral("always") : QStringLiteral("ask"));
    settings.setValue(QStringLiteral("trustedSenders"), trustedSenders);
    settings.setValue(QStringLiteral("markReadDelayMs"), markReadDelayMs);
    settings.endGroup();
}

} // namespace epistle::ui
