#include "ui/AddressCompleter.h"

#include "mime/Address.h"
#include "storage/Database.h"
#include "storage/MessageListQueries.h"
#include "storage/StorageError.h"

#include <QLineEdit>
#include <QPointer>
#include <QStringListModel>
#include <QThread>

#include <memory>

namespace epistle::ui {

AddressCompleter::AddressCompleter(QObject *parent)
    : QCompleter(parent)
    , m_model(new QStringListModel(this))
{
    setModel(m_model);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
    setCompletionMode(QCompleter::PopupCompletion);
    setMaxVisibleItems(10);
}

AddressCompleter::~AddressCompleter()
{
    // A loader still reading holds a database connection: it ends (a short, bounded query) before
    // the completer does, so closing a composer or quitting never cuts it off mid-read.
    for (const QPointer<QThread> &loader : std::as_const(m_loaders)) {
        if (loader) {
            loader->wait();
            delete loader;
        }
    }
}

void AddressCompleter::loadFrom(const QString &databaseFile)
{
    auto found = std::make_shared<QStringList>();
    QThread *thread = QThread::create([databaseFile, found] {
        try {
            const std::unique_ptr<storage::Database> db = storage::Database::open(databaseFile);
            for (const storage::Address &a : storage::AddressSuggestions::frequent(*db))
                found->append(mime::Address{a.name, a.address, {}}.toDisplayString());
        } catch (const storage::StorageError &) {
            found->clear(); // completion is a convenience: without it the fields still work
        }
    });
    QPointer<AddressCompleter> self(this);
    connect(thread, &QThread::finished, thread, [thread, found, self] {
        if (self) {
            self->setAddresses(*found);
            Q_EMIT self->loaded();
        }
        thread->deleteLater();
    });
    m_loaders.removeAll(nullptr);
    m_loaders.append(thread);
    thread->start(QThread::LowPriority);
}

void AddressCompleter::setAddresses(const QStringList &addresses)
{
    m_model->setStringList(addresses);
}

QStringList AddressCompleter::addresses() const
{
    return m_model->stringList();
}

QStringList AddressCompleter::splitPath(const QString &path) const
{
    const qsizetype comma = path.lastIndexOf(QLatin1Char(','));
    return {path.mid(comma + 1).trimmed()};
}

QString AddressCompleter::pathFromIndex(const QModelIndex &index) const
{
    const QString chosen = QCompleter::pathFromIndex(index);
    const auto *edit = qobject_cast<const QLineEdit *>(widget());
    if (!edit)
        return chosen;
    const QString text = edit->text();
    const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
    return comma < 0 ? chosen : text.left(comma + 1) + QLatin1Char(' ') + chosen;
}

} // namespace epistle::ui
