#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <deque>
#include <vector>

namespace epistle::storage {

// The threading fields of one message.
struct ThreadMessage
{
    qint64 key = 0; // the message's store key; never 0
    QByteArray messageId;
    QByteArrayList references; // References, oldest first
    QByteArray inReplyTo;
    QString subject;
};

// Jamie Zawinski's threading algorithm (jwz.org/doc/threading.html), kept up to date as messages
// arrive and leave instead of being rerun from scratch:
// - an id table of containers; a message fills the container of its Message-ID (a duplicate id
//   or a missing one gets a container of its own);
// - References (then In-Reply-To, if it is not already the last reference) link containers
//   parent to child, never changing an existing link and never creating a loop; the message's
//   own container is re-parented under its last reference;
// - a removed message empties its container; the container stays while it links children, and
//   childless empty containers are pruned;
// - the roots are grouped by normalized subject ("Re:", "Fwd:", "Aw:"… removed): roots with the
//   same non-empty subject are one thread. An empty root takes the subject of its first message.
// A thread's id is the smallest key among its messages, so it does not depend on the order the
// work was done in, and adding a newer message to a thread never renumbers the others.
class Threader
{
public:
    Threader();
    ~Threader();
    Threader(const Threader &) = delete;
    Threader &operator=(const Threader &) = delete;

    // Both return key -> thread id for every message whose thread id is new or changed.
    // Adding a key that is already present is ignored.
    QHash<qint64, qint64> add(const QList<ThreadMessage> &messages);
    QHash<qint64, qint64> remove(const QList<qint64> &keys);

    qint64 threadOf(qint64 key) const;
    qsizetype messageCount() const { return m_byKey.size(); }
    qsizetype containerCount() const { return m_ids.size(); }
    void clear();

    // "<a@x> <b@y>" (or In-Reply-To with comments around the id) -> the ids with angle brackets.
    static QByteArrayList parseMessageIds(const QByteArray &header);

private:
    struct Container;

    Container *create(const QByteArray &id);
    void touch(Container *c);
    Container *getOrCreate(const QByteArray &id);
    void destroy(Container *c);
    static bool isAncestorOrSelf(const Container *ancestor, const Container *c);
    void link(Container *parent, Container *child);
    void unlink(Container *child);
    void forgetRoot(Container *root);
    QString groupingSubject(Container *root) const;
    void assignGroup(const QList<Container *> &roots, QHash<qint64, qint64> &changes);
    QHash<qint64, qint64> settle();

    std::deque<Container> m_pool; // owns every container; m_free recycles them
    std::vector<Container *> m_free;
    QHash<QByteArray, Container *> m_ids;
    QHash<qint64, Container *> m_byKey;
    QHash<QString, QSet<Container *>> m_subjectRoots;
    // Work of the current add()/remove(): containers whose links or message changed (marked with
    // the current epoch), containers destroyed, subjects whose group changed.
    quint32 m_epoch = 1;
    std::vector<Container *> m_touched;
    std::vector<Container *> m_dead;
    QSet<QString> m_affectedSubjects;
};

} // namespace epistle::storage
