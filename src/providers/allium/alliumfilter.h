#pragma once
// The Allium stream filter as a typed tree: conditions {field, operator, value} and nested
// AND/OR groups {op, conditions}. Parses and serialises the documented JSON, validates,
// and evaluates itself on a record (the client's preview and the simulator share this).

#include "core/fieldvalue.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <functional>
#include <memory>
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
/// - Wrapped records ({"payload": {…}, "source": "…"}, the Hyperliquid topics): locally a
///   field is found with or without the "payload." prefix, on the record as sent or on its
///   payload (Paths::Lenient). The server resolves paths on the record as sent, so a
///   client addresses a wrapped topic's server with throughEnvelope(); the simulator
///   evaluates with Paths::Documented.
struct AlliumFilterParsed;

class AlliumFilter
{
public:
    enum class Kind { Condition, And, Or };
    enum class Operator { Equal, NotEqual, Greater, GreaterOrEqual, Less, LessOrEqual, In, Exists };
    /// How field paths resolve: Documented = exact key, else dot path on the object given
    /// (what the server does); Lenient adds the wrapper fallbacks described above.
    enum class Paths { Lenient, Documented };

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
    bool matches(const QJsonObject &record, Paths paths = Paths::Lenient) const;
    /// The same over a record known only through a lookup of field paths (undefined when
    /// missing), e.g. one read from its JSON text field by field.
    bool matches(const std::function<QJsonValue(const QString &field)> &lookup) const;
    /// The same over FieldValues (no QJsonValue per field: the alert rules' hot path).
    bool matchesFields(const std::function<FieldValue(const QString &field)> &valueOf) const;
    /// The same filter with every field addressed through the record wrapper, for the
    /// server of a wrapped topic: "coin" becomes "payload.coin"; "payload", "payload.…"
    /// and "source" stay as they are.
    AlliumFilter throughEnvelope() const;
    /// The fields the filter tests, in order (with repeats removed).
    QStringList fields() const;

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
    static QJsonValue lookup(const QJsonObject &record, const QString &field, Paths paths = Paths::Lenient);

    bool operator==(const AlliumFilter &other) const;

private:
    static Parsed parseNode(const QJsonValue &json, const QString &path, int depth);
    QString validateNode(const QString &path) const;

    Kind m_kind = Kind::Condition;
    QString m_field;
    Operator m_op = Operator::Equal;
    QJsonValue m_value;
    struct Operand;
    struct PreparedValue;
    std::shared_ptr<const PreparedValue> m_prepared; ///< m_value ready to compare; set with it
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
