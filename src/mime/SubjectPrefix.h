#pragma once

#include <QString>

namespace epistle::mime {

// Reply and forward subject prefixes, in the languages mailers actually send: "Re:", "RE:",
// "Aw:", "Sv:", "Antw:", "Re[2]:", "Re(3):" for replies; "Fwd:", "Fw:", "Wg:", "Tr:", "Enc:",
// "Rv:" for forwards.
class SubjectPrefix
{
public:
    // The subject without any leading reply/forward prefixes: "Re: Fwd: RE[2]: x" -> "x".
    static QString strip(const QString &subject);
    // "Re: " + the subject without its leading reply prefixes (a "Fwd:" after them stays).
    static QString reply(const QString &subject);
    // "Fwd: " + the subject without its leading forward prefixes.
    static QString forward(const QString &subject);
};

} // namespace epistle::mime
