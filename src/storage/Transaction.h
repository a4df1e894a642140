#pragma once

namespace epistle::storage {

class Database;

// RAII write transaction: rolls back unless commit() was called. Transactions nest: an inner
// one becomes a SAVEPOINT, so a repository call can run inside a caller's larger unit of work.
//
// Durability: the database runs with synchronous=NORMAL (in WAL mode a crash of the program never
// loses a committed transaction; an OS crash or power cut may lose the last ones, which for the
// cache are re-fetched from the server). A Durable transaction switches to synchronous=FULL so
// the commit is on disk before commit() returns; the outbox and the offline-operation queue use
// it, because the GUI reports those changes done. SQLite cannot change the sync level inside a
// transaction, so a Durable transaction nested in a non-durable one throws StorageError::Misuse:
// open the outer one as Durable.
class Transaction
{
public:
    enum class Durability { Normal, Durable };

    explicit Transaction(Database &db, Durability durability = Durability::Normal);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();
    void rollback();

private:
    void finishOuter();

    Database &m_db;
    int m_level = 0;
    bool m_active = false;
    bool m_durable = false;
};

} // namespace epistle::storage
