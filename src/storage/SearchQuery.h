#pragma once

#include <QString>

namespace epistle::storage {

// Turns what a user typed into a safe FTS5 MATCH expression. Every word or phrase becomes a
// quoted FTS5 string, so no input can produce an FTS syntax error or reach FTS operators.
// Understood:
//   word other         both words (AND)
//   "a phrase"         the words next to each other (an unterminated quote runs to the end)
//   prefix*            words starting with "prefix"; also "a phra"*
//   -word, -"phrase"   excludes matches (needs at least one positive term)
//   subject:x  from:x  to:x  cc:x  body:x   limits a term to a field (from/to/cc: the addresses)
// Terms without a letter or digit are dropped; if nothing is left the result is empty.
class SearchQuery
{
public:
    static QString toFts(const QString &userText);
};

} // namespace epistle::storage
