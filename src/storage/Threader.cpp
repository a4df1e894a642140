#include "storage/Threader.h"

#include "storage/SubjectNormalizer.h"

#include <algorithm>
#include <utility>

namespace epistle::storage {

struct Threader::Container
{
    QByteArray id;
    qint64 key = 0; // 0: empty (a message we only know from references, or one that was removed)
    qint64 thread = 0; // the thread id last reported for the message
    QString subject; // normalized subject of the message
    Container *parent = nullptr;
    std::vector<Container *> children;
    // While this container is a registered root: the subject its tree is grouped by.
    QString rootSubject;
    bool registeredRoot = false;
    bool dead = false;
    // Bookkeeping of one add()/remove(), valid when the epoch matches.
    quint32 touchEpoch = 0;
    quint32 rootEpoch = 0;
    quint32 memoEpoch = 0;
    Container *memoRoot = nullptr;
};

namespace {

// Ids that cannot come from a header (a header id never contains a space after trimming).
QByteArray privateId(qint64 key)
{
    return QByteArrayLiteral("< private ") + QByteArray::number(key) + '>';
}

QByteArray normalizeId(const QByteArray &raw)
{
    if (raw.size() > 2 && raw.startsWith('<') && raw.endsWith('>') && !raw.contains(' '))
        return raw; // the usual case, without copying
    QByteArray id = raw.trimmed();
    if (id.isEmpty())
        return id;
    if (!id.startsWith('<'))
        id.prepend('<');
    if (!id.endsWith('>'))
        id.append('>');
    return id.size() > 2 ? id : QByteArray();
}

} // namespace

Threader::Threader() = default;

Threader::~Threader() = default;

void Threader::clear()
{
    m_ids.clear();
    m_byKey.clear();
    m_subjectRoots.clear();
    m_touched.clear();
    m_dead.clear();
    m_affectedSubjects.clear();
    m_free.clear();
    m_pool.clear();
}

qint64 Threader::threadOf(qint64 key) const
{
    const Container *c = m_byKey.value(key);
    return c ? c->thread : 0;
}

QByteArrayList Threader::parseMessageIds(const QByteArray &header)
{
    QByteArrayList ids;
    qsizetype pos = 0;
    while (true) {
        qsizetype open = header.indexOf('<', pos);
        if (open < 0)
            break;
        const qsizetype close = header.indexOf('>', open + 1);
        if (close < 0)
            break;
        // "<broken <a@x>": the id starts at the last '<' before the '>'.
        open = header.lastIndexOf('<', close);
        QByteArray id = header.mid(open, close - open + 1);
        id.replace(' ', QByteArray()).replace('\t', QByteArray()).replace('\r', QByteArray()).replace('\n', QByteArray());
        if (id.size() > 2)
            ids.append(id);
        pos = close + 1;
    }
    return ids;
}

void Threader::touch(Container *c)
{
    if (c->touchEpoch != m_epoch) {
        c->touchEpoch = m_epoch;
        m_touched.push_back(c);
    }
}

Threader::Container *Threader::create(const QByteArray &id)
{
    Container *c;
    if (!m_free.empty()) {
        c = m_free.back();
        m_free.pop_back();
    } else {
        c = &m_pool.emplace_back();
    }
    c->id = id;
    m_ids.insert(id, c);
    touch(c);
    return c;
}

Threader::Container *Threader::getOrCreate(const QByteArray &id)
{
    if (Container *c = m_ids.value(id))
        return c;
    return create(id);
}

bool Threader::isAncestorOrSelf(const Container *ancestor, const Container *c)
{
    if (ancestor->children.empty())
        return ancestor == c; // the common case, without walking a long chain
    for (; c; c = c->parent) {
        if (c == ancestor)
            return true;
    }
    return false;
}

void Threader::link(Container *parent, Container *child)
{
    touch(child); // a root until now: its old group must be recomputed
    child->parent = parent;
    parent->children.push_back(child);
    touch(parent);
}

void Threader::unlink(Container *child)
{
    Container *parent = child->parent;
    if (!parent)
        return;
    auto &siblings = parent->children;
    siblings.erase(std::find(siblings.begin(), siblings.end(), child));
    child->parent = nullptr;
    touch(parent);
    touch(child);
}

void Threader::forgetRoot(Container *root)
{
    if (!root->registeredRoot)
        return;
    if (!root->rootSubject.isEmpty()) {
        auto group = m_subjectRoots.find(root->rootSubject);
        if (group != m_subjectRoots.end()) {
            group->remove(root);
            if (group->isEmpty())
                m_subjectRoots.erase(group);
        }
        m_affectedSubjects.insert(root->rootSubject);
    }
    root->registeredRoot = false;
    root->rootSubject.clear();
}

void Threader::destroy(Container *c)
{
    if (c->parent)
        unlink(c);
    forgetRoot(c);
    m_ids.remove(c->id);
    c->dead = true; // recycled at the end of settle(), when no list refers to it any more
    m_dead.push_back(c);
}

QString Threader::groupingSubject(Container *root) const
{
    // Breadth first: the message nearest the root names the tree.
    if (root->key)
        return root->subject;
    std::vector<Container *> level{root};
    for (size_t i = 0; i < level.size(); ++i) {
        Container *c = level[i];
        if (c->key)
            return c->subject;
        level.insert(level.end(), c->children.begin(), c->children.end());
    }
    return QString();
}

void Threader::assignGroup(const QList<Container *> &roots, QHash<qint64, qint64> &changes)
{
    std::vector<Container *> stack(roots.begin(), roots.end());
    std::vector<Container *> members;
    qint64 thread = 0;
    while (!stack.empty()) {
        Container *c = stack.back();
        stack.pop_back();
        if (c->key) {
            members.push_back(c);
            if (!thread || c->key < thread)
                thread = c->key;
        }
        stack.insert(stack.end(), c->children.begin(), c->children.end());
    }
    for (Container *c : members) {
        if (c->thread != thread) {
            c->thread = thread;
            changes.insert(c->key, thread);
        }
    }
}

QHash<qint64, qint64> Threader::settle()
{
    const std::vector<Container *> touched = std::exchange(m_touched, {});
    // Containers that were roots and now have a parent leave their subject group.
    for (Container *c : touched) {
        if (!c->dead && c->parent)
            forgetRoot(c);
    }
    // The roots of every changed tree, with the walk up shared between containers.
    std::vector<Container *> affected;
    std::vector<Container *> path;
    for (Container *c : touched) {
        if (c->dead)
            continue;
        path.clear();
        Container *r = c;
        while (r->parent && r->memoEpoch != m_epoch) {
            path.push_back(r);
            r = r->parent;
        }
        if (r->parent)
            r = r->memoRoot; // memoized on an earlier walk
        for (Container *p : path) {
            p->memoEpoch = m_epoch;
            p->memoRoot = r;
        }
        if (r->rootEpoch != m_epoch) {
            r->rootEpoch = m_epoch;
            affected.push_back(r);
        }
    }

    QList<Container *> lone;
    for (Container *r : affected) {
        if (!r->key && r->children.empty()) {
            // Created for a reference that no link kept (a loop): nothing hangs on it.
            destroy(r);
            continue;
        }
        const QString subject = groupingSubject(r);
        if (r->registeredRoot && r->rootSubject != subject)
            forgetRoot(r);
        r->registeredRoot = true;
        r->rootSubject = subject;
        if (subject.isEmpty()) {
            lone.append(r);
        } else {
            m_subjectRoots[subject].insert(r);
            m_affectedSubjects.insert(subject);
        }
    }
    QHash<qint64, qint64> changes;
    for (Container *r : std::as_const(lone))
        assignGroup({r}, changes);
    const QSet<QString> subjects = std::exchange(m_affectedSubjects, {});
    for (const QString &subject : subjects) {
        const auto group = m_subjectRoots.constFind(subject);
        if (group != m_subjectRoots.constEnd())
            assignGroup(group->values(), changes);
    }

    for (Container *c : std::exchange(m_dead, {})) {
        *c = Container();
        m_free.push_back(c);
    }
    ++m_epoch;
    return changes;
}

QHash<qint64, qint64> Threader::add(const QList<ThreadMessage> &messages)
{
    m_byKey.reserve(m_byKey.size() + messages.size());
    for (const ThreadMessage &m : messages) {
        if (!m.key || m_byKey.contains(m.key))
            continue;
        const QByteArray id = normalizeId(m.messageId);
        Container *c = id.isEmpty() ? nullptr : m_ids.value(id);
        if (!c)
            c = create(id.isEmpty() ? privateId(m.key) : id);
        else if (c->key)
            c = create(privateId(m.key)); // a duplicate Message-ID: keep both messages
        c->key = m.key;
        c->subject = SubjectNormalizer::normalize(m.subject);
        m_byKey.insert(m.key, c);
        touch(c);

        Container *prev = nullptr;
        auto follow = [&](const QByteArray &raw) {
            const QByteArray ref = normalizeId(raw);
            if (ref.isEmpty())
                return;
            Container *r = getOrCreate(ref);
            if (r == c)
                return;
            if (prev && !r->parent && !isAncestorOrSelf(r, prev))
                link(prev, r);
            prev = r;
        };
        for (const QByteArray &r : m.references)
            follow(r);
        const QByteArray inReplyTo = normalizeId(m.inReplyTo);
        if (!inReplyTo.isEmpty() && (!prev || prev->id != inReplyTo))
            follow(inReplyTo);

        // The message itself is the best witness of its parent: replace a guessed link.
        if (prev != c->parent && !(prev && isAncestorOrSelf(c, prev))) {
            unlink(c);
            if (prev)
                link(prev, c);
        }
    }
    return settle();
}

QHash<qint64, qint64> Threader::remove(const QList<qint64> &keys)
{
    for (qint64 key : keys) {
        Container *c = m_byKey.take(key);
        if (!c)
            continue;
        touch(c);
        c->key = 0;
        c->thread = 0;
        c->subject.clear();
        while (c && !c->key && c->children.empty()) {
            Container *parent = c->parent;
            destroy(c);
            c = parent;
        }
    }
    return settle();
}

} // namespace epistle::storage
