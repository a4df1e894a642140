#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace epistle::storage {

struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

// The schema's history. Migration N turns a version N-1 database into version N; they are
// applied in order inside one transaction when a database is opened, and PRAGMA user_version
// records the result. Released migrations are never edited: a change is a new migration.
class Migrations
{
public:
    static const QList<Migration> &all();
    static int latestVersion();
};

} // namespace epistle::storage
