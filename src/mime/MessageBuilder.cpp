#include "mime/MessageBuilder.h"

#include "core/Version.h"
#include "mime/FlowedText.h"
#include "mime/GMimeSupport_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QMimeDatabase>
#include <QUuid>

namespace epistle::mime {

namespace {

using detail::GObjectRef;

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

QString normalizeNewlines(const QString &text)
{
    QString t = text;
    t.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    t.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return t;
}

GMimeDataWrapper *wrapBytes(const QByteArray &bytes)
{
    GObjectRef<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.constData(), static_cast<size_t>(bytes.size())));
    return g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT);
}

// 7bit for short-lined ASCII; 8bit for short-lined UTF-8 when the transport takes it;
// otherwise quoted-printable (or base64 for mostly non-ASCII text), so that no line exceeds
// 78 octets when it can be helped and never 998.
GMimeContentEncoding textEncoding(const QByteArray &content, bool allow8bit)
{
    qsizetype longest = 0;
    qsizetype lineStart = 0;
    qsizetype nonAscii = 0;
    bool controls = false;
    for (qsizetype i = 0; i < content.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(content[i]);
        if (c == '\n') {
            longest = std::max(longest, i - lineStart);
            lineStart = i + 1;
        } else if (c >= 0x80) {
            ++nonAscii;
        } else if (c == 0 || c == '\r') {
            controls = true;
        }
    }
    longest = std::max(longest, content.size() - lineStart);
    if (!controls && longest <= 78) {
        if (nonAscii == 0)
            return GMIME_CONTENT_ENCODING_7BIT;
        if (allow8bit)
            return GMIME_CONTENT_ENCODING_8BIT;
    }
    return nonAscii > content.size() / 3 ? GMIME_CONTENT_ENCODING_BASE64 : GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE;
}

GMimePart *textPart(const char *subtype, const QByteArray &content, bool flowed, bool allow8bit)
{
    GMimePart *part = g_mime_part_new_with_type("text", subtype);
    g_mime_object_set_content_type_parameter(GMIME_OBJECT(part), "charset", "utf-8");
    if (flowed)
        g_mime_object_set_content_type_parameter(GMIME_OBJECT(part), "format", "flowed");
    GObjectRef<GMimeDataWrapper> wrapper(wrapBytes(content));
    g_mime_part_set_content(part, wrapper.get());
    g_mime_part_set_content_encoding(part, textEncoding(content, allow8bit));
    return part;
}

bool has8bit(const char *text)
{
    for (const char *p = text; p && *p; ++p) {
        if (static_cast<unsigned char>(*p) >= 0x80)
            return true;
    }
    return false;
}

// Makes a parsed message (to be attached as message/rfc822) fit a 7-bit transport: raw 8-bit
// header values become encoded words and 8-bit bodies get a 7-bit transfer encoding.
void makeSevenBitClean(GMimeObject *object, int depth = 0)
{
    if (!object || depth > 100)
        return;
    GMimeHeaderList *headers = g_mime_object_get_header_list(object);
    const int count = g_mime_header_list_get_count(headers);
    for (int i = 0; i < count; ++i) {
        GMimeHeader *header = g_mime_header_list_get_header_at(headers, i);
        if (has8bit(g_mime_header_get_raw_value(header))) {
            const QByteArray value = QByteArray(g_mime_header_get_value(header));
            g_mime_header_set_value(header, detail::crlfFormatOptions(), value.constData(), "utf-8");
        }
    }
    if (GMIME_IS_MESSAGE(object)) {
        makeSevenBitClean(g_mime_message_get_mime_part(GMIME_MESSAGE(object)), depth + 1);
    } else if (GMIME_IS_MESSAGE_PART(object)) {
        makeSevenBitClean(GMIME_OBJECT(g_mime_message_part_get_message(GMIME_MESSAGE_PART(object))), depth + 1);
    } else if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart *multipart = GMIME_MULTIPART(object);
        for (int i = 0; i < g_mime_multipart_get_count(multipart); ++i)
            makeSevenBitClean(g_mime_multipart_get_part(multipart, i), depth + 1);
    } else if (GMIME_IS_PART(object)) {
        GMimePart *part = GMIME_PART(object);
        const GMimeContentEncoding current = g_mime_part_get_content_encoding(part);
        if (current != GMIME_CONTENT_ENCODING_BASE64 && current != GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE
            && current != GMIME_CONTENT_ENCODING_UUENCODE)
            g_mime_part_set_content_encoding(part, g_mime_part_get_best_content_encoding(part, GMIME_ENCODING_CONSTRAINT_7BIT));
    }
}

