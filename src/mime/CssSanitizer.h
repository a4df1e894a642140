#pragma once

#include <QString>
#include <QStringView>

namespace epistle::mime {

enum class UrlKind {
    Remote,    // http, https, ftp, protocol-relative
    Cid,       // cid: (a part of the same message)
    DataImage, // data:image/png|gif|jpeg|webp|bmp
    Link,      // mailto:, news:, tel: (only where a link is allowed)
    Fragment,  // "#anchor"
    Other,     // javascript:, vbscript:, data:text/html, relative URLs, anything else
};

// Classifies a URL as a browser would read it (control characters and whitespace that browsers
// ignore are removed first); *normalized receives that form.
UrlKind classifyUrl(QStringView url, QString *normalized = nullptr);

struct CssSanitizeResult
{
    QString css;
    int remoteFound = 0;
    int remoteBlocked = 0;
    bool dangerous = false;  // expression(), javascript:, behavior, -moz-binding, image-set()
    bool hasImport = false;  // @import
};

// Rewrites CSS so that a browser reads exactly what was checked: comments removed, escapes
// decoded (and no backslash left), url() kept only for cid: and data: images, and remote ones
// when allowed; everything else becomes `none`.
class CssSanitizer
{
public:
    static CssSanitizeResult sanitize(QStringView css, bool allowRemote);
};

} // namespace epistle::mime
