#pragma once
// A validating single-pass JSON scanner for the hot paths (Allium records, Conyr trades):
// finds the top-level fields of an object without building a QJsonObject (which costs ~3 µs
// a record). It accepts exactly what QJsonDocument accepts (numbers out of double's range
// included), so a fast path built on it never takes a frame the full decoder refuses.

#include <QByteArrayView>
#include <QJsonValue>
#include <QLatin1String>
#include <QString>
#include <QVarLengthArray>

namespace JsonScan {

/// One top-level field. For strings, value is the text between the quotes (still escaped).
struct Field {
    QByteArrayView key;
    QByteArrayView value;
    char type;           ///< 's' string, 'n' number, 'b' true/false, 'z' null, 'o' object, 'a' array
    bool escaped;        ///< the string value contains backslash escapes
    bool keyEscaped = false; ///< the key contains backslash escapes (key is still escaped)
};
using Fields = QVarLengthArray<Field, 24>;

/// Scans the object that starts at pos (at '{'), checking the syntax of everything in it,
/// and collects its top-level fields. On success pos is just past the '}'. On failure
/// returns false and sets error (with the offset in pos).
bool scanObject(QByteArrayView text, qsizetype &pos, Fields &fields, QString &error);
/// Skips whitespace.
qsizetype skipSpace(QByteArrayView text, qsizetype pos);
/// The field with the key, or nullptr.
const Field *find(const Fields &fields, QByteArrayView key);
/// Whether a scanned UTF-8 key equals a UTF-16 one (no conversion, no allocation).
bool keyEquals(QByteArrayView utf8, QStringView key);
/// The field with the key given as text (a rule's field name), without converting it.
const Field *find(const Fields &fields, QStringView key);
/// A field's value as a QString (escapes decoded).
QString text(const Field &field);
/// A string field's value as UTF-8 bytes (escapes decoded): what text(field).toUtf8() gives,
/// without the UTF-16 round trip for the usual string.
QByteArray utf8(const Field &field);
/// A field's value as QJsonDocument gives it: strings decoded, integers that fit in 64 bits
/// as integers, other numbers as doubles, objects and arrays parsed.
QJsonValue toValue(const Field &field);

/// One object's top-level fields, read the way a QJsonObject is: value(key) is what
/// QJsonDocument::fromJson(text).object().value(key) gives (the last of repeated keys).
/// For a hot path that reads a few fields of small objects many times a second.
class ObjectView
{
public:
    /// Scans text, which must be one object (whitespace around it allowed). False when it
    /// is not valid JSON or not an object, and also when a key has escapes (rare: read such
    /// an object with QJsonDocument).
    bool scan(QByteArrayView text);
    /// The same, and the object under key (if there is one) into nested, in the same pass:
    /// an envelope and its payload ({"channel":…,"data":{…}}) read once.
    bool scan(QByteArrayView text, QLatin1String key, ObjectView &nested);
    QJsonValue value(QLatin1String key) const;
    bool contains(QLatin1String key) const { return findLast(key) != nullptr; }
    /// The last field with the key, or nullptr.
    const Field *findLast(QLatin1String key) const;
    const Fields &fields() const { return m_fields; }

private:
    bool scan(QByteArrayView text, const QLatin1String *key, ObjectView *nested);
    Fields m_fields;
};

} // namespace JsonScan
