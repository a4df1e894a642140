#pragma once

#include "imap/UidSet.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <memory>
#include <optional>
#include <variant>
#include <vector>

namespace epistle::imap {

// A generic IMAP value: what the parser gives for data it has no typed model for (unknown FETCH
// items, body extension data, unknown untagged responses).
struct Value
{
    enum class Kind : quint8 { Nil, Atom, Number, String, List };
    Kind kind = Kind::Nil;
    bool literal = false; // a String that arrived as {n} or ~{n}
    QByteArray data;      // Atom and String bytes; Number as text
    quint64 number = 0;
    QList<Value> list;

    bool isNil() const { return kind == Kind::Nil; }
    bool isList() const { return kind == Kind::List; }
    QByteArray toImap() const; // serialised back to IMAP syntax (for logs and tests)
};

using Parameters = QList<QPair<QByteArray, QByteArray>>; // name/value pairs, names as sent

struct ResponseCode
{
    enum class Kind {
        None,
        Alert,
        Capability,
        PermanentFlags,
        UidValidity,
        UidNext,
        Unseen,
        HighestModSeq,
        NoModSeq,
        ReadOnly,
        ReadWrite,
        TryCreate,
        AppendUid,
        CopyUid,
        UidNotSticky,
        Closed,
        Modified, // RFC 7162: UIDs that failed UNCHANGEDSINCE
        Parse,
        AuthenticationFailed, // RFC 5530 codes used to tell errors apart
        AuthorizationFailed,
        Expired,
        PrivacyRequired,
        Unavailable,
        Nonexistent,
        AlreadyExists,
        OverQuota,
        Limit,
        Cannot,
        NoPerm,
        InUse,
        ServerBug,
        ClientBug,
        ExpungeIssued,
        Other, // unknown or malformed: name and text are kept
    };
    Kind kind = Kind::None;
    QByteArray name;           // upper-case atom, e.g. "UIDNEXT"
    QByteArray text;           // everything after the name, as sent
    QList<QByteArray> atoms;   // CAPABILITY, PERMANENTFLAGS
    quint64 number = 0;        // UIDVALIDITY, UIDNEXT, UNSEEN, HIGHESTMODSEQ, and APPENDUID/COPYUID's UIDVALIDITY
    UidSet uids;               // APPENDUID's UIDs, COPYUID's source UIDs, MODIFIED's set
    UidSet destinationUids;    // COPYUID
};

enum class Status { None, Ok, No, Bad, Bye, PreAuth };

struct Address
{
    QByteArray name; // raw (may hold RFC 2047 encoded words)
    QByteArray adl;
    QByteArray mailbox; // NIL host + mailbox: start of a group; both NIL: end of a group
    QByteArray host;
    bool operator==(const Address &o) const { return name == o.name && adl == o.adl && mailbox == o.mailbox && host == o.host; }
};

struct Envelope
{
    QByteArray date;
    QByteArray subject; // raw (may hold RFC 2047 encoded words)
    QList<Address> from, sender, replyTo, to, cc, bcc;
    QByteArray inReplyTo;
    QByteArray messageId;
};

struct BodyStructure
{
    QByteArray type;    // lower-case: "text", "multipart", ...
    QByteArray subtype; // lower-case
    Parameters parameters;
    QByteArray id;
    QByteArray description;
    QByteArray encoding;
    quint64 size = 0;
    quint64 lines = 0; // text/* and message/rfc822
    QByteArray md5;
    QByteArray disposition; // "attachment", "inline", or empty
    Parameters dispositionParameters;
    QList<QByteArray> language;
    QByteArray location;
    QList<Value> extensions;             // extension data beyond RFC 3501's list
    std::vector<BodyStructure> parts;    // multipart children, or the body of a message/rfc822
    std::shared_ptr<Envelope> envelope;  // message/rfc822

