#include "storage/Transaction.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace epistle::storage {

namespace {
// Translation context of this file (lupdate reads it; plain tr() has no context in free functions).
struct TransactionText {
    Q_DECLARE_TR_FUNCTIONS(epistle::storage::Transaction)
};
} // namespace

Transaction::Transaction(Database &db, Durability durability)
    : m_db(db)
    , m_durable(durability == Durability::Durable)
{
    if (m_db.m_transactionDepth == 0) {
        if (m_durable)
            m_db.execute(QStringLiteral("PRAGMA synchronous=FULL"), TransactionText::tr("requesting a durable commit"));
        try {
            m_db.execute(QStringLiteral("BEGIN IMMEDIATE"), TransactionText::tr("starting a transaction"));
        } catch (...) {
            if (m_durable)
                QSqlQuery(m_db.connection()).exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
            throw;
        }
        m_db.m_outerDurable = m_durable;
    } else {
        if (m_durable && !m_db.m_outerDurable) {
            throw StorageError(StorageError::Kind::Misuse,
                               TransactionText::tr("Internal error: a durable change was nested in a non-durable transaction."));
        }
        m_db.execute(QStringLiteral("SAVEPOINT sp%1").arg(m_db.m_transactionDepth), TransactionText::tr("starting a savepoint"));
    }
    m_level = ++m_db.m_transactionDepth;
    m_active = true;
}

Transaction::~Transaction()
{
    if (m_active) {
        try {
            rollback();
        } catch (...) {
            // A destructor must not throw; the connection's next statement will report the problem.
        }
    }
}

void Transaction::commit()
{
    if (!m_active) {
        throw StorageError(StorageError::Kind::Misuse, TransactionText::tr("Internal error: a transaction was committed twice."));
    }
    if (m_level != m_db.m_transactionDepth) {
        throw StorageError(StorageError::Kind::Misuse,
                           TransactionText::tr("Internal error: a transaction was committed before its inner one."));
    }
    if (m_level == 1) {
        m_db.execute(QStringLiteral("COMMIT"), TransactionText::tr("committing a transaction"));
        finishOuter();
        m_db.m_rollbackHooks.clear();
    } else {
        m_db.execute(QStringLiteral("RELEASE sp%1").arg(m_level - 1), TransactionText::tr("releasing a savepoint"));
        for (auto &hook : m_db.m_rollbackHooks) {
            if (hook.first == m_level)
                hook.first = m_level - 1; // now undone only if the outer transaction is
        }
    }
    m_active = false;
    --m_db.m_transactionDepth;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    --m_db.m_transactionDepth;
    std::vector<std::function<void()>> hooks;
    auto &all = m_db.m_rollbackHooks;
    for (auto it = all.begin(); it != all.end();) {
        if (it->first >= m_level) {
            hooks.push_back(std::move(it->second));
            it = all.erase(it);
        } else {
            ++it;
        }
    }
    QSqlQuery query(m_db.connection());
    if (m_level == 1) {
        // Fails harmlessly if SQLite already rolled back on its own (e.g. after SQLITE_FULL).
        query.exec(QStringLiteral("ROLLBACK"));
        finishOuter();
    } else {
        query.exec(QStringLiteral("ROLLBACK TO sp%1").arg(m_level - 1));
        query.exec(QStringLiteral("RELEASE sp%1").arg(m_level - 1));
    }
    for (auto &hook : hooks)
        hook();
}

void Transaction::finishOuter()
{
    if (m_db.m_outerDurable) {
        m_db.m_outerDurable = false;
        QSqlQuery(m_db.connection()).exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    }
}

} // namespace epistle::storage
