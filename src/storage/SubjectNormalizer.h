#pragma once

#include <QString>

namespace epistle::storage {

// The subject that threading groups by and the list sorts by: reply and forward prefixes in
// several languages removed ("Re:", "RE[2]:", "Fwd:", "Fw:", "Aw:", "Wg:", "Sv:", "Vs:",
// "Antw:", "Tr:", "Réf:", "Odp:", "回复:"…, also after a "[list]" tag), whitespace collapsed, case folded.
class SubjectNormalizer
{
public:
    static QString normalize(const QString &subject);
    // True if the subject started with a reply or forward prefix.
    static bool hasPrefix(const QString &subject);
};

} // namespace epistle::storage
