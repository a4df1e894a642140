#include "mime/MessageParser.h"

#include "mime/CommonStrings_p.h"
#include "mime/GMimeSupport_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>

#include <QFileDevice>

#include <cerrno>
#include <string_view>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace epistle::mime {

namespace {

// GMime reports parser warnings through a callback on the (shared) options: it lands in the
// collector of the parse running on this thread.
thread_local QStringList *currentWarnings = nullptr;

QString describeWarning(GMimeParserWarning code)
{
    switch (code) {
    case GMIME_WARN_DUPLICATED_HEADER: return QStringLiteral("duplicated header");
    case GMIME_WARN_DUPLICATED_PARAMETER: return QStringLiteral("duplicated parameter");
    case GMIME_WARN_UNENCODED_8BIT_HEADER: return QStringLiteral("unencoded 8-bit header");
    case GMIME_WARN_INVALID_CONTENT_TYPE: return QStringLiteral("invalid Content-Type");
    case GMIME_WARN_INVALID_RFC2047_HEADER_VALUE: return QStringLiteral("invalid RFC 2047 encoded header");
    case GMIME_WARN_MALFORMED_MULTIPART: return QStringLiteral("malformed multipart");
    case GMIME_WARN_TRUNCATED_MESSAGE: return QStringLiteral("truncated message");
    case GMIME_WARN_MALFORMED_MESSAGE: return QStringLiteral("malformed message");
    case GMIME_CRIT_INVALID_HEADER_NAME: return QStringLiteral("invalid header name");
    case GMIME_CRIT_CONFLICTING_HEADER: return QStringLiteral("conflicting header");
    case GMIME_CRIT_CONFLICTING_PARAMETER: return QStringLiteral("conflicting parameter");
    case GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY: return QStringLiteral("multipart without boundary");
    case GMIME_WARN_INVALID_PARAMETER: return QStringLiteral("invalid parameter");
    case GMIME_WARN_INVALID_ADDRESS_LIST: return QStringLiteral("invalid address list");
    case GMIME_CRIT_NESTING_OVERFLOW: return QStringLiteral("nesting too deep");
    case GMIME_WARN_PART_WITHOUT_CONTENT: return QStringLiteral("part without content");
    case GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT: return QStringLiteral("part without headers or content");
    }
    return QStringLiteral("parser warning %1").arg(int(code));
}

void collectWarning(gint64 offset, GMimeParserWarning code, const gchar *item, gpointer)
{
    if (!currentWarnings || currentWarnings->size() >= 200)
        return;
    QString text = describeWarning(code);
    if (item && *item)
        text += QStringLiteral(": ") + QString::fromUtf8(item).left(200);
    if (offset >= 0)
        text += QStringLiteral(" (offset %1)").arg(offset);
    *currentWarnings << text;
}

GMimeParserOptions *parserOptions()
{
    static GMimeParserOptions *const options = [] {
        GMimeParserOptions *o = g_mime_parser_options_clone(detail::lenientParserOptions());
        g_mime_parser_options_set_warning_callback(o, collectWarning, nullptr);
        return o;
    }();
    return options;
}

const detail::CommonStrings &common()
{
    static const detail::CommonStrings strings;
    return strings;
}

QString lower(const char *s)
{
    return common().lower(s);
}

void readParameters(GMimeParamList *list, Parameters &out)
{
    if (!list)
        return;
    const int count = g_mime_param_list_length(list);
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        GMimeParam *param = g_mime_param_list_get_parameter_at(list, i);
        out.insert(lower(g_mime_param_get_name(param)), common().get(g_mime_param_get_value(param)));
    }
}

QStringList parseReferences(GMimeObject *object, const char *name)
{
    QStringList ids;
    GMimeHeader *header = g_mime_header_list_get_header(g_mime_object_get_header_list(object), name);
    if (!header)
        return ids;
    GMimeReferences *refs = g_mime_references_parse(parserOptions(), g_mime_header_get_raw_value(header));
    if (!refs)
        return ids;
    const int count = g_mime_references_length(refs);
    ids.reserve(count);
    for (int i = 0; i < count; ++i)
        ids << detail::fromUtf8(g_mime_references_get_message_id(refs, i));
    g_mime_references_free(refs);
    return ids;
}