void addAddresses(GMimeMessage *message, GMimeAddressType type, const AddressList &addresses)
{
    for (const Address &a : addresses) {
        if (a.email.isEmpty())
            continue;
        g_mime_message_add_mailbox(message, type, a.name.isEmpty() ? nullptr : utf8(a.name).constData(),
                                   utf8(a.email).constData());
    }
}

QString angle(const QString &id)
{
    QString s = id.trimmed();
    if (!s.startsWith(QLatin1Char('<')))
        s.prepend(QLatin1Char('<'));
    if (!s.endsWith(QLatin1Char('>')))
        s.append(QLatin1Char('>'));
    return s;
}

GDateTime *toGDateTime(const QDateTime &when)
{
    const QDateTime dt = when.isValid() ? when : QDateTime::currentDateTime();
    const int offset = dt.offsetFromUtc();
    GTimeZone *zone = g_time_zone_new_offset(offset);
    const QDateTime local = dt.toOffsetFromUtc(offset);
    GDateTime *result = g_date_time_new(zone, local.date().year(), local.date().month(), local.date().day(),
                                        local.time().hour(), local.time().minute(), local.time().second());
    g_time_zone_unref(zone);
    return result;
}

QString domainOf(const QString &email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : email.mid(at + 1);
}

} // namespace

QString MessageBuilder::generateMessageId(const QString &domainHint)
{
    QString domain = domainHint.trimmed();
    static const QString allowed = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-");
    bool ok = !domain.isEmpty();
    for (QChar c : std::as_const(domain))
        ok = ok && allowed.contains(c);
    if (!ok)
        domain = QStringLiteral("epistle.invalid");
    return QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('@') + domain;
}