    bool isMultipart() const { return type == "multipart"; }
    bool isMessage() const { return type == "message" && (subtype == "rfc822" || subtype == "global"); }
    // The part at an IMAP section path such as "2.1", or nullptr.
    const BodyStructure *partAt(const QByteArray &path) const;
    int countParts() const; // this node and all nested nodes
};

struct BodySection
{
    QByteArray section;           // what was between the brackets, e.g. "1.2.MIME", "" for the whole message
    bool binary = false;          // BINARY[...] rather than BODY[...]
    std::optional<quint32> origin; // <origin> of a partial fetch
    QByteArray data;
    bool nil = false;
};

struct FetchData
{
    quint32 sequence = 0;
    std::optional<quint32> uid;
    std::optional<QList<QByteArray>> flags;
    std::optional<QDateTime> internalDate;
    std::optional<quint64> size;
    std::shared_ptr<Envelope> envelope;
    std::shared_ptr<BodyStructure> bodyStructure;
    QList<BodySection> sections;
    std::optional<quint64> modSeq;
    QByteArray emailId;
    QByteArray threadId; // empty for NIL
    QList<QPair<QByteArray, Value>> other; // items without a typed model (BINARY.SIZE, X-GM-*, ...)

    const BodySection *section(const QByteArray &name) const;
};

struct ListData
{
    QList<QByteArray> attributes; // as sent, e.g. "\\HasNoChildren", "\\Sent"
    QChar delimiter;              // null for NIL
    QByteArray rawName;           // as the server wrote it (modified UTF-7 or UTF-8)
    QString name;                 // decoded
    QList<QPair<QByteArray, Value>> extended; // CHILDINFO, OLDNAME, ...
    bool lsub = false;

    bool hasAttribute(const char *attribute) const;
    QByteArray specialUse() const; // "\\Sent", "\\Trash", ... or empty
};

struct StatusData
{
    QByteArray rawName;
    QString name;
    std::optional<quint64> messages, recent, uidNext, uidValidity, unseen, highestModSeq, size, deleted;
};

struct SearchData
{
    QList<quint32> ids;
    std::optional<quint64> modSeq;
};

struct ESearchData
{
    QByteArray tag;
    bool uid = false;
    std::optional<quint32> min, max;
    std::optional<quint64> count, modSeq;
    UidSet all;
};

struct VanishedData
{
    bool earlier = false;
    UidSet uids;
};

struct NamespaceEntry
{
    QString prefix;
    QByteArray rawPrefix;
    QChar delimiter;
};

struct NamespaceData
{
    QList<NamespaceEntry> personal, otherUsers, shared;
};

struct QuotaResource
{
    QByteArray name; // STORAGE (KiB), MESSAGE, ...
    quint64 usage = 0;
    quint64 limit = 0;
};

struct QuotaData
{
    QByteArray root;
    QList<QuotaResource> resources;
};

struct QuotaRootData
{
    QByteArray rawMailbox;
    QString mailbox;
    QList<QByteArray> roots;
};

struct NumberData
{
    quint32 number = 0;
};

struct AtomListData // CAPABILITY, FLAGS, ENABLED
{
    QList<QByteArray> atoms;
};

struct IdData
{
    Parameters fields; // empty for NIL
};

struct OtherData
{
    QList<Value> values;
};

// One complete server response, typed.
struct Response
{
    enum class Type { Untagged, Tagged, Continuation };
    enum class Kind {
        Condition, // OK/NO/BAD/BYE/PREAUTH (untagged or tagged)
        Continuation,
        Capability,
        List,
        Status, // STATUS mailbox data
        Search,
        ESearch,
        Fetch,
        Exists,
        Recent,
        Expunge,
        Flags,
        Vanished,
        Namespace,
        Id,
        Enabled,
        Quota,
        QuotaRoot,
        Other,
    };

    Type type = Type::Untagged;
    Kind kind = Kind::Other;
    QByteArray tag;
    Status status = Status::None;
    ResponseCode code;
    QByteArray text;    // human-readable text after the code, or a continuation's text
    QByteArray keyword; // upper-case name of untagged data: "FETCH", "LIST", "X-FOO", ...

    std::variant<std::monostate, AtomListData, ListData, StatusData, SearchData, ESearchData, FetchData,
                 NumberData, VanishedData, NamespaceData, IdData, QuotaData, QuotaRootData, OtherData>
        data;

    bool isTagged() const { return type == Type::Tagged; }
    bool isContinuation() const { return type == Type::Continuation; }
    QString textString() const { return QString::fromUtf8(text); }

    template<typename T> const T *get() const { return std::get_if<T>(&data); }
    template<typename T> T *get() { return std::get_if<T>(&data); }
};

QByteArray statusName(Status status);

} // namespace epistle::imap
