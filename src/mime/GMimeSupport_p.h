#pragma once

// Private to src/mime: only .cpp files of this module include it. It is the one place that knows
// GMime, so that no GMime or glib type leaks into the module's public headers.

#include "mime/Address.h"
#include "mime/Part.h"

#include <QByteArray>
#include <QString>

#include <gmime/gmime.h>

#include <mutex>
#include <utility>

namespace epistle::mime::detail {

// g_mime_init() exactly once per process, from any thread.
void ensureGMimeInitialized();

// Owns one GObject reference.
template<typename T>
class GObjectRef
{
public:
    GObjectRef() = default;
    explicit GObjectRef(T *adopted) : m_ptr(adopted) {}
    GObjectRef(const GObjectRef &) = delete;
    GObjectRef &operator=(const GObjectRef &) = delete;
    GObjectRef(GObjectRef &&other) noexcept : m_ptr(std::exchange(other.m_ptr, nullptr)) {}
    GObjectRef &operator=(GObjectRef &&other) noexcept
    {
        std::swap(m_ptr, other.m_ptr);
        return *this;
    }
    ~GObjectRef()
    {
        if (m_ptr)
            g_object_unref(m_ptr);
    }
    T *get() const { return m_ptr; }
    T *release() { return std::exchange(m_ptr, nullptr); }
    explicit operator bool() const { return m_ptr != nullptr; }

private:
    T *m_ptr = nullptr;
};

// Owns a g_malloc'd string.
class GString8
{
public:
    explicit GString8(char *adopted) : m_str(adopted) {}
    GString8(const GString8 &) = delete;
    GString8 &operator=(const GString8 &) = delete;
    ~GString8() { g_free(m_str); }
    const char *get() const { return m_str; }
    QString toQString() const { return m_str ? QString::fromUtf8(m_str) : QString(); }

private:
    char *m_str;
};

// The lenient options used for all real-world mail: loose RFC 2047 and RFC 2231 handling,
// addresses without domain, raw 8-bit headers read as UTF-8 or else windows-1252.
// The returned options are shared and must not be modified.
GMimeParserOptions *lenientParserOptions();

// Format options for output: CRLF line ends, RFC 2231 parameters.
GMimeFormatOptions *crlfFormatOptions();

// Wraps the bytes of `data` in a GMime stream without copying them; `data` must outlive the stream.
GMimeStream *streamOverBytes(const QByteArray &data);

// Everything a GMime stream holds, decoded from its transfer encoding.
QByteArray decodedContent(GMimeObject *part);

// Appends the mailboxes of a GMime list, groups flattened.
void appendAddresses(InternetAddressList *list, AddressList &out, const QString &group = {});

inline QString fromUtf8(const char *s) { return s ? QString::fromUtf8(s) : QString(); }

} // namespace epistle::mime::detail

namespace epistle::mime::detail {

// What a parsed message's parts point into: the GMime tree and the bytes (or file) it reads
// bodies from. Members are destroyed tree first, then stream, then bytes.
class Document
{
public:
    QByteArray source;
    GObjectRef<GMimeStream> stream;
    GObjectRef<GMimeMessage> message;
    std::mutex mutex; // GMime streams are not thread-safe
};

// A part holds its GMime object (borrowed from the document's tree) as an opaque pointer, so
// that Part.h names no GMime type.
struct PartAccess
{
    static void bind(Part &part, std::shared_ptr<Document> document, GMimeObject *object)
    {
        part.m_document = std::move(document);
        part.m_object = object;
    }
    static Document *document(const Part &part) { return part.m_document.get(); }
    static GMimeObject *object(const Part &part)
    {
        return part.m_document ? static_cast<GMimeObject *>(part.m_object) : nullptr;
    }
};

} // namespace epistle::mime::detail
