#include "imap/Parser.h"

#include "imap/MailboxName.h"

#include <cstring>

namespace epistle::imap {

namespace {

struct Failure
{
    const char *what;
    qsizetype position;
};

// Character classes of RFC 3501's grammar, as lookup tables. 8-bit bytes are accepted in atoms:
// some servers send raw UTF-8 where they should not, and rejecting the response would lose data.
struct CharClasses
{
    bool atom[256] = {};
    bool astring[256] = {};
    bool fetchName[256] = {};
    bool tag[256] = {};

    constexpr CharClasses()
    {
        constexpr char specials[] = "(){ %*\"\\]";
        for (int c = 0; c < 256; ++c) {
            const bool ctl = c < 0x20 || c == 0x7f;
            bool special = false;
            for (char sc : specials)
                special = special || (sc != 0 && uchar(sc) == c);
            atom[c] = !ctl && !special;
            astring[c] = atom[c] || c == ']';
            fetchName[c] = atom[c] && c != '[' && c != '<';
            tag[c] = astring[c] && c != '+';
        }
    }
};

constexpr CharClasses kClasses;

constexpr const CharClasses &classes()
{
    return kClasses;
}

bool equalsNoCase(const char *p, qsizetype length, const char *keyword)
{
    const qsizetype keywordLength = qsizetype(std::strlen(keyword));
    return length == keywordLength && qstrnicmp(p, keyword, size_t(length)) == 0;
}

bool equalsNoCase(const QByteArray &value, const char *keyword)
{
    return equalsNoCase(value.constData(), value.size(), keyword);
}

class Cursor
{
public:
    Cursor(RawResponse &raw, const Parser::Options &options)
        : m_raw(raw)
        , m_options(options)
        , m_base(raw.text.constData())
        , m_p(m_base)
        , m_end(m_base + raw.text.size())
    {
    }

    [[noreturn]] void fail(const char *what) const { throw Failure{what, m_p - m_base}; }

    qsizetype position() const { return m_p - m_base; }
    bool atEnd() const { return m_p >= m_end; }
    char peek() const { return m_p < m_end ? *m_p : '\0'; }
    bool consume(char c)
    {
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    void expect(char c, const char *what)
    {
        if (!consume(c))
            fail(what);
    }
    // One space; a few servers send two, which costs nothing to accept.
    void space()
    {
        if (!consume(' '))
            fail("expected a space");
        while (m_p < m_end && *m_p == ' ')
            ++m_p;
    }
    bool consumeSpace()
    {
        if (!consume(' '))
            return false;
        while (m_p < m_end && *m_p == ' ')
            ++m_p;
        return true;
    }

    QByteArray restOfText()
    {
        QByteArray rest(m_p, m_end - m_p);
        m_p = m_end;
        return rest;
    }

    // Consumes a keyword if it is next (case-insensitive) and not followed by more atom characters.
    bool consumeKeyword(const char *keyword)
    {
        const qsizetype length = qsizetype(std::strlen(keyword));
        if (m_end - m_p < length || qstrnicmp(m_p, keyword, size_t(length)) != 0)
            return false;
        if (m_p + length < m_end && classes().atom[uchar(m_p[length])])
            return false;
        m_p += length;
        return true;
    }

    QByteArray atom(const bool *table)
    {
        const char *start = m_p;
        while (m_p < m_end && table[uchar(*m_p)])
            ++m_p;
        if (m_p == start)
            fail("expected an atom");
        return QByteArray(start, m_p - start);
    }
    QByteArray atom() { return atom(classes().atom); }

    // A flag or a list attribute: "\Seen", "$Junk", "\*".
    QByteArray flag()
    {
        const char *start = m_p;
        if (consume('\\')) {
            if (consume('*'))
                return QByteArrayLiteral("\\*");
        }
        while (m_p < m_end && classes().atom[uchar(*m_p)])
            ++m_p;
        if (m_p == start || (m_p == start + 1 && *start == '\\'))
            fail("expected a flag");
        return QByteArray(start, m_p - start);
    }

    QList<QByteArray> flagList()
    {
        expect('(', "expected '(' before a flag list");
        QList<QByteArray> flags;
        while (!consume(')')) {
            if (!flags.isEmpty())
                space();
            flags.append(flag());
        }
        return flags;
    }

    quint64 number()
    {
        const char *start = m_p;
        quint64 value = 0;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
            if (m_p - start >= 19)
                fail("number too large");
            value = value * 10 + quint64(*m_p - '0');
            ++m_p;
        }
        if (m_p == start)
            fail("expected a number");
        return value;
    }
    quint32 number32()
    {
        const quint64 value = number();
        if (value > 0xffffffffu)
            fail("number out of range");
        return quint32(value);
    }
    bool atDigit() const { return m_p < m_end && *m_p >= '0' && *m_p <= '9'; }

