#pragma once

#include "imap/Response.h"
#include "imap/ResponseStream.h"

namespace epistle::imap {

struct ParseError
{
    QByteArray message;  // what was wrong and where
    QByteArray tag;      // the tag of a tagged response that could not be parsed, if it had one
    qsizetype position = 0;
};

struct ParseResult
{
    bool ok = false;
    Response response;
    ParseError error;
};

// Turns one complete raw response (see ResponseStream) into a typed Response, following the
// grammar of RFC 3501 and RFC 9051 plus the extensions the engine uses (CONDSTORE/QRESYNC,
// ESEARCH, LIST-EXTENDED, SPECIAL-USE, NAMESPACE, ID, ENABLE, QUOTA, OBJECTID, BINARY, UIDPLUS).
// A response that breaks the grammar gives an error for that response only; the stream goes on
// at the next response. Nesting is bounded, so hostile input cannot exhaust the stack.
class Parser
{
public:
    struct Options
    {
        bool utf8Mailboxes = false; // UTF8=ACCEPT enabled: mailbox names are UTF-8, not modified UTF-7
        int maxDepth = 64;          // parenthesised lists and body structures
    };

    Parser() = default;
    explicit Parser(const Options &options) : m_options(options) {}
    void setUtf8Mailboxes(bool on) { m_options.utf8Mailboxes = on; }
    const Options &options() const { return m_options; }

    // Literals are moved out of raw into the response: they are not copied again.
    ParseResult parse(RawResponse raw) const;

    // Convenience for tests and tools: one response given as bytes (CRLFs and literals included).
    ParseResult parseBytes(const QByteArray &bytes) const;

    // "17-Jul-1996 02:44:25 -0700"; invalid QDateTime when malformed.
    static QDateTime parseInternalDate(const QByteArray &text);

private:
    Options m_options;
};

} // namespace epistle::imap
