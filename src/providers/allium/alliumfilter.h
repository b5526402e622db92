#pragma once
// The Allium stream filter as a typed tree: conditions {field, operator, value} and nested
// AND/OR groups {op, conditions}. Parses and serialises the documented JSON, validates,
// and evaluates itself on a record (the client's preview and the simulator share this).

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

/// Evaluation rules (documented because servers differ on the edges):
/// - `field` is a key of the record, or a dotted path into nested objects/arrays
///   ("receipt.status", "logs.0.address"); an exact key containing dots wins.
/// - Numbers and numeric strings ("1000000000000000000", "-5", "0.25") compare exactly as
///   decimals of any length, never through double.
/// - Two non-numeric strings: `=`/`!=` compare exactly, except that two "0x…" hex strings
///   compare case-insensitively (addresses and hashes); `<`… compare lexicographically
///   (ISO timestamps order correctly).
/// - Booleans equal only booleans; ordering a boolean, an object or an array is false.
/// - Mixed types (a number against a non-numeric string, a bool against a string): `=`
///   is false, `!=` is true, ordering is false.
/// - A missing or null field: `exists false` is true, `!=` is true, everything else false.
/// - `in`: true if the field equals (by the rules above) any element of the array.
struct AlliumFilterParsed;

class AlliumFilter
{
public:
    enum class Kind { Condition, And, Or };
    enum class Operator { Equal, NotEqual, Greater, GreaterOrEqual, Less, LessOrEqual, In, Exists };

    using Parsed = struct AlliumFilterParsed;

    static constexpr int MaxDepth = 32;

    AlliumFilter() = default;
    static AlliumFilter condition(const QString &field, Operator op, const QJsonValue &value);
    static AlliumFilter group(Kind kind, const QList<AlliumFilter> &children);

    /// Parses the documented JSON (the "data" of a setFilter message).
    static Parsed parse(const QJsonValue &json);
    /// Parses JSON text; syntax errors report line and column.
    static Parsed parseText(const QByteArray &text);

    /// The documented JSON form.
    QJsonObject toJson() const;
    /// Compact JSON text.
    QByteArray toText() const;
    /// An empty string when valid, else the first problem as "path: message".
    QString validate() const;
    /// True when the record matches.
    bool matches(const QJsonObject &record) const;

    Kind kind() const { return m_kind; }
    QString field() const { return m_field; }
    Operator op() const { return m_op; }
    QJsonValue value() const { return m_value; }
    const QList<AlliumFilter> &children() const { return m_children; }

    static QString operatorText(Operator op);
    static std::optional<Operator> operatorFromText(const QString &text);

    /// Equality of two JSON scalars by the rules above (used by `=`, `!=` and `in`).
    static bool valuesEqual(const QJsonValue &a, const QJsonValue &b);
    /// Ordering by the rules above: -1/0/1, or nullopt when not comparable.
    static std::optional<int> valuesCompare(const QJsonValue &a, const QJsonValue &b);
    /// The value at a field path of a record; undefined when missing.
    static QJsonValue lookup(const QJsonObject &record, const QString &field);

    bool operator==(const AlliumFilter &other) const;

private:
    static Parsed parseNode(const QJsonValue &json, const QString &path, int depth);
    QString validateNode(const QString &path) const;

    Kind m_kind = Kind::Condition;
    QString m_field;
    Operator m_op = Operator::Equal;
    QJsonValue m_value;
    QList<AlliumFilter> m_children;
};

/// A parse result: the filter, or an error with the JSON path where it was found
/// ("$.conditions[1].operator").
struct AlliumFilterParsed {
    std::optional<AlliumFilter> filter;
    QString error;
    QString path;
    /// "path: error", for one-line display.
    QString message() const { return path.isEmpty() ? error : path + QStringLiteral(": ") + error; }
};