    bool atNil() const
    {
        return m_end - m_p >= 3 && (m_p[0] | 0x20) == 'n' && (m_p[1] | 0x20) == 'i' && (m_p[2] | 0x20) == 'l'
               && (m_p + 3 == m_end || !classes().atom[uchar(m_p[3])]);
    }

    bool atString() const { return m_p < m_end && (*m_p == '"' || *m_p == '{' || *m_p == '~'); }

    QByteArray quoted()
    {
        expect('"', "expected a quoted string");
        const char *start = m_p;
        const char *quote = static_cast<const char *>(std::memchr(m_p, '"', size_t(m_end - m_p)));
        if (quote && !std::memchr(m_p, '\\', size_t(quote - m_p))) {
            m_p = quote + 1;
            return QByteArray(start, quote - start);
        }
        QByteArray value(start, m_p - start);
        while (m_p < m_end) {
            const char c = *m_p++;
            if (c == '"')
                return value;
            if (c == '\\') {
                if (m_p >= m_end)
                    break;
                value += *m_p++;
            } else {
                value += c;
            }
        }
        fail("unterminated quoted string");
    }

    QByteArray literal(bool *isLiteral = nullptr)
    {
        consume('~'); // literal8 (RFC 3516)
        expect('{', "expected a literal");
        const quint64 size = number();
        consume('+');
        expect('}', "expected '}' after a literal size");
        if (m_nextLiteral >= m_raw.literals.size() || m_raw.literals[m_nextLiteral].offset != position())
            fail("literal announcement not at the end of a line");
        RawResponse::Literal &literal = m_raw.literals[m_nextLiteral++];
        if (quint64(literal.data.size()) != size)
            fail("literal size mismatch");
        if (isLiteral)
            *isLiteral = true;
        return std::move(literal.data);
    }

    QByteArray string(bool *isLiteral = nullptr)
    {
        if (peek() == '"')
            return quoted();
        return literal(isLiteral);
    }

    // nstring: NIL gives a null QByteArray (isNull()), "" an empty non-null one.
    QByteArray nstring(bool *isNil = nullptr)
    {
        if (atNil()) {
            m_p += 3;
            if (isNil)
                *isNil = true;
            return QByteArray();
        }
        if (isNil)
            *isNil = false;
        QByteArray value = string();
        if (value.isNull())
            value = QByteArray("");
        return value;
    }

    QByteArray astring()
    {
        if (atString())
            return string();
        return atom(classes().astring);
    }

    // A mailbox name: astring; NIL is not a mailbox but a few servers write it for "".
    QByteArray mailbox() { return astring(); }

    QChar delimiter()
    {
        if (atNil()) {
            m_p += 3;
            return QChar();
        }
        const QByteArray value = string();
        if (value.size() != 1)
            fail("a hierarchy delimiter must be one character");
        return QLatin1Char(value.at(0));
    }

    Value value(int depth)
    {
        if (depth > m_options.maxDepth)
            fail("lists nested too deeply");
        Value result;
        const char c = peek();
        if (c == '(') {
            ++m_p;
            result.kind = Value::Kind::List;
            while (!consume(')')) {
                if (!result.list.isEmpty())
                    space();
                result.list.append(value(depth + 1));
            }
        } else if (c == '"' || c == '{' || c == '~') {
            result.kind = Value::Kind::String;
            result.data = string(&result.literal);
        } else if (atNil()) {
            m_p += 3;
        } else if (atDigit()) {
            const char *start = m_p;
            while (m_p < m_end && classes().astring[uchar(*m_p)])
                ++m_p;
            result.data = QByteArray(start, m_p - start);
            bool ok = false;
            result.number = result.data.toULongLong(&ok);
            result.kind = ok ? Value::Kind::Number : Value::Kind::Atom;
        } else {
            // Atoms in generic data may carry brackets (BODY[HEADER]) and backslashes (\Seen).
            const char *start = m_p;
            int brackets = 0;
            while (m_p < m_end) {
                const uchar ch = uchar(*m_p);
                if (ch == '[')
                    ++brackets;
                else if (ch == ']' && brackets > 0)
                    --brackets;
                else if (brackets == 0 && !classes().astring[ch] && ch != '\\')
                    break;
                else if (brackets > 0 && (ch < 0x20 || ch == 0x7f))
                    break;
                ++m_p;
            }
            if (m_p == start)
                fail("unexpected character");
            result.kind = Value::Kind::Atom;
            result.data = QByteArray(start, m_p - start);
        }
        return result;
    }

    QList<Value> valuesToEnd()
    {
        QList<Value> values;
        while (!atEnd()) {
            if (!values.isEmpty())
                space();
            if (atEnd())
                break;
            values.append(value(0));
        }
        return values;
    }

    void expectEnd()
    {
        while (m_p < m_end && *m_p == ' ') // trailing spaces are harmless
            ++m_p;
        if (m_p != m_end)
            fail("unexpected data at the end of the response");
    }

    // A cursor over [position, end) of the same text, for response code arguments.
    const char *pointer() const { return m_p; }
    void setPointer(const char *p) { m_p = p; }
    const char *end() const { return m_end; }
    void setEnd(const char *end) { m_end = end; }