// The decoded value; an encoded word left open at the end ("=?utf-8?q?caf=C3=A9" without "?=",
// as some mailers truncate) is closed and decoded rather than shown raw.
QString headerValue(GMimeHeader *header)
{
    const char *value = g_mime_header_get_value(header);
    if (value && std::strstr(value, "=?")) {
        const char *raw = g_mime_header_get_raw_value(header);
        const char *open = raw ? std::strstr(raw, "=?") : nullptr;
        const char *lastOpen = open;
        while (open && (open = std::strstr(open + 2, "=?")))
            lastOpen = open;
        if (lastOpen && !std::strstr(lastOpen + 2, "?=")) {
            QByteArray closed = QByteArray(raw).trimmed();
            closed += "?=";
            detail::GString8 decoded(g_mime_utils_header_decode_text(parserOptions(), closed.constData()));
            if (decoded.get() && !std::strstr(decoded.get(), "=?"))
                return decoded.toQString().trimmed();
        }
    }
    QString text = detail::fromUtf8(value);
    if (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()))
        text = std::move(text).trimmed();
    return text;
}

// The subject, sharing its text with the Subject header when they are the same (the usual case:
// no second string). A header value with "=?" may have been repaired by headerValue(), so it is
// not taken for the subject.
QString subjectText(const Message &message, GMimeHeaderList *list, const char *subject)
{
    if (!subject)
        return {};
    if (!std::strstr(subject, "=?")) {
        for (qsizetype i = 0; i < message.headers.size(); ++i) {
            GMimeHeader *header = g_mime_header_list_get_header_at(list, static_cast<int>(i));
            const char *value = g_mime_header_get_value(header);
            if (value && std::strcmp(value, subject) == 0
                && g_ascii_strcasecmp(g_mime_header_get_name(header), "Subject") == 0)
                return message.headers[i].value;
        }
    }
    return detail::fromUtf8(subject).trimmed();
}

