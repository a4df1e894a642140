#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace epistle::core {
class Profile;
}
namespace epistle::mime {
class Message;
}
namespace epistle::storage {
class Database;
}

namespace epistle::sync {

// Puts a finished message into the outbox: the SMTP envelope is derived from its headers
// (Sender, else From -> MAIL FROM; To, Cc, Bcc -> RCPT TO), the Bcc header is removed from the
// bytes that will be sent, the bytes are written durably to a file under the profile's outbox
// folder and storage::Outbox::enqueueFile records it.
class OutboxWriter
{
public:
    struct Envelope
    {
        QString sender;
        QStringList recipients; // each address once, in header order
    };

    struct Result
    {
        enum class Kind { None, Unparsable, NoSender, NoRecipients, InvalidAddress, Io, Storage };
        Kind kind = Kind::None;
        QString message; // translated
        qint64 entryId = 0;
        QString path;    // the outbox file
        Envelope envelope;

        bool ok() const { return kind == Kind::None; }
    };

    static Result queue(storage::Database &db, const core::Profile &profile, qint64 accountId, const QByteArray &rawMessage);
    static Result queueFile(storage::Database &db, const core::Profile &profile, qint64 accountId, const QString &path);

    // The envelope of a parsed message; nullopt with the reason (Result::Kind and text) when it
    // has no sender or no recipient, or a recipient that is not a complete address (no "@").
    static std::optional<Envelope> envelopeOf(const mime::Message &message, Result *why = nullptr);
    // The message with every Bcc (and Resent-Bcc) header field removed, the rest byte for byte.
    static QByteArray withoutBcc(const QByteArray &rawMessage);
};

} // namespace epistle::sync
