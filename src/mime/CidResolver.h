#pragma once

#include "mime/Message.h"

#include <QString>
#include <QStringList>

namespace epistle::mime {

// Finds the parts that `cid:` URLs of an HTML body refer to (RFC 2392), within one message
// (parts of embedded messages are separate documents and are not searched).
class CidResolver
{
public:
    explicit CidResolver(const Message &message);

    // "cid:abc%40x" or "abc@x" -> the part with Content-ID <abc@x>, or nullptr.
    const Part *resolve(const QString &url) const;
    // Every distinct cid: URL used in the HTML (src, background, CSS url()).
    static QStringList references(const QString &html);
    // The HTML with each resolvable cid: image URL replaced by a data: URL of the part (for a
    // view that cannot answer cid: requests); parts larger than maxBytes are left as cid:.
    QString embedImages(const QString &html, qint64 maxBytes = 8 * 1024 * 1024) const;

private:
    std::vector<const Part *> m_parts;
};

} // namespace epistle::mime