    const Parser::Options &options() const { return m_options; }

private:
    RawResponse &m_raw;
    const Parser::Options &m_options;
    const char *m_base;
    const char *m_p;
    const char *m_end;
    size_t m_nextLiteral = 0;
};

// ---------------------------------------------------------------- response codes

struct CodeName
{
    const char *name;
    ResponseCode::Kind kind;
};

const CodeName kCodeNames[] = {
    {"ALERT", ResponseCode::Kind::Alert},
    {"CAPABILITY", ResponseCode::Kind::Capability},
    {"PERMANENTFLAGS", ResponseCode::Kind::PermanentFlags},
    {"UIDVALIDITY", ResponseCode::Kind::UidValidity},
    {"UIDNEXT", ResponseCode::Kind::UidNext},
    {"UNSEEN", ResponseCode::Kind::Unseen},
    {"HIGHESTMODSEQ", ResponseCode::Kind::HighestModSeq},
    {"NOMODSEQ", ResponseCode::Kind::NoModSeq},
    {"READ-ONLY", ResponseCode::Kind::ReadOnly},
    {"READ-WRITE", ResponseCode::Kind::ReadWrite},
    {"TRYCREATE", ResponseCode::Kind::TryCreate},
    {"APPENDUID", ResponseCode::Kind::AppendUid},
    {"COPYUID", ResponseCode::Kind::CopyUid},
    {"UIDNOTSTICKY", ResponseCode::Kind::UidNotSticky},
    {"CLOSED", ResponseCode::Kind::Closed},
    {"MODIFIED", ResponseCode::Kind::Modified},
    {"PARSE", ResponseCode::Kind::Parse},
    {"AUTHENTICATIONFAILED", ResponseCode::Kind::AuthenticationFailed},
    {"AUTHORIZATIONFAILED", ResponseCode::Kind::AuthorizationFailed},
    {"EXPIRED", ResponseCode::Kind::Expired},
    {"PRIVACYREQUIRED", ResponseCode::Kind::PrivacyRequired},
    {"UNAVAILABLE", ResponseCode::Kind::Unavailable},
    {"NONEXISTENT", ResponseCode::Kind::Nonexistent},
    {"ALREADYEXISTS", ResponseCode::Kind::AlreadyExists},
    {"OVERQUOTA", ResponseCode::Kind::OverQuota},
    {"LIMIT", ResponseCode::Kind::Limit},
    {"CANNOT", ResponseCode::Kind::Cannot},
    {"NOPERM", ResponseCode::Kind::NoPerm},
    {"INUSE", ResponseCode::Kind::InUse},
    {"SERVERBUG", ResponseCode::Kind::ServerBug},
    {"CLIENTBUG", ResponseCode::Kind::ClientBug},
    {"EXPUNGEISSUED", ResponseCode::Kind::ExpungeIssued},
};

UidSet readSet(Cursor &in)
{
    const char *start = in.pointer();
    const char *p = start;
    while (p < in.end() && ((*p >= '0' && *p <= '9') || *p == ':' || *p == ',' || *p == '*'))
        ++p;
    in.setPointer(p);
    auto set = UidSet::parse(QByteArray::fromRawData(start, p - start));
    if (!set)
        in.fail("malformed sequence set");
    return *set;
}

void parseCodeArguments(Cursor &in, ResponseCode &code)
{
    using K = ResponseCode::Kind;
    switch (code.kind) {
    case K::Capability:
        while (in.consumeSpace()) {
            if (in.atEnd())
                break;
            code.atoms.append(in.atom().toUpper());
        }
        break;
    case K::PermanentFlags:
        in.space();
        code.atoms = in.flagList();
        break;
    case K::UidValidity:
    case K::UidNext:
    case K::Unseen:
    case K::HighestModSeq:
        in.space();
        code.number = in.number();
        break;
    case K::AppendUid:
        in.space();
        code.number = in.number();
        in.space();
        code.uids = readSet(in);
        break;
    case K::CopyUid:
        in.space();
        code.number = in.number();
        in.space();
        code.uids = readSet(in);
        in.space();
        code.destinationUids = readSet(in);
        if (code.uids.count() != code.destinationUids.count())
            in.fail("COPYUID source and destination sets differ in size");
        break;
    case K::Modified:
        in.space();
        code.uids = readSet(in);
        break;
    default:
        return; // codes without arguments, and unknown ones: the text is kept
    }
    in.expectEnd();
}

void parseCode(Cursor &in, ResponseCode &code)
{
    // '[' already consumed. Arguments never contain ']', so the code ends at the first one.
    const char *close = static_cast<const char *>(std::memchr(in.pointer(), ']', size_t(in.end() - in.pointer())));
    if (!close)
        in.fail("response code without ']'");
    const char *nameStart = in.pointer();
    const char *p = nameStart;
    while (p < close && *p != ' ')
        ++p;
    if (p == nameStart)
        in.fail("empty response code");
    code.name = QByteArray(nameStart, p - nameStart).toUpper();
    code.text = p < close ? QByteArray(p + 1, close - p - 1) : QByteArray();
    code.kind = ResponseCode::Kind::Other;
    for (const CodeName &known : kCodeNames) {
        if (code.name == known.name) {
            code.kind = known.kind;
            break;
        }
    }
    const char *savedEnd = in.end();
    in.setPointer(p);
    in.setEnd(close);
    try {
        parseCodeArguments(in, code);
    } catch (const Failure &) {
        // A malformed argument does not make the status unreadable: keep the code as text.
        code.kind = ResponseCode::Kind::Other;
        code.atoms.clear();
        code.uids = UidSet();
        code.destinationUids = UidSet();
        code.number = 0;
    }
    in.setEnd(savedEnd);
    in.setPointer(close + 1);
}

void parseCondition(Cursor &in, Response &response)
{
    response.kind = Response::Kind::Condition;
    if (in.atEnd())
        return; // "a1 OK" without text: not strictly valid, harmless
    in.space();
    if (in.consume('[')) {
        parseCode(in, response.code);
        in.consumeSpace();
    }
    response.text = in.restOfText();
}

// ---------------------------------------------------------------- envelope and body structure

QList<Address> addressList(Cursor &in)
{
    QList<Address> addresses;
    if (in.atNil()) {
        in.nstring();
        return addresses;
    }
    in.expect('(', "expected an address list");
    while (!in.consume(')')) {
        in.consumeSpace(); // some servers separate addresses by a space
        in.expect('(', "expected an address");
        Address address;
        address.name = in.nstring();
        in.space();
        address.adl = in.nstring();
        in.space();
        address.mailbox = in.nstring();
        in.space();
        address.host = in.nstring();
        in.expect(')', "expected ')' after an address");
        addresses.append(std::move(address));
    }
    return addresses;
}

std::shared_ptr<Envelope> envelope(Cursor &in)
{
    auto result = std::make_shared<Envelope>();
    in.expect('(', "expected an envelope");
    result->date = in.nstring();
    in.space();
    result->subject = in.nstring();
    in.space();
    result->from = addressList(in);
    in.space();
    result->sender = addressList(in);
    in.space();
    result->replyTo = addressList(in);
    in.space();
    result->to = addressList(in);
    in.space();
    result->cc = addressList(in);
    in.space();
    result->bcc = addressList(in);
    in.space();
    result->inReplyTo = in.nstring();
    in.space();
    result->messageId = in.nstring();
    in.expect(')', "expected ')' after an envelope");
    return result;
}

Parameters parameterList(Cursor &in)
{
    Parameters parameters;
    if (in.atNil()) {
        in.nstring();
        return parameters;
    }
    in.expect('(', "expected a parameter list");
    while (!in.consume(')')) {
        if (!parameters.isEmpty())
            in.space();
        QByteArray name = in.string();
        in.space();
        QByteArray value = in.nstring();
        parameters.append({std::move(name), std::move(value)});
    }
    return parameters;
}

void disposition(Cursor &in, BodyStructure &body)
{
    if (in.atNil()) {
        in.nstring();
        return;
    }
    in.expect('(', "expected a disposition");
    body.disposition = in.string().toLower();
    in.space();
    body.dispositionParameters = parameterList(in);
    in.expect(')', "expected ')' after a disposition");
}

void language(Cursor &in, BodyStructure &body)
{
    if (in.peek() == '(') {
        in.consume('(');
        while (!in.consume(')')) {
            if (!body.language.isEmpty())
                in.space();
            body.language.append(in.string());
        }
        return;
    }
    const QByteArray single = in.nstring();
    if (!single.isNull())
        body.language.append(single);
}

// The optional tail shared by single and multipart bodies: disposition, language, location and
// any further extension data. md5 (single parts) has been read by the caller.
void bodyExtensionTail(Cursor &in, BodyStructure &body, int depth)
{
    if (!in.consumeSpace())
        return;
    disposition(in, body);
    if (!in.consumeSpace())
        return;
    language(in, body);
    if (!in.consumeSpace())
        return;
    body.location = in.nstring();
    while (in.consumeSpace())
        body.extensions.append(in.value(depth + 1));
}

BodyStructure body(Cursor &in, int depth);

void singlePart(Cursor &in, BodyStructure &result, int depth)
{
    result.type = in.string().toLower();
    in.space();
    result.subtype = in.string().toLower();
    in.space();
    result.parameters = parameterList(in);
    in.space();
    result.id = in.nstring();
    in.space();
    result.description = in.nstring();
    in.space();
    result.encoding = in.nstring();
    in.space();
    result.size = in.number();
    if (result.isMessage() && in.peek() == ' ' && !in.atEnd()) {
        in.space();
        if (in.peek() == '(') {
            result.envelope = envelope(in);
            in.space();
            result.parts.push_back(body(in, depth + 1));
            in.space();
            result.lines = in.number();
        } else {
            // message/global or a server that sent the short form: extension data follows.
            result.md5 = in.nstring();
            bodyExtensionTail(in, result, depth);
            in.expect(')', "expected ')' after a body");
            return;
        }
    } else if (result.type == "text") {
        in.space();
        result.lines = in.number();
    }
    if (in.consumeSpace()) {
        result.md5 = in.nstring();
        bodyExtensionTail(in, result, depth);
    }
    in.expect(')', "expected ')' after a body");
}

BodyStructure body(Cursor &in, int depth)
{
    if (depth > in.options().maxDepth)
        in.fail("body structure nested too deeply");
    in.expect('(', "expected a body structure");
    BodyStructure result;
    if (in.peek() != '(') {
        singlePart(in, result, depth);
        return result;
    }
    while (in.peek() == '(') {
        result.parts.push_back(body(in, depth + 1));
        in.consumeSpace(); // RFC 3501 has no space between parts; some servers put one
    }
    result.type = "multipart";
    result.subtype = in.string().toLower();
    if (in.consumeSpace()) {
        result.parameters = parameterList(in);
        bodyExtensionTail(in, result, depth);
    }
    in.expect(')', "expected ')' after a multipart body");
    return result;
}

// ---------------------------------------------------------------- FETCH

QByteArray sectionSpec(Cursor &in)
{
    // '[' consumed; the section may hold a parenthesised header list but never ']'.
    const char *start = in.pointer();
    const char *close = static_cast<const char *>(std::memchr(start, ']', size_t(in.end() - start)));
    if (!close)
        in.fail("section without ']'");
    for (const char *p = start; p < close; ++p) {
        if (uchar(*p) < 0x20 || *p == '{')
            in.fail("malformed section");
    }
    in.setPointer(close + 1);
    return QByteArray(start, close - start);
}

void fetchItem(Cursor &in, FetchData &fetch, int depth)
{
    const char *nameStart = in.pointer();
    QByteArray name = in.atom(classes().fetchName);
    const char *n = nameStart;
    const qsizetype length = name.size();
    auto is = [&](const auto &keyword) {
        constexpr qsizetype keywordLength = qsizetype(sizeof(keyword) - 1);
        return length == keywordLength && qstrnicmp(n, keyword, size_t(keywordLength)) == 0;
    };

    if (in.peek() == '[' && (is("BODY") || is("BINARY"))) {
        in.consume('[');
        BodySection section;
        section.binary = is("BINARY");
        section.section = sectionSpec(in);
        if (in.consume('<')) {
            section.origin = in.number32();
            in.expect('>', "expected '>' after an origin");
        }
        in.space();
        section.data = in.nstring(&section.nil);
        fetch.sections.append(std::move(section));
        return;
    }
    if (in.peek() == '[') {
        // BINARY.SIZE[1] and the like: keep the whole name.
        in.consume('[');
        const QByteArray spec = sectionSpec(in);
        name += '[' + spec + ']';
        in.space();
        fetch.other.append({name.toUpper(), in.value(depth + 1)});
        return;
    }
    in.space();
    if (is("UID")) {
        fetch.uid = in.number32();
    } else if (is("FLAGS")) {
        fetch.flags = in.flagList();
    } else if (is("INTERNALDATE")) {
        const QByteArray text = in.nstring();
        const QDateTime date = Parser::parseInternalDate(text);
        if (!date.isValid())
            in.fail("malformed INTERNALDATE");
        fetch.internalDate = date;
    } else if (is("RFC822.SIZE")) {
        fetch.size = in.number();
    } else if (is("ENVELOPE")) {
        fetch.envelope = envelope(in);
    } else if (is("BODYSTRUCTURE") || is("BODY")) {
        fetch.bodyStructure = std::make_shared<BodyStructure>(body(in, depth + 1));
    } else if (is("MODSEQ")) {
        in.expect('(', "expected '(' before MODSEQ");
        fetch.modSeq = in.number();
        in.expect(')', "expected ')' after MODSEQ");
    } else if (is("EMAILID") || is("THREADID")) {
        QByteArray id;
        if (in.consume('(')) {
            id = in.atom();
            in.expect(')', "expected ')' after an object id");
        } else {
            id = in.nstring();
        }
        (is("EMAILID") ? fetch.emailId : fetch.threadId) = id;
    } else if (is("RFC822") || is("RFC822.HEADER") || is("RFC822.TEXT")) {
        BodySection section;
        section.section = is("RFC822") ? QByteArray("") : (is("RFC822.HEADER") ? QByteArray("HEADER") : QByteArray("TEXT"));
        section.data = in.nstring(&section.nil);
        fetch.sections.append(std::move(section));
    } else {
        fetch.other.append({name.toUpper(), in.value(depth + 1)});
    }
}

void fetchData(Cursor &in, FetchData &fetch)
{
    in.expect('(', "expected '(' after FETCH");
    bool first = true;
    while (!in.consume(')')) {
        if (!first)
            in.space();
        first = false;
        fetchItem(in, fetch, 0);
    }
}

// ---------------------------------------------------------------- other untagged data

void listData(Cursor &in, ListData &list)
{
    list.attributes = in.flagList();
    in.space();
    list.delimiter = in.delimiter();
    in.space();
    list.rawName = in.mailbox();
    list.name = MailboxName::decode(list.rawName, in.options().utf8Mailboxes);
    if (in.consumeSpace() && in.consume('(')) {
        while (!in.consume(')')) {
            if (!list.extended.isEmpty())
                in.space();
            QByteArray label = in.astring().toUpper();
            in.space();
            list.extended.append({std::move(label), in.value(1)});
        }
    }
}

void statusData(Cursor &in, StatusData &status)
{
    status.rawName = in.mailbox();
    status.name = MailboxName::decode(status.rawName, in.options().utf8Mailboxes);
    in.space();
    in.expect('(', "expected '(' in STATUS");
    bool first = true;
    while (!in.consume(')')) {
        if (!first)
            in.space();
        first = false;
        const QByteArray item = in.atom();
        in.space();
        const quint64 value = in.number();
        if (equalsNoCase(item, "MESSAGES"))
            status.messages = value;
        else if (equalsNoCase(item, "RECENT"))
            status.recent = value;
        else if (equalsNoCase(item, "UIDNEXT"))
            status.uidNext = value;
        else if (equalsNoCase(item, "UIDVALIDITY"))
            status.uidValidity = value;
        else if (equalsNoCase(item, "UNSEEN"))
            status.unseen = value;
        else if (equalsNoCase(item, "HIGHESTMODSEQ"))
            status.highestModSeq = value;
        else if (equalsNoCase(item, "SIZE"))
            status.size = value;
        else if (equalsNoCase(item, "DELETED"))
            status.deleted = value;
    }
}

void searchData(Cursor &in, SearchData &search)
{
    while (in.consumeSpace()) {
        if (in.atEnd())
            break;
        if (in.consume('(')) {
            if (!in.consumeKeyword("MODSEQ"))
                in.fail("expected MODSEQ");
            in.space();
            search.modSeq = in.number();
            in.expect(')', "expected ')' after MODSEQ");
            break;
        }
        search.ids.append(in.number32());
    }
}

void esearchData(Cursor &in, ESearchData &search)
{
    if (!in.consumeSpace())
        return;
    if (in.consume('(')) {
        if (!in.consumeKeyword("TAG"))
            in.fail("expected TAG");
        in.space();
        search.tag = in.string();
        in.expect(')', "expected ')' after the search tag");
        if (!in.consumeSpace())
            return;
    }
    if (in.consumeKeyword("UID")) {
        search.uid = true;
        if (!in.consumeSpace())
            return;
    }
    while (!in.atEnd()) {
        const QByteArray name = in.atom();
        in.space();
        if (equalsNoCase(name, "MIN"))
            search.min = in.number32();
        else if (equalsNoCase(name, "MAX"))
            search.max = in.number32();
        else if (equalsNoCase(name, "COUNT"))
            search.count = in.number();
        else if (equalsNoCase(name, "MODSEQ"))
            search.modSeq = in.number();
        else if (equalsNoCase(name, "ALL"))
            search.all = readSet(in);
        else
            in.value(1); // an extension's return data: skipped
        if (!in.consumeSpace())
            break;
    }
}

QList<NamespaceEntry> namespaceList(Cursor &in)
{
    QList<NamespaceEntry> entries;
    if (in.atNil()) {
        in.nstring();
        return entries;
    }
    in.expect('(', "expected a namespace list");
    while (!in.consume(')')) {
        in.consumeSpace();
        in.expect('(', "expected a namespace");
        NamespaceEntry entry;
        entry.rawPrefix = in.string();
        entry.prefix = MailboxName::decode(entry.rawPrefix, in.options().utf8Mailboxes);
        in.space();
        entry.delimiter = in.delimiter();
        while (in.consumeSpace()) // namespace response extensions
            in.value(1);
        in.expect(')', "expected ')' after a namespace");
        entries.append(std::move(entry));
    }
    return entries;
}

void quotaData(Cursor &in, QuotaData &quota)
{
    quota.root = in.astring();
    in.space();
    in.expect('(', "expected '(' in QUOTA");
    while (!in.consume(')')) {
        if (!quota.resources.isEmpty())
            in.space();
        QuotaResource resource;
        resource.name = in.atom().toUpper();
        in.space();
        resource.usage = in.number();
        in.space();
        resource.limit = in.number();
        quota.resources.append(std::move(resource));
    }
}

void untagged(Cursor &in, Response &response)
{
    response.type = Response::Type::Untagged;
    in.expect(' ', "expected a space after '*'");
    if (in.atDigit()) {
        const quint32 number = in.number32();
        in.space();
        response.keyword = in.atom().toUpper();
        if (response.keyword == "EXISTS" || response.keyword == "RECENT" || response.keyword == "EXPUNGE") {
            response.kind = response.keyword == "EXISTS" ? Response::Kind::Exists
                            : response.keyword == "RECENT" ? Response::Kind::Recent
                                                           : Response::Kind::Expunge;
            response.data = NumberData{number};
            in.expectEnd();
        } else if (response.keyword == "FETCH") {
            response.kind = Response::Kind::Fetch;
            in.space();
            FetchData &fetch = response.data.emplace<FetchData>();
            fetch.sequence = number;
            fetchData(in, fetch);
            in.expectEnd();
        } else {
            response.kind = Response::Kind::Other;
            OtherData &other = response.data.emplace<OtherData>();
            Value value;
            value.kind = Value::Kind::Number;
            value.number = number;
            value.data = QByteArray::number(number);
            other.values.append(value);
            if (in.consumeSpace())
                other.values.append(in.valuesToEnd());
        }
        return;
    }

    response.keyword = in.atom().toUpper();
    const QByteArray &k = response.keyword;
    if (k == "OK" || k == "NO" || k == "BAD" || k == "BYE" || k == "PREAUTH") {
        response.status = k == "OK" ? Status::Ok : k == "NO" ? Status::No : k == "BAD" ? Status::Bad : k == "BYE" ? Status::Bye : Status::PreAuth;
        parseCondition(in, response);
        return;
    }
    if (k == "CAPABILITY" || k == "ENABLED") {
        response.kind = k == "CAPABILITY" ? Response::Kind::Capability : Response::Kind::Enabled;
        AtomListData &atoms = response.data.emplace<AtomListData>();
        while (in.consumeSpace()) {
            if (in.atEnd())
                break;
            atoms.atoms.append(in.atom().toUpper());
        }
        in.expectEnd();
    } else if (k == "FLAGS") {
        response.kind = Response::Kind::Flags;
        in.space();
        response.data.emplace<AtomListData>().atoms = in.flagList();
        in.expectEnd();
    } else if (k == "LIST" || k == "LSUB") {
        response.kind = Response::Kind::List;
        in.space();
        ListData &list = response.data.emplace<ListData>();
        list.lsub = k == "LSUB";
        listData(in, list);
        in.expectEnd();
    } else if (k == "STATUS") {
        response.kind = Response::Kind::Status;
        in.space();
        statusData(in, response.data.emplace<StatusData>());
        in.expectEnd();
    } else if (k == "SEARCH" || k == "SORT") {
        response.kind = Response::Kind::Search;
        searchData(in, response.data.emplace<SearchData>());
        in.expectEnd();
    } else if (k == "ESEARCH") {
        response.kind = Response::Kind::ESearch;
        esearchData(in, response.data.emplace<ESearchData>());
        in.expectEnd();
    } else if (k == "VANISHED") {
        response.kind = Response::Kind::Vanished;
        in.space();
        VanishedData &vanished = response.data.emplace<VanishedData>();
        if (in.consume('(')) {
            if (!in.consumeKeyword("EARLIER"))
                in.fail("expected EARLIER");
            in.expect(')', "expected ')' after EARLIER");
            vanished.earlier = true;
            in.space();
        }
        vanished.uids = readSet(in);
        in.expectEnd();
    } else if (k == "NAMESPACE") {
        response.kind = Response::Kind::Namespace;
        NamespaceData &namespaces = response.data.emplace<NamespaceData>();
        in.space();
        namespaces.personal = namespaceList(in);
        in.space();
        namespaces.otherUsers = namespaceList(in);
        in.space();
        namespaces.shared = namespaceList(in);
        in.expectEnd();
    } else if (k == "ID") {
        response.kind = Response::Kind::Id;
        IdData &id = response.data.emplace<IdData>();
        in.space();
        if (in.atNil()) {
            in.nstring();
        } else {
            in.expect('(', "expected '(' in ID");
            while (!in.consume(')')) {
                if (!id.fields.isEmpty())
                    in.space();
                QByteArray name = in.string();
                in.space();
                QByteArray value = in.nstring();
                id.fields.append({std::move(name), std::move(value)});
            }
        }
        in.expectEnd();
    } else if (k == "QUOTA") {
        response.kind = Response::Kind::Quota;
        in.space();
        quotaData(in, response.data.emplace<QuotaData>());
        in.expectEnd();
    } else if (k == "QUOTAROOT") {
        response.kind = Response::Kind::QuotaRoot;
        QuotaRootData &root = response.data.emplace<QuotaRootData>();
        in.space();
        root.rawMailbox = in.mailbox();
        root.mailbox = MailboxName::decode(root.rawMailbox, in.options().utf8Mailboxes);
        while (in.consumeSpace()) {
            if (in.atEnd())
                break;
            root.roots.append(in.astring());
        }
        in.expectEnd();
    } else {
        response.kind = Response::Kind::Other;
        OtherData &other = response.data.emplace<OtherData>();
        if (in.consumeSpace())
            other.values = in.valuesToEnd();
        in.expectEnd();
    }
}

void tagged(Cursor &in, Response &response)
{
    response.type = Response::Type::Tagged;
    response.tag = in.atom(classes().tag);
    in.space();
    const QByteArray status = in.atom();
    if (equalsNoCase(status, "OK"))
        response.status = Status::Ok;
    else if (equalsNoCase(status, "NO"))
        response.status = Status::No;
    else if (equalsNoCase(status, "BAD"))
        response.status = Status::Bad;
    else
        in.fail("a tagged response must be OK, NO or BAD");
    response.keyword = status.toUpper();
    parseCondition(in, response);
}

QByteArray excerpt(const QByteArray &text, qsizetype position)
{
    const qsizetype from = std::max<qsizetype>(0, position - 40);
    QByteArray shown = text.mid(from, 80);
    for (char &c : shown) {
        if (uchar(c) < 0x20 || uchar(c) >= 0x7f)
            c = '.';
    }
    return shown;
}

int monthNumber(const char *p)
{
    static const char months[] = "janfebmaraprmayjunjulaugsepoctnovdec";
    const char m[3] = {char(p[0] | 0x20), char(p[1] | 0x20), char(p[2] | 0x20)};
    for (int i = 0; i < 12; ++i) {
        if (std::memcmp(months + i * 3, m, 3) == 0)
            return i + 1;
    }
    return 0;
}

} // namespace

ParseResult Parser::parse(RawResponse raw) const
{
    ParseResult result;
    Cursor in(raw, m_options);
    try {
        if (in.consume('+')) {
            result.response.type = Response::Type::Continuation;
            result.response.kind = Response::Kind::Continuation;
            in.consume(' ');
            result.response.text = in.restOfText();
        } else if (in.consume('*')) {
            untagged(in, result.response);
        } else {
            tagged(in, result.response);
        }
        result.ok = true;
    } catch (const Failure &failure) {
        result.ok = false;
        result.error.position = failure.position;
        result.error.message = QByteArray(failure.what) + " at byte " + QByteArray::number(failure.position) + " of \""
                               + excerpt(raw.text, failure.position) + '"';
        if (result.response.type == Response::Type::Tagged || (!raw.text.startsWith('*') && !raw.text.startsWith('+'))) {
            const qsizetype space = raw.text.indexOf(' ');
            const QByteArray tag = raw.text.left(space < 0 ? raw.text.size() : space);
            bool validTag = !tag.isEmpty() && tag.size() <= 64;
            for (char c : tag)
                validTag = validTag && classes().tag[uchar(c)];
            if (validTag)
                result.error.tag = tag;
        }
        result.response = Response();
    }
    return result;
}

ParseResult Parser::parseBytes(const QByteArray &bytes) const
{
    ResponseStream stream;
    stream.feed(bytes);
    if (!stream.hasResponse()) {
        ParseResult result;
        result.error.message = stream.hasFatalError() ? stream.fatalError() : QByteArray("incomplete response");
        return result;
    }
    return parse(stream.take());
}

QDateTime Parser::parseInternalDate(const QByteArray &text)
{
    // dd-Mon-yyyy hh:mm:ss +zzzz, the day possibly space-padded or a single digit.
    const QByteArray t = text.trimmed();
    const char *p = t.constData();
    const char *end = p + t.size();
    auto digits = [&](int count, int *value) {
        int v = 0;
        for (int i = 0; i < count; ++i) {
            if (p >= end || *p < '0' || *p > '9')
                return false;
            v = v * 10 + (*p++ - '0');
        }
        *value = v;
        return true;
    };
    int day = 0;
    if (p < end && *p >= '0' && *p <= '9') {
        day = *p++ - '0';
        if (p < end && *p >= '0' && *p <= '9')
            day = day * 10 + (*p++ - '0');
    } else {
        return {};
    }
    if (end - p < 5 || *p != '-')
        return {};
    const int month = monthNumber(p + 1);
    if (!month || p[4] != '-')
        return {};
    p += 5;
    int year = 0, hour = 0, minute = 0, second = 0, zoneH = 0, zoneM = 0;
    if (!digits(4, &year) || p >= end || *p++ != ' ' || !digits(2, &hour) || p >= end || *p++ != ':'
        || !digits(2, &minute) || p >= end || *p++ != ':' || !digits(2, &second) || p >= end || *p++ != ' ' || p >= end)
        return {};
    const char sign = *p++;
    if ((sign != '+' && sign != '-') || !digits(2, &zoneH) || !digits(2, &zoneM) || p != end)
        return {};
    const QDate date(year, month, day);
    const QTime time(hour, minute, second == 60 ? 59 : second);
    if (!date.isValid() || !time.isValid() || zoneM > 59)
        return {};
    const int offset = (zoneH * 3600 + zoneM * 60) * (sign == '-' ? -1 : 1);
    return QDateTime(date, time, Qt::OffsetFromUTC, offset);
}

} // namespace epistle::imap
