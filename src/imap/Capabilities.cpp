#include "imap/Capabilities.h"

namespace epistle::imap {

Capabilities::Capabilities(const QList<QByteArray> &atoms)
{
    for (const QByteArray &atom : atoms) {
        const QByteArray upper = atom.toUpper();
        m_atoms.append(upper);
        m_set.insert(upper);
    }
}

} // namespace epistle::imap
