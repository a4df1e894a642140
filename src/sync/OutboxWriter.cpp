#include "sync/OutboxWriter.h"

#include "core/Profile.h"
#include "mime/MessageParser.h"
#include "storage/Outbox.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace epistle::sync {

namespace {

// Translation context of this file (lupdate reads it; plain tr() has no context in free functions).
struct OutboxWriterText {
    Q_DECLARE_TR_FUNCTIONS(epistle::sync::OutboxWriter)
};

OutboxWriter::Result failure(OutboxWriter::Result::Kind kind, const QString &message)
{
    OutboxWriter::Result r;
    r.kind = kind;
    r.message = message;
    return r;
}

// A rename is durable only once the folder holding it is flushed.
void syncDirectory(const QString &directory)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(directory);
#endif
}

bool isBccField(const char *line, qsizetype length)
{
    static const QByteArray names[] = {QByteArrayLiteral("bcc"), QByteArrayLiteral("resent-bcc")};
    for (const QByteArray &name : names) {
        if (length > name.size() && qstrnicmp(line, name.constData(), name.size()) == 0) {
            qsizetype i = name.size();
            while (i < length && (line[i] == ' ' || line[i] == '\t'))
                ++i;
            if (i < length && line[i] == ':')
                return true;
        }
    }
    return false;
}

} // namespace

QByteArray OutboxWriter::withoutBcc(const QByteArray &raw)
{
    QByteArray out;
    out.reserve(raw.size());
    qsizetype pos = 0;
    bool skipping = false;
    while (pos < raw.size()) {
        qsizetype end = raw.indexOf('\n', pos);
        end = end < 0 ? raw.size() : end + 1;
        const char *line = raw.constData() + pos;
        const qsizetype length = end - pos;
        const bool blank = (length == 1 && line[0] == '\n') || (length == 2 && line[0] == '\r' && line[1] == '\n')
                           || (length == 0);
        if (blank) {
            out.append(raw.constData() + pos, raw.size() - pos); // the body, untouched
            return out;
        }
        const bool continuation = line[0] == ' ' || line[0] == '\t';
        if (!continuation)
            skipping = isBccField(line, length);
        if (!skipping)
            out.append(line, length);
        pos = end;
    }
    return out;
}

std::optional<OutboxWriter::Envelope> OutboxWriter::envelopeOf(const mime::Message &message, Result *why)
{
    Envelope envelope;
    const mime::AddressList &origin = message.sender.isEmpty() ? message.from : message.sender;
    for (const mime::Address &a : origin) {
        if (a.email.contains(QLatin1Char('@'))) {
            envelope.sender = a.email;
            break;
        }
    }
    if (envelope.sender.isEmpty()) {
        if (why)
            *why = failure(Result::Kind::NoSender, OutboxWriterText::tr("The message has no sender address (From) and cannot be sent."));
        return std::nullopt;
    }
    QSet<QString> seen;
    for (const mime::AddressList *list : {&message.to, &message.cc, &message.bcc}) {
        for (const mime::Address &a : *list) {
            if (a.email.isEmpty())
                continue;
            if (!a.email.contains(QLatin1Char('@'))) {
                if (why)
                    *why = failure(Result::Kind::InvalidAddress,
                                   OutboxWriterText::tr("\"%1\" is not a complete mail address (name@domain).").arg(a.email));
                return std::nullopt;
            }
            const QString key = a.email.toLower();
            if (seen.contains(key))
                continue;
            seen.insert(key);
            envelope.recipients.append(a.email);
        }
    }
    if (envelope.recipients.isEmpty()) {
        if (why)
            *why = failure(Result::Kind::NoRecipients, OutboxWriterText::tr("The message has no recipient (To, Cc or Bcc) and cannot be sent."));
        return std::nullopt;
    }
    return envelope;
}

OutboxWriter::Result OutboxWriter::queue(storage::Database &db, const core::Profile &profile, qint64 accountId,
                                         const QByteArray &rawMessage)
{
    if (rawMessage.trimmed().isEmpty())
        return failure(Result::Kind::Unparsable, OutboxWriterText::tr("The message is empty."));
    const mime::Message message = mime::MessageParser().parse(rawMessage);
    if (message.headers.isEmpty())
        return failure(Result::Kind::Unparsable, OutboxWriterText::tr("The message has no header and cannot be sent."));
    Result result;
    const auto envelope = envelopeOf(message, &result);
    if (!envelope)
        return result;
    result.envelope = *envelope;

    QString error;
    if (!profile.ensureExists(&error))
        return failure(Result::Kind::Io, error);
    const QString path = QDir(profile.outboxDirectory())
                             .filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".eml"));
    QSaveFile file(path);
    const QByteArray bytes = withoutBcc(rawMessage);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return failure(Result::Kind::Io,
                       OutboxWriterText::tr("The message could not be written to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    syncDirectory(profile.outboxDirectory());
    try {
        result.entryId = storage::Outbox(db).enqueueFile(accountId, envelope->sender, envelope->recipients, path);
    } catch (const storage::StorageError &e) {
        QFile::remove(path);
        return failure(Result::Kind::Storage, e.message());
    }
    result.path = path;
    return result;
}

OutboxWriter::Result OutboxWriter::queueFile(storage::Database &db, const core::Profile &profile, qint64 accountId,
                                             const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Result::Kind::Io, OutboxWriterText::tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return failure(Result::Kind::Io, OutboxWriterText::tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return queue(db, profile, accountId, bytes);
}

} // namespace epistle::sync
