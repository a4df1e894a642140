#pragma once

#include <QList>
#include <QString>

namespace epistle::mime {

// One mailbox. Members of an RFC 5322 group are flattened into the list they appear in and keep
// the group's display name in `group`.
struct Address
{
    QString name;
    QString email;
    QString group;

    bool isEmpty() const { return email.isEmpty() && name.isEmpty(); }
    // "Name <email>" with the name quoted when needed, or just the email.
    QString toDisplayString() const;
    bool sameMailbox(const Address &other) const;
    bool operator==(const Address &other) const = default;
};

using AddressList = QList<Address>;

// Parses an address list leniently (encoded words decoded, groups flattened).
AddressList parseAddressList(const QString &text);
QString formatAddressList(const AddressList &addresses);
bool containsMailbox(const AddressList &list, const QString &email);

} // namespace epistle::mime
