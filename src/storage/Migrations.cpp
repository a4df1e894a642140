#include "storage/Migrations.h"

namespace epistle::storage {

namespace {

QList<Migration> buildMigrations()
{
    QList<Migration> list;

    list.append({1, QStringLiteral("accounts, identities and folders"), {
        // Secrets never live here: passwords and tokens are in the system keychain.
        QStringLiteral(R"(CREATE TABLE accounts (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            protocol TEXT NOT NULL CHECK (protocol IN ('imap', 'pop3')),
            incoming_host TEXT NOT NULL DEFAULT '',
            incoming_port INTEGER NOT NULL DEFAULT 0,
            incoming_security TEXT NOT NULL DEFAULT '',
            incoming_username TEXT NOT NULL DEFAULT '',
            incoming_auth TEXT NOT NULL DEFAULT '',
            outgoing_host TEXT NOT NULL DEFAULT '',
            outgoing_port INTEGER NOT NULL DEFAULT 0,
            outgoing_security TEXT NOT NULL DEFAULT '',
            outgoing_username TEXT NOT NULL DEFAULT '',
            outgoing_auth TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            enabled INTEGER NOT NULL DEFAULT 1,
            created INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE identities (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            name TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL,
            reply_to TEXT NOT NULL DEFAULT '',
            signature TEXT NOT NULL DEFAULT '',
            is_default INTEGER NOT NULL DEFAULT 0,
            position INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX identities_by_account ON identities(account_id, position)"),
        QStringLiteral(R"(CREATE TABLE folders (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            path TEXT NOT NULL,
            delimiter TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT '',
            subscribed INTEGER NOT NULL DEFAULT 1,
            selectable INTEGER NOT NULL DEFAULT 1,
            uidvalidity INTEGER NOT NULL DEFAULT 0,
            uidnext INTEGER NOT NULL DEFAULT 0,
            highestmodseq INTEGER NOT NULL DEFAULT 0,
            message_count INTEGER NOT NULL DEFAULT 0,
            unread_count INTEGER NOT NULL DEFAULT 0,
            UNIQUE (account_id, path)))"),
    }});

    list.append({2, QStringLiteral("message summaries"), {
        // Dates are seconds since the epoch (UTC); date_offset keeps the sender's zone in seconds.
        // sort_* columns are derived by MessageStore so the list sorts through an index.
        QStringLiteral(R"(CREATE TABLE messages (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            folder_id INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
            uid INTEGER NOT NULL,
            modseq INTEGER NOT NULL DEFAULT 0,
            flags INTEGER NOT NULL DEFAULT 0,
            keywords TEXT NOT NULL DEFAULT '',
            internal_date INTEGER,
            size INTEGER NOT NULL DEFAULT 0,
            date INTEGER,
            date_offset INTEGER NOT NULL DEFAULT 0,
            sort_date INTEGER NOT NULL DEFAULT 0,
            subject TEXT NOT NULL DEFAULT '',
            sort_subject TEXT NOT NULL DEFAULT '',
            from_name TEXT NOT NULL DEFAULT '',
            from_address TEXT NOT NULL DEFAULT '',
            sort_from TEXT NOT NULL DEFAULT '',
            to_list TEXT NOT NULL DEFAULT '',
            cc_list TEXT NOT NULL DEFAULT '',
            message_id TEXT NOT NULL DEFAULT '',
            in_reply_to TEXT NOT NULL DEFAULT '',
            refs TEXT NOT NULL DEFAULT '',
            has_attachments INTEGER NOT NULL DEFAULT 0,
            preview TEXT NOT NULL DEFAULT '',
            thread_id INTEGER NOT NULL DEFAULT 0,
            UNIQUE (folder_id, uid)))"),
        QStringLiteral("CREATE INDEX messages_by_date ON messages(folder_id, sort_date)"),
        QStringLiteral("CREATE INDEX messages_by_subject ON messages(folder_id, sort_subject, sort_date)"),
        QStringLiteral("CREATE INDEX messages_by_from ON messages(folder_id, sort_from, sort_date)"),
        QStringLiteral("CREATE INDEX messages_by_size ON messages(folder_id, size)"),
        // Flag bits: 1 = \Seen, 4 = \Flagged (MessageFlag); list queries repeat these exact terms.
        QStringLiteral("CREATE INDEX messages_unread ON messages(folder_id, sort_date) WHERE (flags & 1) = 0"),
        QStringLiteral("CREATE INDEX messages_flagged ON messages(folder_id, sort_date) WHERE (flags & 4) <> 0"),
        QStringLiteral("CREATE INDEX messages_by_thread ON messages(thread_id, sort_date)"),
    }});

    list.append({3, QStringLiteral("body and part cache"), {
        // part '' is the whole raw message, otherwise an IMAP part specifier such as '1.2'.
        QStringLiteral(R"(CREATE TABLE body_parts (
            id INTEGER PRIMARY KEY,
            message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
            part TEXT NOT NULL,
            data BLOB NOT NULL,
            size INTEGER NOT NULL,
            last_read INTEGER NOT NULL,
            UNIQUE (message_id, part)))"),
        QStringLiteral("CREATE INDEX body_parts_lru ON body_parts(last_read)"),
        QStringLiteral("CREATE TABLE body_cache_usage (id INTEGER PRIMARY KEY CHECK (id = 1), total INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO body_cache_usage (id, total) VALUES (1, 0)"),
        QStringLiteral("CREATE TRIGGER body_parts_added AFTER INSERT ON body_parts BEGIN "
                       "UPDATE body_cache_usage SET total = total + NEW.size WHERE id = 1; END"),
        QStringLiteral("CREATE TRIGGER body_parts_removed AFTER DELETE ON body_parts BEGIN "
                       "UPDATE body_cache_usage SET total = total - OLD.size WHERE id = 1; END"),
        QStringLiteral("CREATE TRIGGER body_parts_resized AFTER UPDATE OF size ON body_parts BEGIN "
                       "UPDATE body_cache_usage SET total = total - OLD.size + NEW.size WHERE id = 1; END"),
    }});

