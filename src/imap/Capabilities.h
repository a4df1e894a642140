#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>

namespace epistle::imap {

// What a server announced in CAPABILITY (upper-case atoms).
class Capabilities
{
public:
    Capabilities() = default;
    explicit Capabilities(const QList<QByteArray> &atoms);

    bool isEmpty() const { return m_atoms.isEmpty(); }
    bool has(const char *capability) const { return m_set.contains(QByteArray(capability)); }
    bool has(const QByteArray &capability) const { return m_set.contains(capability.toUpper()); }
    bool hasAuth(const char *mechanism) const { return has(QByteArray("AUTH=") + mechanism); }
    bool isImap4rev2() const { return has("IMAP4REV2"); }
    const QList<QByteArray> &atoms() const { return m_atoms; }

private:
    QList<QByteArray> m_atoms;
    QSet<QByteArray> m_set;
};

} // namespace epistle::imap
