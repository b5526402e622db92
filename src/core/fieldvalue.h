#pragma once
// One value of a record as a comparison reads it (a record filter's field), without a
// QJsonValue: in Qt 6 a string QJsonValue is a CBOR container, so reading a string field
// through one cost two allocations and two copies — most of a filter rule's cost per record.

#include <QJsonValue>
#include <QString>
#include <QVariant>

struct FieldValue {
    enum class Type : quint8 { Undefined, Null, Bool, Number, String, Other };
    Type type = Type::Undefined;
    bool boolean = false;
    double number = 0;
    QString text; ///< Type::String

    static FieldValue ofBool(bool b) { FieldValue v; v.type = Type::Bool; v.boolean = b; return v; }
    static FieldValue ofNumber(double n) { FieldValue v; v.type = Type::Number; v.number = n; return v; }
    static FieldValue ofText(QString s) { FieldValue v; v.type = Type::String; v.text = std::move(s); return v; }
    static FieldValue null() { FieldValue v; v.type = Type::Null; return v; }
    static FieldValue of(const QJsonValue &json)
    {
        switch (json.type()) {
        case QJsonValue::Undefined: return {};
        case QJsonValue::Null: return null();
        case QJsonValue::Bool: return ofBool(json.toBool());
        case QJsonValue::Double: return ofNumber(json.toDouble());
        case QJsonValue::String: return ofText(json.toString());
        case QJsonValue::Array:
        case QJsonValue::Object: break;
        }
        FieldValue v;
        v.type = Type::Other;
        return v;
    }
    /// A record's value as QJsonValue::fromVariant() reads it, without one for the scalars.
    static FieldValue of(const QVariant &v)
    {
        switch (v.typeId()) {
        case QMetaType::UnknownType:
        case QMetaType::Nullptr: return null();
        case QMetaType::Bool: return ofBool(v.toBool());
        case QMetaType::QString: return ofText(v.toString());
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::ULong:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Float:
        case QMetaType::Double: return ofNumber(v.toDouble());
        default: return of(QJsonValue::fromVariant(v));
        }
    }
    /// Neither missing nor null.
    bool present() const { return type != Type::Undefined && type != Type::Null; }
};