    list.append({4, QStringLiteral("full-text search"), {
        // External-content FTS5: message_text holds the indexed text once. Inserts and updates
        // reach the index through SearchIndex/MessageStore as single-row statements, not triggers:
        // SQLite 3.40's FTS5 flushes its pending data at every statement savepoint, which a
        // trigger forces on each row and made indexing ten times slower. Deletes keep a trigger so
        // that rows cascaded away with their message (or folder, or account) leave the index.
        QStringLiteral(R"(CREATE TABLE message_text (
            message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
            subject TEXT NOT NULL DEFAULT '',
            addresses TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE VIRTUAL TABLE message_search USING fts5(subject, addresses, body, "
                       "content='message_text', content_rowid='message_id', "
                       "tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TRIGGER message_text_removed AFTER DELETE ON message_text BEGIN "
                       "INSERT INTO message_search (message_search, rowid, subject, addresses, body) "
                       "VALUES ('delete', OLD.message_id, OLD.subject, OLD.addresses, OLD.body); END"),
        // Summaries stored before this version become searchable by subject and addresses.
        QStringLiteral("INSERT INTO message_text (message_id, subject, addresses) "
                       "SELECT id, subject, from_name || ' ' || from_address || ' ' || to_list || ' ' || cc_list "
                       "FROM messages"),
        QStringLiteral("INSERT INTO message_search (message_search) VALUES ('rebuild')"),
    }});

    list.append({5, QStringLiteral("outbox"), {
        // The envelope is kept apart from the bytes: Bcc recipients are never in the message itself.
        QStringLiteral(R"(CREATE TABLE outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            sender TEXT NOT NULL,
            recipients TEXT NOT NULL,
            message BLOB,
            message_path TEXT,
            state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sending', 'failed')),
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT NOT NULL DEFAULT '',
            next_attempt INTEGER NOT NULL DEFAULT 0,
            created INTEGER NOT NULL,
            CHECK ((message IS NULL) <> (message_path IS NULL))))"),
        QStringLiteral("CREATE INDEX outbox_due ON outbox(state, next_attempt)"),
    }});

