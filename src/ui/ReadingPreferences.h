#pragma once

#include <QSettings>
#include <QStringList>

namespace epistle::ui {

// How messages are shown, kept in the profile's settings under "reading/".
struct ReadingPreferences
{
    enum class RemoteContent { Ask, Always };

    bool preferPlainText = false;
    RemoteContent remoteContent = RemoteContent::Ask;
    QStringList trustedSenders; // addresses whose remote content always loads (lower case)
    int markReadDelayMs = 2000; // -1: never mark automatically

    bool loadsRemoteFor(const QString &senderAddress) const;
    static ReadingPreferences load(QSettings &settings);
    void save(QSettings &settings) const;
};

} // namespace epistle::ui
