#pragma once
// A validating single-pass JSON scanner for the stream's hot path: finds the top-level
// fields of a record object without building a QJsonObject (which costs ~3 µs a record).

#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>

namespace AlliumJsonScan {

/// One top-level field. For strings, value is the text between the quotes (still escaped).
struct Field {
    QByteArrayView key;
    QByteArrayView value;
    char type;           ///< 's' string, 'n' number, 'b' true/false, 'z' null, 'o' object, 'a' array
    bool escaped;        ///< the string value contains backslash escapes
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

} // namespace AlliumJsonScan
