// libFuzzer target: the HTML sanitizer. Besides memory errors it checks the security
// properties of the output by tokenizing it again: only whitelisted elements, no event
// handlers, no URL the mode does not allow, no raw '<' that a browser would read as markup.

#include "mime/CssSanitizer.h"
#include "mime/HtmlSanitizer.h"
#include "mime/HtmlToText.h"
#include "mime/HtmlTokenizer.h"

#include <cstddef>
#include <cstdint>

using namespace epistle::mime;

namespace {

void check(const SanitizedHtml &result, bool allowRemote)
{
    HtmlTokenizer tokenizer(result.html);
    for (;;) {
        const HtmlToken token = tokenizer.next();
        if (token.type == HtmlToken::Type::EndOfFile)
            break;
        if (token.type == HtmlToken::Type::Comment)
            __builtin_trap(); // comments are never written
        if (token.type != HtmlToken::Type::StartTag)
            continue;
        if (!HtmlSanitizer::isAllowedElement(token.name) && token.name != QLatin1String("style")
            && token.name != QLatin1String("pre"))
            __builtin_trap();
        if (token.name == QLatin1String("style")) {
            const QString css = tokenizer.readRawText(token.name);
            const CssSanitizeResult again = CssSanitizer::sanitize(css, allowRemote);
            if (again.dangerous || again.hasImport || (!allowRemote && again.remoteFound > 0))
                __builtin_trap();
        }
        for (const HtmlAttribute &attribute : token.attributes) {
            if (attribute.name.startsWith(QLatin1String("on")))
                __builtin_trap();
            if (attribute.name == QLatin1String("href") || attribute.name == QLatin1String("src")
                || attribute.name == QLatin1String("background")) {
                const UrlKind kind = classifyUrl(attribute.value);
                if (kind == UrlKind::Other)
                    __builtin_trap();
                if (kind == UrlKind::Remote && !allowRemote && attribute.name != QLatin1String("href"))
                    __builtin_trap();
            }
            if (attribute.name == QLatin1String("style")) {
                const CssSanitizeResult again = CssSanitizer::sanitize(attribute.value, allowRemote);
                if (again.dangerous || again.hasImport || (!allowRemote && again.remoteFound > 0))
                    __builtin_trap();
            }
        }
    }
    if (result.remoteBlocked > result.remoteResources || (allowRemote && result.remoteBlocked > result.remoteResources))
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    for (bool allowRemote : {false, true}) {
        const SanitizedHtml result = HtmlSanitizer({allowRemote}).sanitize(html);
        check(result, allowRemote);
    }
    HtmlToText::convert(html);
    return 0;
}