    list.append({6, QStringLiteral("offline operation queue"), {
        QStringLiteral(R"(CREATE TABLE operations (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('flags', 'move', 'copy', 'delete', 'append')),
            folder_id INTEGER REFERENCES folders(id) ON DELETE CASCADE,
            target_folder_id INTEGER REFERENCES folders(id) ON DELETE CASCADE,
            uids TEXT NOT NULL DEFAULT '',
            add_flags INTEGER NOT NULL DEFAULT 0,
            remove_flags INTEGER NOT NULL DEFAULT 0,
            add_keywords TEXT NOT NULL DEFAULT '',
            remove_keywords TEXT NOT NULL DEFAULT '',
            data BLOB,
            state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'running', 'failed')),
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT NOT NULL DEFAULT '',
            created INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX operations_in_order ON operations(account_id, id)"),
        QStringLiteral("CREATE INDEX operations_by_folder ON operations(folder_id)"),
        QStringLiteral("CREATE INDEX operations_by_target ON operations(target_folder_id)"),
    }});

    list.append({7, QStringLiteral("downloaded POP3 messages"), {
        // One row per UIDL the account's POP3 server listed and Epistle stored, written in the
        // same transaction as the message. first_seen (seconds since the epoch, UTC) drives
        // "delete from the server after N days"; a message deleted locally keeps its row (with
        // message_id NULL) so it is not downloaded again.
        QStringLiteral(R"(CREATE TABLE pop3_uidls (
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            uidl TEXT NOT NULL,
            first_seen INTEGER NOT NULL,
            message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL,
            PRIMARY KEY (account_id, uidl)) WITHOUT ROWID)"),
        // Deleting a message looks its ledger row up through this index.
        QStringLiteral("CREATE INDEX pop3_uidls_by_message ON pop3_uidls(message_id)"),
    }});

    list.append({8, QStringLiteral("message bodies that are the only copy"), {
        // Parts of local-only mail (POP3 downloads, their Sent copies and drafts) are the mail
        // itself, not a cache of a server's copy: never evicted. Eviction walks the rest by age.
        QStringLiteral("ALTER TABLE body_parts ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE INDEX body_parts_evictable ON body_parts(last_read) WHERE pinned = 0"),
        // What version 7 stored for POP3 accounts was already their only copy.
        QStringLiteral("UPDATE body_parts SET pinned = 1 WHERE message_id IN (SELECT m.id FROM messages m "
                       "JOIN folders f ON f.id = m.folder_id JOIN accounts a ON a.id = f.account_id WHERE a.protocol = 'pop3')"),
    }});

    list.append({9, QStringLiteral("search text indexed after storing"), {
        // Summaries are stored without their search text; SearchIndex::catchUp() indexes the
        // messages above indexed_up_to in key order (keys only grow) and raises it in the same
        // transaction. Everything stored so far was indexed when it was stored.
        QStringLiteral("CREATE TABLE search_progress (id INTEGER PRIMARY KEY CHECK (id = 1), indexed_up_to INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO search_progress (id, indexed_up_to) SELECT 1, "
                       "max(ifnull((SELECT seq FROM sqlite_sequence WHERE name = 'messages'), 0), "
                       "ifnull((SELECT max(id) FROM messages), 0))"),
    }});

    return list;
}

} // namespace

const QList<Migration> &Migrations::all()
{
    static const QList<Migration> migrations = buildMigrations();
    return migrations;
}

int Migrations::latestVersion()
{
    return all().isEmpty() ? 0 : all().constLast().version;
}

} // namespace epistle::storage
