#pragma once
// What the Allium pages' checks answer, as typed values QML reads by property name.

#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/// Whether a request body is a JSON object (empty is fine) and, when not, where.
class AlliumBodyCheck
{
    Q_GADGET
    QML_VALUE_TYPE(alliumBodyCheck)
    Q_PROPERTY(bool ok MEMBER ok)
    Q_PROPERTY(QString message MEMBER message)
    Q_PROPERTY(int line MEMBER line)
    Q_PROPERTY(int column MEMBER column)
    Q_PROPERTY(int offset MEMBER offset)

public:
    bool ok = true;
    QString message;    ///< a sentence; empty when ok
    int line = 0;       ///< 1-based, 0 when ok
    int column = 0;     ///< 1-based, 0 when ok
    int offset = 0;     ///< characters before the error (the editor's marker)
};

/// A stream filter checked, previewed or built from the builder's rows.
class AlliumFilterCheck
{
    Q_GADGET
    QML_VALUE_TYPE(alliumFilterCheck)
    Q_PROPERTY(bool ok MEMBER ok)
    Q_PROPERTY(QString message MEMBER message)
    Q_PROPERTY(QString path MEMBER path)
    Q_PROPERTY(QString text MEMBER text)
    Q_PROPERTY(int matched MEMBER matched)
    Q_PROPERTY(int total MEMBER total)

public:
    bool ok = true;
    QString message;    ///< why not (or, for a preview, the count as a sentence)
    QString path;       ///< JSON path of the problem ("$.conditions[1].operator"), if any
    QString text;       ///< the filter as indented JSON ("" = no filter)
    int matched = 0;    ///< preview: records of the newest ones the filter keeps
    int total = 0;      ///< preview: how many records were tried
};

/// A filter as the visual builder's rows: [{field, operator, value}] joined by op.
class AlliumFilterRows
{
    Q_GADGET
    QML_VALUE_TYPE(alliumFilterRows)
    Q_PROPERTY(bool ok MEMBER ok)
    Q_PROPERTY(QString message MEMBER message)
    Q_PROPERTY(QString op MEMBER op)
    Q_PROPERTY(QVariantList rows MEMBER rows)
    Q_PROPERTY(bool representable MEMBER representable)

public:
    bool ok = true;
    QString message;
    QString op = QStringLiteral("AND");
    QVariantList rows;
    bool representable = true;  ///< false: nested groups, edited as JSON only
};
