#include "storage/MessageTypes.h"

namespace epistle::storage {

namespace {
constexpr QChar FieldSeparator(0x1f);
constexpr QChar EntrySeparator(0x1e);

QString clean(const QString &text)
{
    QString out = text;
    out.replace(FieldSeparator, QLatin1Char(' '));
    out.replace(EntrySeparator, QLatin1Char(' '));
    return out;
}
} // namespace

QString encodeAddresses(const QList<Address> &addresses)
{
    QString out;
    for (const Address &a : addresses) {
        if (!out.isEmpty())
            out += EntrySeparator;
        out += clean(a.name) + FieldSeparator + clean(a.address);
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
