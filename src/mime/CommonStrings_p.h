#pragma once

// Private to src/mime.

#include <QString>

#include <array>
#include <cstdint>
#include <string_view>

namespace epistle::mime::detail {

// The strings every message repeats (header names, media types, parameter names and common
// values) as QStrings over static data: taking one allocates nothing and copying one touches no
// reference count. Parsing is dominated by allocation, and a hash map of shared QStrings cost
// more in lookups and atomic reference counts than it saved.
class CommonStrings
{
public:
    CommonStrings();

    // `text` as UTF-8, common strings shared.
    QString get(const char *text) const;
    // `text` lower-cased (Unicode), common strings shared; ASCII is lower-cased without a
    // temporary.
    QString lower(const char *text) const;

private:
    // The index of the common string equal to `text`, or -1.
    int indexOf(std::string_view text) const;
    static uint32_t slotOf(std::string_view text);

    static constexpr uint32_t slotCount = 512;
    std::array<uint8_t, slotCount> m_slots{}; // index + 1 into the entries, 0 when free
};

} // namespace epistle::mime::detail
