#include "storage/Threader.h"

#include "storage/SubjectNormalizer.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace epistle::storage {

struct Threader::Container
{
    QByteArray id;
    qint64 key = 0; // 0: empty (a message we only know from references, or one that was removed)
    QString subject; // normalized subject of the message
    Container *parent = nullptr;
    std::vector<Container *> children;
};

namespace {

// Ids that cannot come from a header (a header id never contains a space after trimming).
QByteArray privateId(qint64 key)
{
    return QByteArrayLiteral("< private ") + QByteArray::number(key) + '>';
}

QByteArray normalizeId(const QByteArray &raw)
{
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

Threader::~Threader()
{
    clear();
}

void Threader::clear()
{
    qDeleteAll(m_ids);
    m_ids.clear();
    m_byKey.clear();
    m_threadOf.clear();
    m_rootSubject.clear();
    m_subjectRoots.clear();
    m_touched.clear();
    m_affectedSubjects.clear();
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

Threader::Container *Threader::create(const QByteArray &id)
{
    auto *c = new Container;
    c->id = id;
    m_ids.insert(id, c);
    m_touched.insert(c);
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
    m_touched.insert(child); // a root until now: its old group must be recomputed
    child->parent = parent;
    parent->children.push_back(child);
    m_touched.insert(parent);
}

void Threader::unlink(Container *child)
{
    Container *parent = child->parent;
    if (!parent)
        return;
    auto &siblings = parent->children;
    siblings.erase(std::find(siblings.begin(), siblings.end(), child));
    child->parent = nullptr;
    m_touched.insert(parent);
    m_touched.insert(child);
}

void Threader::forgetRoot(Container *root)
{
    const auto it = m_rootSubject.find(root);
    if (it == m_rootSubject.end())
        return;
    if (!it->isEmpty()) {
        auto group = m_subjectRoots.find(*it);
        if (group != m_subjectRoots.end()) {
            group->remove(root);
            if (group->isEmpty())
                m_subjectRoots.erase(group);
        }
        m_affectedSubjects.insert(*it);
    }
    m_rootSubject.erase(it);
}

void Threader::destroy(Container *c)
{
    if (c->parent)
        unlink(c);
    forgetRoot(c);
    m_touched.remove(c);
    m_ids.remove(c->id);
    delete c;
}

QString Threader::groupingSubject(Container *root) const
{
    // Breadth first: the message nearest the root names the tree.
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
    std::vector<qint64> keys;
    qint64 thread = 0;
    while (!stack.empty()) {
        Container *c = stack.back();
        stack.pop_back();
        if (c->key) {
            keys.push_back(c->key);
            if (!thread || c->key < thread)
                thread = c->key;
        }
        stack.insert(stack.end(), c->children.begin(), c->children.end());
    }
    for (qint64 key : keys) {
        auto it = m_threadOf.find(key);
        if (it == m_threadOf.end()) {
            m_threadOf.insert(key, thread);
            changes.insert(key, thread);
        } else if (*it != thread) {
            *it = thread;
            changes.insert(key, thread);
        }
    }
}

QHash<qint64, qint64> Threader::settle()
{
    const QSet<Container *> touched = std::exchange(m_touched, {});
    // Containers that were roots and now have a parent leave their subject group.
    for (Container *c : touched) {
        if (c->parent)
            forgetRoot(c);
    }
    // The roots of every changed tree, with the walk up shared between containers.
    QHash<Container *, Container *> rootMemo;
    QSet<Container *> affected;
    std::vector<Container *> path;
    for (Container *c : touched) {
        path.clear();
        Container *r = c;
        Container *known = nullptr;
        while (r->parent) {
            if ((known = rootMemo.value(r)))
                break;
            path.push_back(r);
            r = r->parent;
        }
        if (known)
            r = known;
        for (Container *p : path)
            rootMemo.insert(p, r);
        affected.insert(r);
    }

    QList<Container *> lone;
    for (Container *r : std::as_const(affected)) {
        if (!r->key && r->children.empty()) {
            // Created for a reference that no link kept (a loop): nothing hangs on it.
            forgetRoot(r);
            m_ids.remove(r->id);
            delete r;
            continue;
        }
        const QString subject = groupingSubject(r);
        const auto it = m_rootSubject.constFind(r);
        if (it != m_rootSubject.constEnd() && *it != subject)
            forgetRoot(r);
        m_rootSubject.insert(r, subject);
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
    return changes;
}

QHash<qint64, qint64> Threader::add(const QList<ThreadMessage> &messages)
{
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
        m_touched.insert(c);

        QByteArrayList refs;
        refs.reserve(m.references.size() + 1);
        for (const QByteArray &r : m.references) {
            const QByteArray n = normalizeId(r);
            if (!n.isEmpty())
                refs.append(n);
        }
        const QByteArray inReplyTo = normalizeId(m.inReplyTo);
        if (!inReplyTo.isEmpty() && (refs.isEmpty() || refs.constLast() != inReplyTo))
            refs.append(inReplyTo);

        Container *prev = nullptr;
        for (const QByteArray &ref : std::as_const(refs)) {
            Container *r = getOrCreate(ref);
            if (r == c)
                continue;
            if (prev && !r->parent && !isAncestorOrSelf(r, prev))
                link(prev, r);
            prev = r;
        }
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
        m_threadOf.remove(key);
        m_touched.insert(c);
        c->key = 0;
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
