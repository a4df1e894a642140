#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QtTest/QTest>

// Files of tests/data/mime (the folder comes from CTest's EPISTLE_TEST_DATA).
inline QString mimeDataPath(const QString &name)
{
    QString root = qEnvironmentVariable("EPISTLE_TEST_DATA");
    if (root.isEmpty())
        root = QStringLiteral(EPISTLE_TESTS_SOURCE_DIR "/../data");
    return root + QStringLiteral("/mime/") + name;
}

inline QByteArray readMimeData(const QString &name)
{
    QFile file(mimeDataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(file.fileName()));
    return file.readAll();
}
