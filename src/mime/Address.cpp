#include "mime/Address.h"

#include "mime/GMimeSupport_p.h"

namespace epistle::mime {

namespace {

bool needsQuoting(const QString &name)
{
    static const QString specials = QStringLiteral("()<>[]:;@\\,.\"");
    for (QChar c : name) {
        if (specials.contains(c))
            return true;
    }
    return false;
}

} // namespace

QString Address::toDisplayString() const
{
    if (name.isEmpty() || name == email)
        return email;
    QString shownName = name;
    if (needsQuoting(name)) {
        shownName.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        shownName.replace(QLatin1Char('"'), QLatin1String("\\\""));
        shownName = QLatin1Char('"') + shownName + QLatin1Char('"');
    }
    if (email.isEmpty())
        return shownName;
    return shownName + QLatin1String(" <") + email + QLatin1Char('>');
}

bool Address::sameMailbox(const Address &other) const
{
    return !email.isEmpty() && email.compare(other.email, Qt::CaseInsensitive) == 0;
}

AddressList parseAddressList(const QString &text)
{
    AddressList result;
    const QByteArray utf8 = text.toUtf8();
    detail::GObjectRef<InternetAddressList> list(
        internet_address_list_parse(detail::lenientParserOptions(), utf8.constData()));
    detail::appendAddresses(list.get(), result);
    return result;
}

QString formatAddressList(const AddressList &addresses)
{
    QStringList parts;
    for (const Address &a : addresses) {
        if (!a.email.isEmpty())
            parts << a.toDisplayString();
    }
    return parts.join(QLatin1String(", "));
}

bool containsMailbox(const AddressList &list, const QString &email)
{
    for (const Address &a : list) {
        if (!a.email.isEmpty() && a.email.compare(email, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace epistle::mime
