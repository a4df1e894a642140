#pragma once

#include <QString>
#include <QStringView>

namespace epistle::mime {

struct SanitizedHtml
{
    QString html;
    int remoteResources = 0; // remote images, backgrounds and CSS url()s found
    int remoteBlocked = 0;   // of those, how many were removed (all of them unless allowed)
    int removedElements = 0; // scripts, forms, frames, objects, ... taken out
};

// Makes untrusted HTML safe to display. A whitelist of elements and attributes; scripts, forms,
// frames, objects, embeds, event handlers, javascript:/vbscript: and non-image data: URLs,
// <meta>, <base>, <link> and style sheets with @import or script-like CSS are removed. Remote
// resources (http, https, ftp) are blocked and counted unless allowRemote is set; cid: stays.
// Links keep http(s)/mailto targets and get rel="noopener noreferrer".
class HtmlSanitizer
{
public:
    struct Options
    {
        bool allowRemote = false;
    };

    HtmlSanitizer() = default;
    explicit HtmlSanitizer(Options options) : m_options(options) {}

    SanitizedHtml sanitize(QStringView html) const;

    // Elements written out as they are (minus unsafe attributes); <style> and <pre> may also
    // appear in the output (sanitized style sheets, <xmp>/<plaintext> rewritten).
    static bool isAllowedElement(const QString &name);

private:
    Options m_options;
};

} // namespace epistle::mime
