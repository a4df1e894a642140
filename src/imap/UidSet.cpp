#include "imap/UidSet.h"

#include <algorithm>

namespace epistle::imap {

UidSet UidSet::single(quint32 uid)
{
    UidSet set;
    set.add(uid);
    return set;
}

UidSet UidSet::range(quint32 first, quint32 last)
{
    UidSet set;
    set.addRange(first, last);
    return set;
}

UidSet UidSet::fromList(QList<quint32> uids)
{
    std::sort(uids.begin(), uids.end());
    UidSet set;
    for (qsizetype i = 0; i < uids.size();) {
        qsizetype j = i;
        while (j + 1 < uids.size() && (uids[j + 1] == uids[j] || uids[j + 1] == uids[j] + 1))
            ++j;
        set.m_ranges.append({uids[i], uids[j]});
        i = j + 1;
    }
    return set;
}

static std::optional<quint32> parseSetNumber(const char *&p, const char *end, quint32 star)
{
    if (p < end && *p == '*') {
        ++p;
        return star;
    }
    quint64 value = 0;
    const char *start = p;
    while (p < end && *p >= '0' && *p <= '9') {
        value = value * 10 + quint64(*p - '0');
        if (value > 0xffffffffu)
            return std::nullopt;
        ++p;
    }
    if (p == start)
        return std::nullopt;
    return quint32(value);
}

std::optional<UidSet> UidSet::parse(const QByteArray &text, quint32 star)
{
    UidSet set;
    const char *p = text.constData();
    const char *end = p + text.size();
    if (p == end)
        return std::nullopt;
    while (p < end) {
        const auto first = parseSetNumber(p, end, star);
        if (!first)
            return std::nullopt;
        quint32 last = *first;
        if (p < end && *p == ':') {
            ++p;
            const auto second = parseSetNumber(p, end, star);
            if (!second)
                return std::nullopt;
            last = *second;
        }
        set.m_ranges.append({std::min(*first, last), std::max(*first, last)});
        if (p < end) {
            if (*p != ',' || p + 1 == end)
                return std::nullopt;
            ++p;
        }
    }
    set.normalise();
    return set;
}

void UidSet::addRange(quint32 first, quint32 last)
{
    if (first > last)
        std::swap(first, last);
    // The common case while building a set: appending after the last range.
    if (m_ranges.isEmpty() || quint64(first) > quint64(m_ranges.last().second) + 1) {
        m_ranges.append({first, last});
        if (m_ranges.size() > 1 && m_ranges[m_ranges.size() - 2].first > first)
            normalise();
        return;
    }
    m_ranges.append({first, last});
    normalise();
}

void UidSet::normalise()
{
    std::sort(m_ranges.begin(), m_ranges.end());
    QList<Range> merged;
    merged.reserve(m_ranges.size());
    for (const Range &range : std::as_const(m_ranges)) {
        if (!merged.isEmpty() && quint64(range.first) <= quint64(merged.last().second) + 1)
            merged.last().second = std::max(merged.last().second, range.second);
        else
            merged.append(range);
    }
    m_ranges = std::move(merged);
}

bool UidSet::contains(quint32 uid) const
{
    auto it = std::upper_bound(m_ranges.cbegin(), m_ranges.cend(), uid,
                               [](quint32 value, const Range &range) { return value < range.first; });
    if (it == m_ranges.cbegin())
        return false;
    --it;
    return uid <= it->second;
}

quint64 UidSet::count() const
{
    quint64 total = 0;
    for (const Range &range : m_ranges)
        total += quint64(range.second) - range.first + 1;
    return total;
}

std::optional<QList<quint32>> UidSet::toList(quint64 limit) const
{
    if (count() > limit)
        return std::nullopt;
    QList<quint32> list;
    list.reserve(qsizetype(count()));
    for (const Range &range : m_ranges) {
        for (quint64 uid = range.first; uid <= range.second; ++uid)
            list.append(quint32(uid));
    }
    return list;
}

static void appendRange(QByteArray &out, const UidSet::Range &range)
{
    out += QByteArray::number(range.first);
    if (range.second != range.first) {
        out += ':';
        out += QByteArray::number(range.second);
    }
}

QByteArray UidSet::toByteArray() const
{
    QByteArray out;
    for (const Range &range : m_ranges) {
        if (!out.isEmpty())
            out += ',';
        appendRange(out, range);
    }
    return out;
}

QList<UidSet> UidSet::split(qsizetype maxBytes) const
{
    QList<UidSet> parts;
    UidSet current;
    qsizetype length = 0;
    for (const Range &range : m_ranges) {
        QByteArray piece;
        appendRange(piece, range);
        if (!current.isEmpty() && length + 1 + piece.size() > maxBytes) {
            parts.append(current);
            current = UidSet();
            length = 0;
        }
        length += (current.isEmpty() ? 0 : 1) + piece.size();
        current.m_ranges.append(range);
    }
    if (!current.isEmpty())
        parts.append(current);
    return parts;
}

} // namespace epistle::imap
