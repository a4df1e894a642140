#include "core/Profile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace epistle::core {

Profile::Profile(QString root, bool isDefault)
    : m_root(std::move(root))
    , m_isDefault(isDefault)
{
}

Profile Profile::defaultProfile()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return Profile(QDir::cleanPath(base + QStringLiteral("/epistle/default")), true);
}

Profile Profile::fromDirectory(const QString &directory)
{
    return Profile(QDir::cleanPath(QFileInfo(directory).absoluteFilePath()), false);
}

QString Profile::settingsFile() const
{
    return m_root + QStringLiteral("/settings.ini");
}

QString Profile::databaseFile() const
{
    return m_root + QStringLiteral("/epistle.sqlite");
}

QString Profile::cacheDirectory() const
{
    return m_root + QStringLiteral("/cache");
}

QString Profile::logDirectory() const
{
    return m_root + QStringLiteral("/logs");
}

QString Profile::outboxDirectory() const
{
    return m_root + QStringLiteral("/outbox");
}

QString Profile::keychainService() const
{
    if (m_isDefault)
        return QStringLiteral("Epistle");
    // The path itself may be long or contain characters a keychain dislikes; a hash is stable.
    const QByteArray hash = QCryptographicHash::hash(m_root.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("Epistle profile ") + QString::fromLatin1(hash);
}

bool Profile::ensureExists(QString *error) const
{
    for (const QString &dir : {m_root, cacheDirectory(), logDirectory(), outboxDirectory()}) {
        if (!QDir().mkpath(dir)) {
            if (error)
                *error = QCoreApplication::translate("Profile", "Cannot create the profile folder %1").arg(dir);
            return false;
        }
    }
    return true;
}

std::unique_ptr<QSettings> Profile::openSettings() const
{
    return std::make_unique<QSettings>(settingsFile(), QSettings::IniFormat);
}

} // namespace epistle::core
