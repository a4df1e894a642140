#include "mime/Part.h"

#include "mime/GMimeSupport_p.h"

#include <QMimeDatabase>

namespace epistle::mime {

bool Part::isAttachment() const
{
    if (!isLeaf() && !message)
        return false;
    if (disposition == QLatin1String("attachment"))
        return true;
    if (isMultipart())
        return false;
    if (message)
        return true; // a forwarded message is something to open or save
    if (isText() && filename.isEmpty())
        return false;
    if (!filename.isEmpty())
        return !(isInline() && !contentId.isEmpty() && mediaType == QLatin1String("image"));
    // A nameless non-text leaf: an attachment unless it is a resource of an HTML body.
    return contentId.isEmpty() && !isInline();
}

QString Part::suggestedFileName() const
{
    QString name = filename;
    // Keep only the last path component and nothing that could escape a folder.
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    name = name.section(QLatin1Char('/'), -1);
    QString cleaned;
    for (QChar c : std::as_const(name)) {
        if (c.unicode() < 0x20 || c == QChar(0x7f) || c == QLatin1Char(':'))
            continue;
        cleaned += c;
    }
    while (cleaned.startsWith(QLatin1Char('.')))
        cleaned.remove(0, 1);
    cleaned = cleaned.trimmed();
    if (!cleaned.isEmpty())
        return cleaned;
    if (message)
        return QStringLiteral("message.eml");
    const QMimeType type = QMimeDatabase().mimeTypeForName(contentType());
    const QString suffix = type.isValid() ? type.preferredSuffix() : QString();
    return suffix.isEmpty() ? QStringLiteral("attachment.bin") : QStringLiteral("attachment.") + suffix;
}

QByteArray Part::decodedContent() const
{
    if (!m_document)
        return {};
    std::lock_guard lock(m_document->mutex);
    return detail::decodedContent(detail::PartAccess::object(*this));
}

qint64 Part::decodedSize() const
{
    if (!m_document)
        return 0;
    std::lock_guard lock(m_document->mutex);
    GMimeObject *object = detail::PartAccess::object(*this);
    if (!object || !GMIME_IS_PART(object))
        return detail::decodedContent(object).size();
    GMimeDataWrapper *content = g_mime_part_get_content(GMIME_PART(object));
    if (!content)
        return 0;
    detail::GObjectRef<GMimeStream> counter(g_mime_stream_null_new());
    g_mime_data_wrapper_write_to_stream(content, counter.get());
    return static_cast<qint64>(GMIME_STREAM_NULL(counter.get())->written);
}

QByteArray Part::rawContent() const
{
    if (!m_document)
        return {};
    std::lock_guard lock(m_document->mutex);
    GMimeObject *object = detail::PartAccess::object(*this);
    if (!object)
        return {};
    if (!GMIME_IS_PART(object))
        return detail::decodedContent(object);
    GMimeDataWrapper *content = g_mime_part_get_content(GMIME_PART(object));
    GMimeStream *stream = content ? g_mime_data_wrapper_get_stream(content) : nullptr;
    if (!stream)
        return {};
    detail::GObjectRef<GMimeStream> out(g_mime_stream_mem_new());
    g_mime_stream_reset(stream);
    g_mime_stream_write_to_stream(stream, out.get());
    g_mime_stream_reset(stream);
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out.get()));
    return QByteArray(reinterpret_cast<const char *>(bytes->data), static_cast<qsizetype>(bytes->len));
}

} // namespace epistle::mime
