#include "pop3/StatusReply.h"

namespace epistle::pop3 {

namespace {

bool startsWithNoCase(QByteArrayView text, QByteArrayView prefix)
{
    return text.size() >= prefix.size() && text.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView skipBlanks(QByteArrayView text)
{
    qsizetype i = 0;
    while (i < text.size() && isBlank(text[i]))
        ++i;
    return text.sliced(i);
}

} // namespace

ResponseCode StatusReply::classify(QByteArrayView code)
{
    // Codes are hierarchical (RFC 2449 section 8): "SYS/TEMP/DISK" is still a SYS/TEMP.
    const auto is = [&](QByteArrayView name) {
        return code.compare(name, Qt::CaseInsensitive) == 0
               || (startsWithNoCase(code, name) && code.size() > name.size() && code[name.size()] == '/');
    };
    if (code.isEmpty())
        return ResponseCode::None;
    if (is("AUTH"))
        return ResponseCode::Auth;
    if (is("IN-USE"))
        return ResponseCode::InUse;
    if (is("LOGIN-DELAY"))
        return ResponseCode::LoginDelay;
    if (is("SYS/TEMP"))
        return ResponseCode::SysTemp;
    if (is("SYS/PERM"))
        return ResponseCode::SysPerm;
    return ResponseCode::Other;
}

std::optional<StatusReply> StatusReply::parse(QByteArrayView line)
{
    StatusReply reply;
    QByteArrayView rest;
    if (startsWithNoCase(line, "+OK")) {
        reply.kind = Kind::Ok;
        rest = line.sliced(3);
    } else if (startsWithNoCase(line, "-ERR")) {
        reply.kind = Kind::Err;
        rest = line.sliced(4);
    } else if (line == "+" || (line.size() >= 2 && line[0] == '+' && line[1] == ' ')) {
        reply.kind = Kind::Continuation;
        reply.text = line.sliced(qMin<qsizetype>(2, line.size())).toByteArray();
        return reply;
    } else {
        return std::nullopt;
    }
    if (!rest.isEmpty() && !isBlank(rest[0]))
        return std::nullopt; // "+OKAY" is not a status line
    rest = skipBlanks(rest);
    if (reply.kind == Kind::Err || reply.kind == Kind::Ok) {
        if (!rest.isEmpty() && rest[0] == '[') {
            const qsizetype close = rest.indexOf(']');
            // A code is one atom: no blanks inside, not empty. Anything else is plain text.
            if (close > 1) {
                const QByteArrayView code = rest.sliced(1, close - 1);
                bool atom = true;
                for (char c : code)
                    atom = atom && static_cast<unsigned char>(c) > ' ' && c != '[' && static_cast<unsigned char>(c) < 0x7f;
                if (atom) {
                    reply.code = code.toByteArray().toUpper();
                    reply.responseCode = classify(code);
                    rest = skipBlanks(rest.sliced(close + 1));
                }
            }
        }
    }
    reply.text = rest.toByteArray();
    return reply;
}

QByteArray apopTimestamp(QByteArrayView greetingText)
{
    const qsizetype open = greetingText.indexOf('<');
    if (open < 0)
        return {};
    const qsizetype close = greetingText.sliced(open).indexOf('>');
    if (close < 0)
        return {};
    const QByteArrayView stamp = greetingText.sliced(open, close + 1);
    // msg-id: "<" local "@" domain ">", printable ASCII, no blanks or nested brackets.
    const QByteArrayView inner = stamp.sliced(1, stamp.size() - 2);
    const qsizetype at = inner.indexOf('@');
    if (at <= 0 || at == inner.size() - 1)
        return {};
    for (char c : inner) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= ' ' || u >= 0x7f || c == '<' || c == '>')
            return {};
    }
    return stamp.toByteArray();
}

} // namespace epistle::pop3
