#pragma once

#include "imap/Error.h"
#include "net/CertificateInfo.h"

#include <QString>
#include <exception>
#include <optional>

namespace epistle::sync {

// Why a piece of sync work failed, grouped by what the engine does about it.
struct SyncError
{
    enum class Kind {
        None,
        Network,        // unreachable, dropped, timed out: retry with backoff
        Authentication, // wrong password: ask the user, never retry on our own
        Certificate,    // TLS certificate rejected: ask the user, certificate says which
        Security,       // TLS failed otherwise, STARTTLS withdrawn, refused unencrypted: no retry
        Server,         // the server refused an operation (NO/BAD, 5xx): its words in serverText
        MissingFolder,  // the target folder is gone: drop the operation with a note
        Storage,        // the local store failed (disk full, corrupt): stop and tell the user
        Protocol,       // the server's replies made no sense: retry later
        Cancelled,
    };
    Kind kind = Kind::None;
    QString message;    // translated, complete sentence(s) with the server's words
    QString serverText;
    std::optional<net::CertificateInfo> certificate;

    bool isError() const { return kind != Kind::None; }
    // Worth retrying later without the user doing anything.
    bool isTransient() const { return kind == Kind::Network || kind == Kind::Protocol; }

    static SyncError fromImap(const imap::Error &error);
    // From an exception thrown by the store (storage::StorageError) or anything else.
    static SyncError fromException(const std::exception &error);
    static SyncError cancelled();
};

} // namespace epistle::sync
