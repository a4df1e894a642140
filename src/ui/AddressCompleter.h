#pragma once

#include <QCompleter>
#include <QList>
#include <QPointer>
#include <QThread>

class QStringListModel;

namespace epistle::ui {

// Completes the address being typed after the last comma of a recipient field, from the
// addresses seen in the store (read on a background thread: the query groups every message).
class AddressCompleter : public QCompleter
{
    Q_OBJECT

public:
    explicit AddressCompleter(QObject *parent = nullptr);
    ~AddressCompleter() override;

    // Starts reading the store's addresses; the list fills in when the read is done.
    void loadFrom(const QString &databaseFile);
    void setAddresses(const QStringList &addresses);
    QStringList addresses() const;

    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;

Q_SIGNALS:
    void loaded();

private:
    QStringListModel *m_model;
    QList<QPointer<QThread>> m_loaders;
};

} // namespace epistle::ui
