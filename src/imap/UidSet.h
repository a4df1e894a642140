#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <optional>

namespace epistle::imap {

// A set of UIDs (or sequence numbers) as IMAP writes it: "1:5,7,9:12". Kept as ranges so that
// "1:4294967295" costs nothing; expanding to a list is explicit and bounded.
class UidSet
{
public:
    using Range = QPair<quint32, quint32>; // first <= last

    UidSet() = default;
    static UidSet single(quint32 uid);
    static UidSet range(quint32 first, quint32 last);
    static UidSet fromList(QList<quint32> uids); // sorts and merges

    // Parses "1:5,7,9:*"; '*' stands for star (e.g. UIDNEXT-1); nullopt on malformed text.
    static std::optional<UidSet> parse(const QByteArray &text, quint32 star = 0xffffffffu);

    void add(quint32 uid) { addRange(uid, uid); }
    void addRange(quint32 first, quint32 last);

    bool isEmpty() const { return m_ranges.isEmpty(); }
    bool contains(quint32 uid) const;
    quint64 count() const;
    const QList<Range> &ranges() const { return m_ranges; }

    // Every member in increasing order, or nullopt when there are more than limit.
    std::optional<QList<quint32>> toList(quint64 limit = 10'000'000) const;
    QByteArray toByteArray() const; // "" for an empty set

    // Splits into sets whose text is at most maxBytes long (servers limit command lines).
    QList<UidSet> split(qsizetype maxBytes) const;

    bool operator==(const UidSet &other) const { return m_ranges == other.m_ranges; }

private:
    void normalise();
    QList<Range> m_ranges; // sorted, disjoint, non-adjacent
};

} // namespace epistle::imap

Q_DECLARE_METATYPE(epistle::imap::UidSet)
