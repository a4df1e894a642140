#include "mime/HeaderText.h"

#include "mime/CharsetDecoder.h"
#include "mime/GMimeSupport_p.h"

#include <cstring>

namespace epistle::mime {

namespace {

bool isPlainAscii(const QByteArray &raw)
{
    for (const char c : raw) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

} // namespace

QString decodeHeaderText(const QByteArray &raw)
{
    if (raw.isEmpty())
        return QString();
    // Most subjects and names are plain ASCII: no need to go through GMime for them.
    if (!raw.contains("=?")) {
        if (isPlainAscii(raw))
            return QString::fromLatin1(raw).simplified();
        return CharsetDecoder::decodeUtf8OrWindows1252(raw).simplified();
    }
    detail::ensureGMimeInitialized();
    QByteArray text = raw;
    if (!isPlainAscii(text))
        text = CharsetDecoder::decodeUtf8OrWindows1252(raw).toUtf8();
    detail::GString8 decoded(g_mime_utils_header_decode_text(detail::lenientParserOptions(), text.constData()));
    return decoded.toQString().simplified();
}

QDateTime parseHeaderDate(const QByteArray &raw)
{
    const QByteArray trimmed = raw.trimmed();
    if (trimmed.isEmpty())
        return QDateTime();
    detail::ensureGMimeInitialized();
    GDateTime *date = g_mime_utils_header_decode_date(trimmed.constData());
    if (!date)
        return QDateTime();
    const qint64 seconds = g_date_time_to_unix(date);
    const int offset = static_cast<int>(g_date_time_get_utc_offset(date) / G_TIME_SPAN_SECOND);
    g_date_time_unref(date);
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::OffsetFromUTC, offset);
}

QByteArrayList parseMessageIds(const QByteArray &raw)
{
    QByteArrayList ids;
    if (raw.trimmed().isEmpty())
        return ids;
    detail::ensureGMimeInitialized();
    GMimeReferences *refs = g_mime_references_parse(detail::lenientParserOptions(), raw.constData());
    if (!refs)
        return ids;
    const int count = g_mime_references_length(refs);
    ids.reserve(count);
    for (int i = 0; i < count; ++i) {
        const char *id = g_mime_references_get_message_id(refs, i);
        if (id && *id)
            ids << QByteArray("<") + QByteArray(id) + QByteArray(">");
    }
    g_mime_references_free(refs);
    return ids;
}

} // namespace epistle::mime