// Cheaper than QString::isLower(), which looks every character up in the Unicode tables.
bool hasUpperOrNonAscii(const QString &text)
{
    for (const QChar c : text) {
        if ((c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c.unicode() >= 0x80)
            return true;
    }
    return false;
}

// "1.2" + 3 -> "1.2.3" in one allocation.
QString childPath(const QString &parent, int number)
{
    char digits[12];
    int length = 0;
    for (unsigned value = static_cast<unsigned>(number); value || length == 0; value /= 10)
        digits[sizeof digits - 1 - length++] = static_cast<char>('0' + value % 10);
    QString path;
    path.reserve(parent.size() + 1 + length);
    path += parent;
    if (!parent.isEmpty())
        path += QLatin1Char('.');
    path += QLatin1String(digits + sizeof digits - length, length);
    return path;
}

class TreeWalker
{
public:
    TreeWalker(std::shared_ptr<detail::Document> document, const ParseLimits &limits, QStringList &warnings)
        : m_document(std::move(document)), m_limits(limits), m_warnings(warnings)
    {
    }

    void readMessage(Message &message, GMimeMessage *source, const QString &path, int depth)
    {
        GMimeObject *object = GMIME_OBJECT(source);
        GMimeHeaderList *list = g_mime_object_get_header_list(object);
        const int count = g_mime_header_list_get_count(list);
        message.headers.reserve(count);
        for (int i = 0; i < count; ++i) {
            GMimeHeader *header = g_mime_header_list_get_header_at(list, i);
            message.headers.append(Header{common().get(g_mime_header_get_name(header)), headerValue(header)});
        }
        message.subject = subjectText(message, list, g_mime_message_get_subject(source));
        detail::appendAddresses(g_mime_message_get_from(source), message.from);
        detail::appendAddresses(g_mime_message_get_sender(source), message.sender);
        detail::appendAddresses(g_mime_message_get_reply_to(source), message.replyTo);
        detail::appendAddresses(g_mime_message_get_to(source), message.to);
        detail::appendAddresses(g_mime_message_get_cc(source), message.cc);
        detail::appendAddresses(g_mime_message_get_bcc(source), message.bcc);
        if (GMimeHeader *mft = g_mime_header_list_get_header(list, "Mail-Followup-To")) {
            detail::GObjectRef<InternetAddressList> parsed(
                internet_address_list_parse(parserOptions(), g_mime_header_get_raw_value(mft)));
            detail::appendAddresses(parsed.get(), message.mailFollowupTo);
        }
        if (GDateTime *date = g_mime_message_get_date(source)) {
            const qint64 seconds = g_date_time_to_unix(date);
            const int offset = static_cast<int>(g_date_time_get_utc_offset(date) / G_TIME_SPAN_SECOND);
            message.date = QDateTime::fromSecsSinceEpoch(seconds, Qt::OffsetFromUTC, offset);
        }
        message.messageId = detail::fromUtf8(g_mime_message_get_message_id(source));
        message.inReplyTo = parseReferences(object, "In-Reply-To");
        message.references = parseReferences(object, "References");

        if (GMimeObject *body = g_mime_message_get_mime_part(source)) {
            QString bodyPath = GMIME_IS_MULTIPART(body) ? (path.isEmpty() ? QString() : path)
                                                              : (path.isEmpty() ? QStringLiteral("1")
                                                                                : path + QStringLiteral(".1"));
            readPart(message.body, body, std::move(bodyPath), depth + 1);
        } else {
            // No body at all: present an empty text/plain part as readers do.
            message.body.mediaType = QStringLiteral("text");
            message.body.mediaSubtype = QStringLiteral("plain");
            message.body.path = path.isEmpty() ? QStringLiteral("1") : path + QStringLiteral(".1");
        }
    }

private:
    void warnOnce(bool &flag, const QString &text)
    {
        if (!flag)
            m_warnings << text;
        flag = true;
    }

    // Fills `part` in place: a part is never moved or copied while its tree is built.
    void readPart(Part &part, GMimeObject *object, QString path, int depth)
    {
        ++m_partCount;
        part.path = std::move(path);
        detail::PartAccess::bind(part, m_document, object);

        if (GMimeContentType *type = g_mime_object_get_content_type(object)) {
            part.mediaType = lower(g_mime_content_type_get_media_type(type));
            part.mediaSubtype = lower(g_mime_content_type_get_media_subtype(type));
            readParameters(g_mime_content_type_get_parameters(type), part.contentTypeParameters);
        }
        if (part.mediaType.isEmpty()) {
            part.mediaType = QStringLiteral("text");
            part.mediaSubtype = QStringLiteral("plain");
        }
        part.charset = part.contentTypeParameters.value(u"charset");
        if (hasUpperOrNonAscii(part.charset))
            part.charset = std::move(part.charset).toLower();
        if (GMimeContentDisposition *disposition = g_mime_object_get_content_disposition(object)) {
            part.disposition = lower(g_mime_content_disposition_get_disposition(disposition));
            readParameters(g_mime_content_disposition_get_parameters(disposition), part.dispositionParameters);
        }
        part.contentId = detail::fromUtf8(g_mime_object_get_content_id(object));
        part.transferEncoding = lower(g_mime_object_get_header(object, "Content-Transfer-Encoding"));
        if (!part.transferEncoding.isEmpty() && (part.transferEncoding.front().isSpace() || part.transferEncoding.back().isSpace()))
            part.transferEncoding = std::move(part.transferEncoding).trimmed();

        if (GMIME_IS_PART(object)) {
            GMimePart *leaf = GMIME_PART(object);
            part.filename = detail::fromUtf8(g_mime_part_get_filename(leaf));
            part.description = detail::fromUtf8(g_mime_part_get_content_description(leaf)).trimmed();
            part.contentLocation = detail::fromUtf8(g_mime_part_get_content_location(leaf)).trimmed();
            if (GMimeDataWrapper *content = g_mime_part_get_content(leaf)) {
                if (GMimeStream *stream = g_mime_data_wrapper_get_stream(content)) {
                    const gint64 length = g_mime_stream_length(stream);
                    part.encodedSize = length > 0 ? length : 0;
                }
            }
            // Encrypted payloads (S/MIME enveloped data) are not opened here.
            if (GMIME_IS_APPLICATION_PKCS7_MIME(object))
                part.opaque = true;
            return;
        }

        const bool tooDeep = depth >= m_limits.maxDepth;
        const bool tooMany = m_partCount >= m_limits.maxParts;
        if (GMIME_IS_MULTIPART(object)) {
            if (GMIME_IS_MULTIPART_ENCRYPTED(object)) {
                part.opaque = true;
                return;
            }
            GMimeMultipart *multipart = GMIME_MULTIPART(object);
            const int count = g_mime_multipart_get_count(multipart);
            if (tooDeep || tooMany) {
                part.truncated = count > 0;
                if (tooDeep)
                    warnOnce(m_warnedDepth, QStringLiteral("parts nested deeper than %1 levels are not listed").arg(m_limits.maxDepth));
                else
                    warnOnce(m_warnedCount, QStringLiteral("more than %1 parts: the rest are not listed").arg(m_limits.maxParts));
                return;
            }
            part.children.reserve(static_cast<size_t>(count));
            for (int i = 0; i < count; ++i) {
                if (m_partCount >= m_limits.maxParts) {
                    part.truncated = true;
                    warnOnce(m_warnedCount, QStringLiteral("more than %1 parts: the rest are not listed").arg(m_limits.maxParts));
                    break;
                }
                GMimeObject *child = g_mime_multipart_get_part(multipart, i);
                readPart(part.children.emplace_back(), child, childPath(part.path, i + 1), depth + 1);
            }
            return;
        }
        if (GMIME_IS_MESSAGE_PART(object)) {
            GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
            if (!inner)
                return;
            if (tooDeep || tooMany) {
                part.truncated = true;
                warnOnce(tooDeep ? m_warnedDepth : m_warnedCount,
                         tooDeep ? QStringLiteral("parts nested deeper than %1 levels are not listed").arg(m_limits.maxDepth)
                                 : QStringLiteral("more than %1 parts: the rest are not listed").arg(m_limits.maxParts));
                return;
            }
            auto nested = std::make_shared<Message>();
            readMessage(*nested, inner, part.path, depth + 1);
            part.message = std::move(nested);
        }
    }

    std::shared_ptr<detail::Document> m_document;
    const ParseLimits &m_limits;
    QStringList &m_warnings;
    int m_partCount = 0;
    bool m_warnedDepth = false;
    bool m_warnedCount = false;
};

Message parseStream(std::shared_ptr<detail::Document> document, const ParseLimits &limits)
{
    Message message;
    QStringList warnings;
    currentWarnings = &warnings;
    {
        detail::GObjectRef<GMimeParser> parser(g_mime_parser_new_with_stream(document->stream.get()));
        g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
        g_mime_parser_set_persist_stream(parser.get(), TRUE);
        document->message = detail::GObjectRef<GMimeMessage>(g_mime_parser_construct_message(parser.get(), parserOptions()));
    }
    currentWarnings = nullptr;
    if (!document->message) {
        warnings << QStringLiteral("no message could be read from the input");
        message.body.mediaType = QStringLiteral("text");
        message.body.mediaSubtype = QStringLiteral("plain");
        message.body.path = QStringLiteral("1");
        message.warnings = warnings;
        return message;
    }
    TreeWalker walker(document, limits, warnings);
    walker.readMessage(message, document->message.get(), QString(), 0);
    message.warnings = warnings;
    return message;
}

} // namespace

