#pragma once

#include <QHash>
#include <QList>
#include <QSet>

namespace epistle::sync {

// What a piece of sync work changed in the store, collected so the worker can announce it in
// few signals (per folder, after the transaction that made the change committed).
struct StoreChanges
{
    QSet<qint64> accountsWithNewFolders; // folder list changed
    QHash<qint64, QList<qint64>> added;   // folder -> message keys
    QHash<qint64, QList<qint64>> removed;
    QHash<qint64, QList<qint64>> changed;
    QSet<qint64> reset;   // folders whose cache was dropped (UIDVALIDITY)
    QSet<qint64> counts;  // folders whose counts may have moved
    QHash<qint64, QList<qint64>> newMail; // Inbox folders: keys of mail that arrived (not first sync)

    bool isEmpty() const
    {
        return accountsWithNewFolders.isEmpty() && added.isEmpty() && removed.isEmpty() && changed.isEmpty() && reset.isEmpty()
               && counts.isEmpty() && newMail.isEmpty();
    }
    void clear() { *this = StoreChanges(); }
};

} // namespace epistle::sync