bool MessageBuilder::build(const OutgoingMessage &message, BuiltMessage *result, QString *error) const
{
    detail::ensureGMimeInitialized();
    GObjectRef<GMimeMessage> mime(g_mime_message_new(TRUE));
    GMimeObject *object = GMIME_OBJECT(mime.get());

    addAddresses(mime.get(), GMIME_ADDRESS_TYPE_FROM, AddressList{message.from});
    addAddresses(mime.get(), GMIME_ADDRESS_TYPE_REPLY_TO, message.replyTo);
    addAddresses(mime.get(), GMIME_ADDRESS_TYPE_TO, message.to);
    addAddresses(mime.get(), GMIME_ADDRESS_TYPE_CC, message.cc);
    if (m_options.includeBcc)
        addAddresses(mime.get(), GMIME_ADDRESS_TYPE_BCC, message.bcc);
    g_mime_message_set_subject(mime.get(), utf8(message.subject).constData(), "utf-8");
    GDateTime *date = toGDateTime(message.date);
    g_mime_message_set_date(mime.get(), date);
    g_date_time_unref(date);
    const QString messageId = message.messageId.isEmpty() ? generateMessageId(domainOf(message.from.email))
                                                          : message.messageId;
    g_mime_message_set_message_id(mime.get(), utf8(messageId).constData());
    if (!message.inReplyTo.isEmpty()) {
        QStringList ids;
        for (const QString &id : message.inReplyTo)
            ids << angle(id);
        g_mime_object_set_header(object, "In-Reply-To", utf8(ids.join(QLatin1Char(' '))).constData(), nullptr);
    }
    if (!message.references.isEmpty()) {
        QStringList ids;
        for (const QString &id : message.references)
            ids << angle(id);
        g_mime_object_set_header(object, "References", utf8(ids.join(QLatin1Char(' '))).constData(), nullptr);
    }
    g_mime_object_set_header(object, "MIME-Version", "1.0", nullptr);
    const QString userAgent = message.userAgent.isEmpty()
                                  ? QStringLiteral("%1/%2").arg(QLatin1String(core::applicationName), QLatin1String(core::versionString))
                                  : message.userAgent;
    g_mime_object_set_header(object, "User-Agent", utf8(userAgent).constData(), "utf-8");
    for (const auto &[name, value] : message.extraHeaders)
        g_mime_object_set_header(object, utf8(name).constData(), utf8(value).constData(), "utf-8");

    // Body: text/plain (flowed), or multipart/alternative with the HTML (itself inside
    // multipart/related when it has inline images), all inside multipart/mixed with attachments.
    const bool allow8bit = m_options.allow8bit;
    GObjectRef<GMimeObject> body(GMIME_OBJECT(
        textPart("plain", utf8(FlowedText::encode(normalizeNewlines(message.plainText))), true, allow8bit)));

    QList<GMimeObject *> inlineImages;
    QList<GMimeObject *> attachments;
    auto releaseAll = [&] {
        for (GMimeObject *o : std::as_const(inlineImages))
            g_object_unref(o);
        for (GMimeObject *o : std::as_const(attachments))
            g_object_unref(o);
    };
    QMimeDatabase mimeDatabase;
    for (const OutgoingAttachment &attachment : message.attachments) {
        QByteArray data = attachment.data;
        if (data.isEmpty() && !attachment.sourcePath.isEmpty()) {
            QFile file(attachment.sourcePath);
            if (!file.open(QIODevice::ReadOnly)) {
                releaseAll();
                if (error)
                    *error = QCoreApplication::translate("MessageBuilder", "Cannot read the attachment %1: %2")
                                 .arg(attachment.sourcePath, file.errorString());
                return false;
            }
            data = file.readAll();
        }
        QString type = attachment.mimeType;
        if (type.isEmpty())
            type = mimeDatabase.mimeTypeForFileNameAndData(attachment.fileName, data).name();
        if (!type.contains(QLatin1Char('/')))
            type = QStringLiteral("application/octet-stream");
        const QByteArray mediaType = utf8(type.section(QLatin1Char('/'), 0, 0).toLower());
        const QByteArray subtype = utf8(type.section(QLatin1Char('/'), 1).toLower());

        if (type.compare(QLatin1String("message/rfc822"), Qt::CaseInsensitive) == 0 && !attachment.inlineImage) {
            GObjectRef<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(data.constData(), static_cast<size_t>(data.size())));
            GObjectRef<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
            GObjectRef<GMimeMessage> inner(g_mime_parser_construct_message(parser.get(), detail::lenientParserOptions()));
            if (inner) {
                // message/rfc822 may only be 7bit/8bit: re-encode the inner message for the transport.
                if (!allow8bit)
                    makeSevenBitClean(GMIME_OBJECT(inner.get()));
                GMimeMessagePart *part = g_mime_message_part_new_with_message("rfc822", inner.get());
                g_mime_object_set_disposition(GMIME_OBJECT(part), "attachment");
                if (!attachment.fileName.isEmpty())
                    g_mime_object_set_content_disposition_parameter(GMIME_OBJECT(part), "filename",
                                                                    utf8(attachment.fileName).constData());
                attachments << GMIME_OBJECT(part);
                continue;
            }
        }
        GMimePart *part = g_mime_part_new_with_type(mediaType.constData(), subtype.constData());
        GObjectRef<GMimeDataWrapper> wrapper(wrapBytes(data));
        g_mime_part_set_content(part, wrapper.get());
        g_mime_part_set_content_encoding(part, GMIME_CONTENT_ENCODING_BASE64);
        if (!attachment.fileName.isEmpty())
            g_mime_part_set_filename(part, utf8(attachment.fileName).constData());
        if (attachment.inlineImage && !message.htmlText.isEmpty()) {
            g_mime_object_set_disposition(GMIME_OBJECT(part), "inline");
            if (!attachment.fileName.isEmpty())
                g_mime_object_set_content_disposition_parameter(GMIME_OBJECT(part), "filename",
                                                                utf8(attachment.fileName).constData());
            const QString cid = attachment.contentId.isEmpty() ? generateMessageId(domainOf(message.from.email))
                                                               : attachment.contentId;
            g_mime_part_set_content_id(part, utf8(cid).constData());
            inlineImages << GMIME_OBJECT(part);
        } else {
            g_mime_object_set_disposition(GMIME_OBJECT(part), "attachment");
            if (!attachment.fileName.isEmpty())
                g_mime_object_set_content_disposition_parameter(GMIME_OBJECT(part), "filename",
                                                                utf8(attachment.fileName).constData());
            if (!attachment.contentId.isEmpty())
                g_mime_part_set_content_id(part, utf8(attachment.contentId).constData());
            attachments << GMIME_OBJECT(part);
        }
    }

    if (!message.htmlText.isEmpty()) {
        GObjectRef<GMimeObject> html(GMIME_OBJECT(textPart("html", utf8(normalizeNewlines(message.htmlText)), false, allow8bit)));
        if (!inlineImages.isEmpty()) {
            GMimeMultipart *related = g_mime_multipart_new_with_subtype("related");
            g_mime_object_set_content_type_parameter(GMIME_OBJECT(related), "type", "text/html");
            g_mime_multipart_add(related, html.get());
            for (GMimeObject *image : std::as_const(inlineImages)) {
                g_mime_multipart_add(related, image);
                g_object_unref(image);
            }
            inlineImages.clear();
            html = GObjectRef<GMimeObject>(GMIME_OBJECT(related));
        }
        GMimeMultipart *alternative = g_mime_multipart_new_with_subtype("alternative");
        g_mime_multipart_add(alternative, body.get());
        g_mime_multipart_add(alternative, html.get());
        body = GObjectRef<GMimeObject>(GMIME_OBJECT(alternative));
    }
    // Inline images without HTML to hold them were sent as attachments above.
    if (!attachments.isEmpty()) {
        GMimeMultipart *mixed = g_mime_multipart_new_with_subtype("mixed");
        g_mime_multipart_add(mixed, body.get());
        for (GMimeObject *attachment : std::as_const(attachments)) {
            g_mime_multipart_add(mixed, attachment);
            g_object_unref(attachment);
        }
        attachments.clear();
        body = GObjectRef<GMimeObject>(GMIME_OBJECT(mixed));
    }
    g_mime_message_set_mime_part(mime.get(), body.get());

    GObjectRef<GMimeStream> out(g_mime_stream_mem_new());
    g_mime_object_write_to_stream(object, detail::crlfFormatOptions(), out.get());
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out.get()));

    result->data = QByteArray(reinterpret_cast<const char *>(bytes->data), static_cast<qsizetype>(bytes->len));
    result->messageId = messageId;
    result->envelopeSender = message.from.email;
    result->envelopeRecipients.clear();
    for (const AddressList *list : {&message.to, &message.cc, &message.bcc}) {
        for (const Address &a : *list) {
            if (a.email.isEmpty())
                continue;
            bool seen = false;
            for (const QString &r : std::as_const(result->envelopeRecipients))
                seen = seen || r.compare(a.email, Qt::CaseInsensitive) == 0;
            if (!seen)
                result->envelopeRecipients << a.email;
        }
    }
    return true;
}

} // namespace epistle::mime
