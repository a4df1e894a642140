#include "sync/FolderListSync.h"

#include "storage/Database.h"
#include "storage/Transaction.h"
#include "sync/FolderRoles.h"

#include <QSet>

namespace epistle::sync {

FolderListSync::FolderListSync(storage::Database &database, qint64 accountId)
    : m_database(database)
    , m_accountId(accountId)
{
}

void FolderListSync::run(imap::Session &session, StoreChanges *changes, Done done)
{
    imap::ListOptions all;
    auto *listJob = session.list(all);
    QObject::connect(listJob, &imap::Job::finished, listJob, [this, &session, changes, done, listJob](imap::Job *) {
        if (!listJob->succeeded()) {
            done(SyncError::fromImap(listJob->error()));
            return;
        }
        const QList<imap::ListData> mailboxes = listJob->result().mailboxes;
        imap::ListOptions subscribedOnly;
        subscribedOnly.subscribedOnly = true;
        auto *lsubJob = session.list(subscribedOnly);
        QObject::connect(lsubJob, &imap::Job::finished, lsubJob, [this, changes, done, mailboxes, lsubJob](imap::Job *) {
            if (!lsubJob->succeeded()) {
                done(SyncError::fromImap(lsubJob->error()));
                return;
            }
            try {
                apply(mailboxes, lsubJob->result().mailboxes, changes);
            } catch (const std::exception &error) {
                done(SyncError::fromException(error));
                return;
            }
            done(SyncError());
        });
    });
}

void FolderListSync::apply(const QList<imap::ListData> &all, const QList<imap::ListData> &subscribed, StoreChanges *changes)
{
    storage::FolderStore folders(m_database);
    QSet<QString> subscribedNames;
    for (const imap::ListData &entry : subscribed)
        subscribedNames.insert(entry.name);

    // A role the server declares for some folder is not guessed for another.
    QSet<storage::FolderRole> declared;
    for (const imap::ListData &entry : all) {
        const storage::FolderRole role = FolderRoles::fromSpecialUse(entry.specialUse());
        if (role != storage::FolderRole::None)
            declared.insert(role);
    }

    storage::Transaction transaction(m_database);
    QHash<QString, storage::Folder> existing;
    for (const storage::Folder &folder : folders.folders(m_accountId))
        existing.insert(folder.path, folder);

    QSet<QString> seen;
    QSet<storage::FolderRole> guessed;
    bool changed = false;
    for (const imap::ListData &entry : all) {
        if (entry.hasAttribute("\\NonExistent"))
            continue;
        storage::Folder folder;
        folder.accountId = m_accountId;
        folder.path = entry.name;
        folder.delimiter = entry.delimiter.isNull() ? QString() : QString(entry.delimiter);
        storage::FolderRole role = FolderRoles::fromSpecialUse(entry.specialUse());
        if (entry.name.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0) {
            role = storage::FolderRole::Inbox;
            folder.path = QStringLiteral("INBOX");
        } else if (role == storage::FolderRole::None) {
            const storage::FolderRole guess = FolderRoles::guessFromName(entry.name, folder.delimiter);
            if (guess != storage::FolderRole::None && !declared.contains(guess) && !guessed.contains(guess)) {
                role = guess;
                guessed.insert(guess);
            }
        }
        folder.role = role;
        folder.selectable = !entry.hasAttribute("\\Noselect");
        folder.subscribed = subscribedNames.contains(entry.name) || role == storage::FolderRole::Inbox;
        seen.insert(folder.path);

        const auto it = existing.constFind(folder.path);
        if (it == existing.cend()) {
            folders.upsert(folder);
            changed = true;
            continue;
        }
        if (it->role != folder.role || it->subscribed != folder.subscribed || it->selectable != folder.selectable
            || it->delimiter != folder.delimiter) {
            folders.upsert(folder);
            changed = true;
        }
    }
    for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
        if (!seen.contains(it.key())) {
            folders.remove(it->id);
            changes->reset.insert(it->id);
            changed = true;
        }
    }
    transaction.commit();
    if (changed)
        changes->accountsWithNewFolders.insert(m_accountId);
}

} // namespace epistle::sync
