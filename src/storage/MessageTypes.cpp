#include "storage/MessageTypes.h"

namespace epistle::storage {

namespace {
constexpr QChar FieldSeparator(0x1f);
constexpr QChar EntrySeparator(0x1e);

// Appends the text with the separators replaced by spaces.
void appendClean(QString &out, const QString &text)
{
    const qsizetype start = out.size();
    out += text;
    QChar *d = out.data() + start;
    for (qsizetype i = 0, n = text.size(); i < n; ++i) {
        if (d[i] == FieldSeparator || d[i] == EntrySeparator)
            d[i] = QLatin1Char(' ');
    }
}
} // namespace

QString encodeAddresses(const QList<Address> &addresses)
{
    QString out;
    if (addresses.isEmpty())
        return out;
    qsizetype length = 0;
    for (const Address &a : addresses)
        length += a.name.size() + a.address.size() + 2;
    out.reserve(length);
    for (const Address &a : addresses) {
        if (!out.isEmpty())
            out += EntrySeparator;
        appendClean(out, a.name);
        out += FieldSeparator;
        appendClean(out, a.address);
    }
    return out;
}

QList<Address> decodeAddresses(const QString &encoded)
{
    QList<Address> out;
    if (encoded.isEmpty())
        return out;
    const QStringList entries = encoded.split(EntrySeparator);
    for (const QString &entry : entries) {
        const qsizetype cut = entry.indexOf(FieldSeparator);
        if (cut < 0)
            out.append({QString(), entry});
        else
            out.append({entry.left(cut), entry.mid(cut + 1)});
    }
    return out;
}

} // namespace epistle::storage
