#include "mime/CommonStrings_p.h"

#include <cstring>

namespace epistle::mime::detail {

namespace {

struct Entry
{
    std::string_view latin1;
    std::u16string_view utf16;
};

#define EPISTLE_COMMON(text) Entry{text, u"" text}
constexpr Entry entries[] = {
    EPISTLE_COMMON("From"), EPISTLE_COMMON("To"), EPISTLE_COMMON("Cc"), EPISTLE_COMMON("Bcc"),
    EPISTLE_COMMON("Subject"), EPISTLE_COMMON("Date"), EPISTLE_COMMON("Message-ID"), EPISTLE_COMMON("Message-Id"),
    EPISTLE_COMMON("In-Reply-To"), EPISTLE_COMMON("References"), EPISTLE_COMMON("Reply-To"), EPISTLE_COMMON("Sender"),
    EPISTLE_COMMON("MIME-Version"), EPISTLE_COMMON("Mime-Version"), EPISTLE_COMMON("Content-Type"),
    EPISTLE_COMMON("Content-Transfer-Encoding"), EPISTLE_COMMON("Content-Disposition"), EPISTLE_COMMON("Content-ID"),
    EPISTLE_COMMON("Content-Id"), EPISTLE_COMMON("Received"), EPISTLE_COMMON("Return-Path"),
    EPISTLE_COMMON("Delivered-To"), EPISTLE_COMMON("User-Agent"), EPISTLE_COMMON("X-Mailer"), EPISTLE_COMMON("List-Id"),
    EPISTLE_COMMON("List-Unsubscribe"), EPISTLE_COMMON("DKIM-Signature"), EPISTLE_COMMON("Authentication-Results"),
    EPISTLE_COMMON("X-Original-To"), EPISTLE_COMMON("Precedence"), EPISTLE_COMMON("Thread-Topic"),
    EPISTLE_COMMON("Thread-Index"), EPISTLE_COMMON("Content-Language"), EPISTLE_COMMON("Importance"),
    EPISTLE_COMMON("text"), EPISTLE_COMMON("plain"), EPISTLE_COMMON("html"), EPISTLE_COMMON("multipart"),
    EPISTLE_COMMON("mixed"), EPISTLE_COMMON("alternative"), EPISTLE_COMMON("related"), EPISTLE_COMMON("digest"),
    EPISTLE_COMMON("signed"), EPISTLE_COMMON("encrypted"), EPISTLE_COMMON("report"), EPISTLE_COMMON("application"),
    EPISTLE_COMMON("octet-stream"), EPISTLE_COMMON("pdf"), EPISTLE_COMMON("image"), EPISTLE_COMMON("png"),
    EPISTLE_COMMON("jpeg"), EPISTLE_COMMON("gif"), EPISTLE_COMMON("message"), EPISTLE_COMMON("rfc822"),
    EPISTLE_COMMON("delivery-status"), EPISTLE_COMMON("charset"), EPISTLE_COMMON("boundary"), EPISTLE_COMMON("name"),
    EPISTLE_COMMON("filename"), EPISTLE_COMMON("format"), EPISTLE_COMMON("flowed"), EPISTLE_COMMON("delsp"),
    EPISTLE_COMMON("type"), EPISTLE_COMMON("start"), EPISTLE_COMMON("protocol"), EPISTLE_COMMON("micalg"),
    EPISTLE_COMMON("size"), EPISTLE_COMMON("creation-date"), EPISTLE_COMMON("modification-date"),
    EPISTLE_COMMON("utf-8"), EPISTLE_COMMON("us-ascii"), EPISTLE_COMMON("iso-8859-1"), EPISTLE_COMMON("iso-8859-15"),
    EPISTLE_COMMON("windows-1252"), EPISTLE_COMMON("yes"), EPISTLE_COMMON("no"), EPISTLE_COMMON("base64"),
    EPISTLE_COMMON("quoted-printable"), EPISTLE_COMMON("7bit"), EPISTLE_COMMON("8bit"), EPISTLE_COMMON("binary"),
    EPISTLE_COMMON("inline"), EPISTLE_COMMON("attachment"), EPISTLE_COMMON("1.0"), EPISTLE_COMMON("text/html"),
    EPISTLE_COMMON("text/plain")};
#undef EPISTLE_COMMON

static_assert(std::size(entries) < 255, "slot indexes are bytes");

QString staticString(int index)
{
    const std::u16string_view text = entries[index].utf16;
    return QString::fromRawData(reinterpret_cast<const QChar *>(text.data()), static_cast<qsizetype>(text.size()));
}

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

CommonStrings::CommonStrings()
{
    for (size_t i = 0; i < std::size(entries); ++i) {
        uint32_t slot = slotOf(entries[i].latin1);
        while (m_slots[slot])
            slot = (slot + 1) % slotCount;
        m_slots[slot] = static_cast<uint8_t>(i + 1);
    }
}

// Length, first, middle and last byte: enough to tell the common strings apart, and cheaper than
// hashing every byte of the (mostly matching) text.
uint32_t CommonStrings::slotOf(std::string_view text)
{
    if (text.empty())
        return 0;
    const auto byte = [&](size_t i) { return static_cast<uint32_t>(static_cast<unsigned char>(text[i])); };
    const uint32_t h = static_cast<uint32_t>(text.size()) * 97u + byte(0) * 31u + byte(text.size() / 2) * 7u
                       + byte(text.size() - 1);
    return (h * 2654435761u >> 16) % slotCount;
}

int CommonStrings::indexOf(std::string_view text) const
{
    for (uint32_t slot = slotOf(text);; slot = (slot + 1) % slotCount) {
        const int index = m_slots[slot] - 1;
        if (index < 0 || entries[index].latin1 == text)
            return index;
    }
}

QString CommonStrings::get(const char *text) const
{
    if (!text)
        return {};
    const std::string_view view(text);
    const int index = indexOf(view);
    return index < 0 ? fromUtf8(view) : staticString(index);
}

QString CommonStrings::lower(const char *text) const
{
    if (!text)
        return {};
    char folded[64];
    size_t size = 0;
    bool ascii = true;
    for (; text[size]; ++size) {
        const char c = text[size];
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
        if (size < sizeof folded)
            folded[size] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    const std::string_view view(text, size);
    if (!ascii || size > sizeof folded)
        return fromUtf8(view).toLower();
    const std::string_view lowered(folded, size);
    const int index = indexOf(lowered);
    return index < 0 ? QString::fromLatin1(lowered.data(), static_cast<qsizetype>(size)) : staticString(index);
}

} // namespace epistle::mime::detail