Message MessageParser::parse(const QByteArray &source) const
{
    auto document = std::make_shared<detail::Document>();
    document->source = source;
    document->stream = detail::GObjectRef<GMimeStream>(detail::streamOverBytes(document->source));
    return parseStream(std::move(document), m_limits);
}

bool MessageParser::parseFile(const QString &path, Message *message, QString *error) const
{
    detail::ensureGMimeInitialized();
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (error)
            *error = QCoreApplication::translate("MessageParser", "Cannot open %1: %2")
                         .arg(path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    struct stat info;
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        if (error)
            *error = QCoreApplication::translate("MessageParser", "%1 is not a regular file").arg(path);
        return false;
    }
    auto document = std::make_shared<detail::Document>();
    document->stream = detail::GObjectRef<GMimeStream>(g_mime_stream_fs_new(fd)); // owns fd
    *message = parseStream(std::move(document), m_limits);
    return true;
}

bool MessageParser::parseDevice(QIODevice *device, Message *message, QString *error) const
{
    if (!device || !device->isReadable()) {
        if (error)
            *error = QCoreApplication::translate("MessageParser", "The input is not readable");
        return false;
    }
    const QByteArray bytes = device->readAll();
    if (auto *file = qobject_cast<QFileDevice *>(device); file && file->error() != QFileDevice::NoError) {
        if (error)
            *error = file->errorString();
        return false;
    }
    *message = parse(bytes);
    return true;
}

} // namespace epistle::mime
