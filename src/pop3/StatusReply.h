#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace epistle::pop3 {

// RFC 2449 / 3206 extended response codes that a caller acts on differently.
enum class ResponseCode {
    None,       // no [CODE] in the reply
    Auth,       // [AUTH]: the credentials are wrong
    InUse,      // [IN-USE]: another session holds the mailbox lock
    LoginDelay, // [LOGIN-DELAY]: logged in too recently
    SysTemp,    // [SYS/TEMP]: a transient server fault, retry later
    SysPerm,    // [SYS/PERM]: a permanent server fault
    Other,      // a code this client does not know (kept in StatusReply::code)
};

// One POP3 status line: "+OK text", "-ERR [CODE] text", or a SASL continuation "+ base64".
struct StatusReply
{
    enum class Kind { Ok, Err, Continuation };

    Kind kind = Kind::Err;
    ResponseCode responseCode = ResponseCode::None;
    QByteArray code; // the bracketed code as sent, without brackets (hierarchical: "SYS/TEMP")
    QByteArray text; // the rest of the line, after the code

    bool isOk() const { return kind == Kind::Ok; }

    // Parses a line without its line end. nullopt: not a POP3 status line. Leniencies seen in
    // real servers: "+OK" / "-ERR" without text, lower-case "+ok", tabs as separators.
    static std::optional<StatusReply> parse(QByteArrayView line);
    static ResponseCode classify(QByteArrayView code);
};

// The APOP timestamp of a greeting ("<1896.697170952@dbc.mtview.ca.us>"), or empty when the
// greeting has none or a malformed one (RFC 1939 section 7: msg-id syntax).
QByteArray apopTimestamp(QByteArrayView greetingText);

} // namespace epistle::pop3
