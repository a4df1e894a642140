#include "sync/RawMessageSummary.h"

#include "mime/DisplayText.h"
#include "mime/HtmlToText.h"
#include "mime/MessageParser.h"

namespace epistle::sync {

namespace {

storage::Address toStorage(const mime::Address &address)
{
    return {address.name, address.email};
}

QList<storage::Address> toStorage(const mime::AddressList &list)
{
    QList<storage::Address> out;
    out.reserve(list.size());
    for (const mime::Address &address : list) {
        if (!address.email.isEmpty() || !address.name.isEmpty())
            out.append(toStorage(address));
    }
    return out;
}

// mime keeps message ids without angle brackets; the store keeps them as in the header.
QByteArray bracketed(const QString &id)
{
    if (id.isEmpty())
        return {};
    return '<' + id.toUtf8() + '>';
}

} // namespace

storage::MessageSummary RawMessageSummary::fromBytes(const QByteArray &raw, const QDateTime &internalDate)
{
    const mime::Message message = mime::MessageParser().parse(raw);
    return fromMessage(message, raw.size(), internalDate);
}

storage::MessageSummary RawMessageSummary::fromMessage(const mime::Message &message, qint64 size, const QDateTime &internalDate)
{
    storage::MessageSummary s;
    s.internalDate = internalDate;
    s.size = size;
    s.subject = message.subject;
    if (!message.from.isEmpty())
        s.from = toStorage(message.from.first());
    else if (!message.sender.isEmpty())
        s.from = toStorage(message.sender.first());
    s.to = toStorage(message.to);
    s.cc = toStorage(message.cc);
    s.date = message.date;
    s.messageId = bracketed(message.messageId);
    // In-Reply-To may name several ids (old mailers); threading uses the first, as IMAP's ENVELOPE gives it.
    if (!message.inReplyTo.isEmpty())
        s.inReplyTo = bracketed(message.inReplyTo.first());
    for (const QString &ref : message.references)
        s.references.append(bracketed(ref));
    s.hasAttachments = !message.attachments().empty();
    s.preview = preview(message);
    return s;
}

QString RawMessageSummary::preview(const mime::Message &message)
{
    mime::DisplayText text = mime::DisplayText::select(message, mime::BodyPreference::Plain);
    QString body = text.isHtml() ? mime::HtmlToText::convert(text.text) : text.text;
    QString out;
    out.reserve(PreviewLength);
    const auto lines = QStringView(body).split(QLatin1Char('\n'));
    for (QStringView line : lines) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('>')))
            continue;
        if (line == QLatin1String("--"))
            break; // the signature
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += line.toString().simplified();
        if (out.size() >= PreviewLength)
            break;
    }
    if (out.size() > PreviewLength) {
        out.truncate(PreviewLength);
        if (out.back().isHighSurrogate())
            out.chop(1);
    }
    return out;
}

} // namespace epistle::sync
