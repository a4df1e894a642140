// libFuzzer target: the whole read path a received message goes through.

#include "mime/CidResolver.h"
#include "mime/DisplayText.h"
#include "mime/HtmlSanitizer.h"
#include "mime/HtmlToText.h"
#include "mime/MessageParser.h"
#include "mime/ReplyBuilder.h"

#include <cstddef>
#include <cstdint>

using namespace epistle::mime;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Message message = MessageParser().parse(bytes);

    for (const Part *part : message.leafParts()) {
        if (part->decodedSize() != part->decodedContent().size())
            __builtin_trap();
        part->suggestedFileName();
    }
    for (const Part *part : message.attachments())
        part->decodedSize();
    for (BodyPreference preference : {BodyPreference::Html, BodyPreference::Plain}) {
        const DisplayText text = DisplayText::select(message, preference);
        if (text.isHtml()) {
            const SanitizedHtml clean = HtmlSanitizer().sanitize(text.text);
            CidResolver(message).embedImages(clean.html);
        }
    }
    ReplyBuilder::build(message, ReplyMode::All, Address{QString(), QStringLiteral("me@example.test"), {}},
                        {QStringLiteral("me@example.test")});
    return 0;
}
