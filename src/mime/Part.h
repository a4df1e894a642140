#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>
#include <vector>

namespace epistle::mime {

class Message;
namespace detail {
class Document;
struct PartAccess;
}

// Content-Type or Content-Disposition parameters: names lower case, values decoded, in the
// order written (a flat list: messages have few parameters per header).
class Parameters
{
public:
    using Item = QPair<QString, QString>;

    QString value(QStringView name, const QString &fallback = QString()) const
    {
        for (const Item &item : m_items) {
            if (item.first == name)
                return item.second;
        }
        return fallback;
    }
    bool contains(QStringView name) const
    {
        for (const Item &item : m_items) {
            if (item.first == name)
                return true;
        }
        return false;
    }
    // Keeps the first value of a name.
    void insert(const QString &name, const QString &value)
    {
        if (!contains(name))
            m_items.append(Item{name, value});
    }
    bool isEmpty() const { return m_items.isEmpty(); }
    qsizetype size() const { return m_items.size(); }
    void reserve(qsizetype n) { m_items.reserve(n); }
    QList<Item>::const_iterator begin() const { return m_items.cbegin(); }
    QList<Item>::const_iterator end() const { return m_items.cend(); }

private:
    QList<Item> m_items;
};

// One node of a message's MIME tree. Content is decoded on demand from the parsed source, which
// the part keeps alive, so listing a tree never copies bodies.
class Part
{
public:
    QString path;              // "1", "1.2", ... ("" for the root of a single-part message body)
    QString mediaType;         // lower case, e.g. "text"
    QString mediaSubtype;      // lower case, e.g. "plain"
    Parameters contentTypeParameters;
    QString disposition;       // lower case, empty when absent
    Parameters dispositionParameters;
    QString filename;          // decoded (RFC 2231 / RFC 2047), from disposition or name=
    QString contentId;         // without angle brackets
    QString contentLocation;
    QString description;
    QString charset;           // as declared, lower case
    QString transferEncoding;  // lower case, e.g. "base64"; empty when absent
    qint64 encodedSize = 0;    // bytes of the body as transmitted
    bool opaque = false;       // signed/encrypted containers, shown but not descended into
    bool truncated = false;    // children not listed because of the depth or part-count guard
    std::vector<Part> children;
    std::shared_ptr<const Message> message; // for message/rfc822 and friends

    QString contentType() const { return mediaType + QLatin1Char('/') + mediaSubtype; }
    bool isMultipart() const { return mediaType == QLatin1String("multipart"); }
    bool isText() const { return mediaType == QLatin1String("text"); }
    bool isMessage() const { return message != nullptr; }
    bool isLeaf() const { return children.empty() && !message; }
    // An attachment: disposition attachment, or a non-text leaf with a file name, or a non-text
    // non-inline leaf that is not a related resource.
    bool isAttachment() const;
    bool isInline() const { return disposition == QLatin1String("inline"); }
    // A name for saving: the filename, else one derived from the type.
    QString suggestedFileName() const;

    // The body decoded from its transfer encoding (bytes in the part's charset). For a nested
    // message, its source.
    QByteArray decodedContent() const;
    // The size of decodedContent(), computed without keeping the content.
    qint64 decodedSize() const;
    // The body as transmitted (still base64 / quoted-printable).
    QByteArray rawContent() const;

    // Depth-first visit of this part and all below, nested messages included.
    template<typename F>
    void forEach(F &&visit) const;

private:
    friend struct detail::PartAccess;
    std::shared_ptr<detail::Document> m_document;
    void *m_object = nullptr; // the GMime object, kept alive by m_document
};

} // namespace epistle::mime
