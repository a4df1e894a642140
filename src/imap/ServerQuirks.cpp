#include "imap/ServerQuirks.h"

namespace epistle::imap {

namespace {

QByteArray idValue(const Parameters &id, const char *name)
{
    for (const auto &field : id) {
        if (field.first.compare(name, Qt::CaseInsensitive) == 0)
            return field.second;
    }
    return {};
}

} // namespace

ServerQuirks ServerQuirks::detect(const QByteArray &greeting, const Capabilities &capabilities, const Parameters &id)
{
    ServerQuirks quirks;
    const QByteArray idName = idValue(id, "name").toLower();
    const QByteArray text = greeting.toLower();
    if (idName.contains("dovecot") || text.contains("dovecot"))
        quirks.product = Product::Dovecot;
    else if (idName.contains("cyrus") || text.contains("cyrus"))
        quirks.product = Product::Cyrus;
    else if (text.contains("courier"))
        quirks.product = Product::Courier;
    else if (capabilities.has("X-GM-EXT-1") || idName.contains("gimap"))
        quirks.product = Product::Gmail;
    else if (text.contains("microsoft exchange") || capabilities.has("XPROXY3") || idName.contains("exchange"))
        quirks.product = Product::Exchange;
    else if (idName.contains("zimbra") || text.contains("zimbra"))
        quirks.product = Product::Zimbra;
    else if (capabilities.has("XYMHIGHESTMODSEQ") || idValue(id, "vendor").toLower().contains("yahoo"))
        quirks.product = Product::Yahoo;

    switch (quirks.product) {
    case Product::Exchange:
        quirks.trustBodyStructure = false;
        quirks.maxCommandLength = 4000; // conservative: long UID sets have been refused
        break;
    case Product::Yahoo:
        quirks.maxCommandLength = 4000;
        break;
    case Product::Courier:
        quirks.maxCommandLength = 4000;
        break;
    default:
        break;
    }
    return quirks;
}

QByteArray productName(ServerQuirks::Product product)
{
    switch (product) {
    case ServerQuirks::Product::Unknown: return "unknown";
    case ServerQuirks::Product::Dovecot: return "Dovecot";
    case ServerQuirks::Product::Cyrus: return "Cyrus";
    case ServerQuirks::Product::Courier: return "Courier";
    case ServerQuirks::Product::Exchange: return "Exchange";
    case ServerQuirks::Product::Gmail: return "Gmail";
    case ServerQuirks::Product::Yahoo: return "Yahoo";
    case ServerQuirks::Product::Zimbra: return "Zimbra";
    }
    return {};
}

} // namespace epistle::imap
