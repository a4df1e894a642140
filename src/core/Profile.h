#pragma once

#include <QString>
#include <memory>

class QSettings;

namespace epistle::core {

// Where one user's state lives: settings, database, caches and logs, all below one folder.
// A non-default profile also gets its own keychain namespace, so tests, benchmarks and a
// second profile never see the default profile's passwords.
class Profile
{
public:
    static Profile defaultProfile();
    static Profile fromDirectory(const QString &directory);

    bool isDefault() const { return m_isDefault; }
    QString root() const { return m_root; }
    QString settingsFile() const;
    QString databaseFile() const;
    QString cacheDirectory() const;
    QString logDirectory() const;
    QString outboxDirectory() const; // messages waiting to be sent (storage::Outbox holds their paths)
    QString keychainService() const;

    // Creates the folder tree; on failure returns false and a user-readable reason.
    bool ensureExists(QString *error = nullptr) const;
    std::unique_ptr<QSettings> openSettings() const;

private:
    Profile(QString root, bool isDefault);

    QString m_root;
    bool m_isDefault = false;
};

} // namespace epistle::core
