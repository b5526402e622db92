#include "alliumfilter.h"

#include "alliumcodec.h"
#include "alliumdecimal.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AlliumFilter", text);
}

struct OperatorName {
    AlliumFilter::Operator op;
    const char *text;
};
constexpr OperatorName Operators[] = {
    {AlliumFilter::Operator::Equal, "="},         {AlliumFilter::Operator::NotEqual, "!="},
    {AlliumFilter::Operator::Greater, ">"},       {AlliumFilter::Operator::GreaterOrEqual, ">="},
    {AlliumFilter::Operator::Less, "<"},          {AlliumFilter::Operator::LessOrEqual, "<="},
    {AlliumFilter::Operator::In, "in"},           {AlliumFilter::Operator::Exists, "exists"},
};

bool isScalar(const QJsonValue &v)
{
    return v.isString() || v.isDouble() || v.isBool();
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    case QJsonValue::Undefined: return QStringLiteral("nothing");
    }
    return {};
}

bool isHex(const QString &s)
{
    return s.size() > 2 && s.at(0) == QLatin1Char('0') && (s.at(1) == QLatin1Char('x') || s.at(1) == QLatin1Char('X'));
}

AlliumFilter::Parsed failure(const QString &path, const QString &error)
{
    AlliumFilter::Parsed p;
    p.path = path;
    p.error = error;
    return p;
}

/// The problem with a condition's value for its operator, or an empty string.
QString valueProblem(AlliumFilter::Operator op, const QJsonValue &value)
{
    using Op = AlliumFilter::Operator;
    switch (op) {
    case Op::Exists:
        return value.isBool() ? QString() : tr("\"exists\" needs true or false, not a %1").arg(typeName(value));
    case Op::In: {
        if (!value.isArray())
            return tr("\"in\" needs an array of values, not a %1").arg(typeName(value));
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            return tr("\"in\" needs at least one value");
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!isScalar(array.at(i)))
                return tr("element %1 of \"in\" must be a string, number or boolean, not a %2")
                    .arg(i).arg(typeName(array.at(i)));
        }
        return {};
    }
    case Op::Equal:
    case Op::NotEqual:
        return isScalar(value) ? QString() : tr("a comparison needs a string, number or boolean, not a %1").arg(typeName(value));
    case Op::Greater:
    case Op::GreaterOrEqual:
    case Op::Less:
    case Op::LessOrEqual:
        return value.isString() || value.isDouble()
            ? QString()
            : tr("\"%1\" needs a number or a string, not a %2").arg(AlliumFilter::operatorText(op), typeName(value));
    }
    return {};
}

} // namespace

/// A scalar as the comparisons read it: its kind, its exact decimal (a JSON number or a
/// numeric string) and its text. A condition prepares its own value once; a record's value
/// is prepared once per test, and a string that is not numeric costs no conversion.
struct AlliumFilter::Operand {
    bool isBool = false;
    bool boolValue = false;
    bool isString = false;
    std::optional<AlliumDecimal> decimal;
    QString text;

    static Operand of(const QJsonValue &v) { return of(FieldValue::of(v)); }
    static Operand of(FieldValue v)
    {
        Operand o;
        switch (v.type) {
        case FieldValue::Type::Bool:
            o.isBool = true;
            o.boolValue = v.boolean;
            break;
        case FieldValue::Type::String:
            o.isString = true;
            o.text = std::move(v.text);
            o.decimal = AlliumDecimal::parse(QStringView(o.text));
            break;
        case FieldValue::Type::Number: o.decimal = AlliumDecimal::fromDouble(v.number); break;
        default: break;
        }
        return o;
    }
    bool equals(const Operand &b) const
    {
        if (isBool || b.isBool)
            return isBool && b.isBool && boolValue == b.boolValue;
        if (decimal && b.decimal)
            return AlliumDecimal::compare(*decimal, *b.decimal) == 0;
        if (isString && b.isString && !decimal && !b.decimal) {
            if (isHex(text) && isHex(b.text))
                return AlliumCodec::sameHex(text, b.text);
            return text == b.text;
        }
        return false;
    }
    std::optional<int> compare(const Operand &b) const
    {
        if (isBool || b.isBool)
            return std::nullopt;
        if (decimal && b.decimal)
            return AlliumDecimal::compare(*decimal, *b.decimal);
        if (isString && b.isString && !decimal && !b.decimal) {
            const int c = text.compare(b.text);
            return c < 0 ? -1 : (c > 0 ? 1 : 0);
        }
        return std::nullopt;
    }
};

/// The condition's value prepared for the comparisons (the options of `in` one by one).
struct AlliumFilter::PreparedValue {
    Operand value;
    QList<Operand> options;

    static PreparedValue of(const QJsonValue &v)
    {
        PreparedValue p;
        p.value = Operand::of(v);
        if (v.isArray()) {
            const QJsonArray options = v.toArray();
            for (const QJsonValue &option : options)
                p.options << Operand::of(option);
        }
        return p;
    }
};

AlliumFilter AlliumFilter::condition(const QString &field, Operator op, const QJsonValue &value)
{
    AlliumFilter f;
    f.m_kind = Kind::Condition;
    f.m_field = field;
    f.m_op = op;
    f.m_value = value;
    f.m_prepared = std::make_shared<const PreparedValue>(PreparedValue::of(value));
    return f;
}

AlliumFilter AlliumFilter::group(Kind kind, const QList<AlliumFilter> &children)
{
    AlliumFilter f;
    f.m_kind = kind == Kind::Condition ? Kind::And : kind;
    f.m_children = children;
    return f;
}

QString AlliumFilter::operatorText(Operator op)
{
    for (const OperatorName &o : Operators) {
        if (o.op == op)
            return QString::fromLatin1(o.text);
    }
    return {};
}

std::optional<AlliumFilter::Operator> AlliumFilter::operatorFromText(const QString &text)
{
    for (const OperatorName &o : Operators) {
        if (text == QLatin1String(o.text))
            return o.op;
    }
    return std::nullopt;
}

AlliumFilter::Parsed AlliumFilter::parseText(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        // Line and column help more than a byte offset.
        int line = 1, column = 1;
        for (int i = 0; i < error.offset && i < text.size(); ++i) {
            if (text.at(i) == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        return failure(tr("line %1, column %2").arg(line).arg(column),
                       tr("not valid JSON (%1)").arg(error.errorString()));
    }
    if (!doc.isObject())
        return failure(QStringLiteral("$"), tr("a filter is a JSON object"));
    return parse(doc.object());
}

AlliumFilter::Parsed AlliumFilter::parse(const QJsonValue &json)
{
    return parseNode(json, QStringLiteral("$"), 0);
}

AlliumFilter::Parsed AlliumFilter::parseNode(const QJsonValue &json, const QString &path, int depth)
{
    if (depth > MaxDepth)
        return failure(path, tr("filters are nested more than %1 levels deep").arg(MaxDepth));
    if (!json.isObject())
        return failure(path, tr("expected a condition {field, operator, value} or a group {op, conditions}, not a %1")
                                 .arg(typeName(json)));
    const QJsonObject o = json.toObject();
    const bool isGroup = o.contains(QStringLiteral("op")) || o.contains(QStringLiteral("conditions"));
    const bool isCondition = o.contains(QStringLiteral("field")) || o.contains(QStringLiteral("operator"));
    if (isGroup && isCondition)
        return failure(path, tr("an object is either a condition (field, operator, value) or a group (op, conditions), not both"));
    if (!isGroup && !isCondition)
        return failure(path, tr("expected a condition {field, operator, value} or a group {op, conditions}"));

    if (isGroup) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() != QLatin1String("op") && it.key() != QLatin1String("conditions"))
                return failure(path + QLatin1Char('.') + it.key(), tr("unknown key in a group"));
        }
        const QJsonValue op = o.value(QStringLiteral("op"));
        if (!op.isString())
            return failure(path + QStringLiteral(".op"), op.isUndefined() ? tr("missing; use \"AND\" or \"OR\"")
                                                                         : tr("must be \"AND\" or \"OR\", not a %1").arg(typeName(op)));
        const QString opText = op.toString().toUpper();
        if (opText != QLatin1String("AND") && opText != QLatin1String("OR"))
            return failure(path + QStringLiteral(".op"), tr("unknown group operator \"%1\"; use \"AND\" or \"OR\"").arg(op.toString()));
        const QJsonValue conditions = o.value(QStringLiteral("conditions"));
        if (!conditions.isArray())
            return failure(path + QStringLiteral(".conditions"),
                           conditions.isUndefined() ? tr("missing; a group needs an array of conditions")
                                                    : tr("must be an array, not a %1").arg(typeName(conditions)));
        const QJsonArray array = conditions.toArray();
        if (array.isEmpty())
            return failure(path + QStringLiteral(".conditions"), tr("a group needs at least one condition"));
        QList<AlliumFilter> children;
        children.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            Parsed child = parseNode(array.at(i), path + QStringLiteral(".conditions[%1]").arg(i), depth + 1);
            if (!child.filter)
                return child;
            children.append(*child.filter);
        }
        Parsed ok;
        ok.filter = group(opText == QLatin1String("AND") ? Kind::And : Kind::Or, children);
        return ok;
    }

    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != QLatin1String("field") && it.key() != QLatin1String("operator") && it.key() != QLatin1String("value"))
            return failure(path + QLatin1Char('.') + it.key(), tr("unknown key in a condition"));
    }
    const QJsonValue field = o.value(QStringLiteral("field"));
    if (!field.isString() || field.toString().trimmed().isEmpty())
        return failure(path + QStringLiteral(".field"), field.isUndefined() ? tr("missing; name the record field to test")
                                                      : field.isString() ? tr("must not be empty")
                                                                         : tr("must be a string, not a %1").arg(typeName(field)));
    const QJsonValue opValue = o.value(QStringLiteral("operator"));
    if (!opValue.isString())
        return failure(path + QStringLiteral(".operator"),
                       opValue.isUndefined() ? tr("missing; use one of =, !=, >, >=, <, <=, in, exists")
                                             : tr("must be a string, not a %1").arg(typeName(opValue)));
    const std::optional<Operator> op = operatorFromText(opValue.toString());
    if (!op)
        return failure(path + QStringLiteral(".operator"),
                       tr("unknown operator \"%1\"; use one of =, !=, >, >=, <, <=, in, exists").arg(opValue.toString()));
    QJsonValue value = o.value(QStringLiteral("value"));
    if (value.isUndefined()) {
        if (*op != Operator::Exists)
            return failure(path + QStringLiteral(".value"), tr("missing; \"%1\" needs a value").arg(opValue.toString()));
        value = true; // {"field": "x", "operator": "exists"} means "x exists"
    }
    const QString problem = valueProblem(*op, value);
    if (!problem.isEmpty())
        return failure(path + QStringLiteral(".value"), problem);
    Parsed ok;
    ok.filter = condition(field.toString(), *op, value);
    return ok;
}

QJsonObject AlliumFilter::toJson() const
{
    if (m_kind == Kind::Condition)
        return {{QStringLiteral("field"), m_field},
                {QStringLiteral("operator"), operatorText(m_op)},
                {QStringLiteral("value"), m_value}};
    QJsonArray conditions;
    for (const AlliumFilter &child : m_children)
        conditions.append(child.toJson());
    return {{QStringLiteral("op"), m_kind == Kind::And ? QStringLiteral("AND") : QStringLiteral("OR")},
            {QStringLiteral("conditions"), conditions}};
}

QByteArray AlliumFilter::toText() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

QString AlliumFilter::validate() const
{
    return validateNode(QStringLiteral("$"));
}

QString AlliumFilter::validateNode(const QString &path) const
{
    // A tree built in C++ (the visual builder) goes through the same rules as parsed JSON.
    const Parsed p = parseNode(toJson(), path, 0);
    return p.filter ? QString() : p.message();
}

namespace {

QJsonValue lookupDocumented(const QJsonObject &record, const QString &field);

const QLatin1String PayloadPrefix("payload.");

} // namespace

QJsonValue AlliumFilter::lookup(const QJsonObject &record, const QString &field, Paths paths)
{
    const QJsonValue direct = lookupDocumented(record, field);
    if (paths == Paths::Documented || !direct.isUndefined())
        return direct;
    // A wrapped record as sent, and a field named as the table shows it ("coin").
    const auto payload = record.constFind(QLatin1String("payload"));
    if (payload != record.constEnd() && payload->isObject()) {
        const QJsonValue inner = lookupDocumented(payload->toObject(), field);
        if (!inner.isUndefined())
            return inner;
    }
    // An unwrapped record, and a field named through the wrapper ("payload.coin").
    if (field.startsWith(PayloadPrefix) && field.size() > PayloadPrefix.size())
        return lookupDocumented(record, field.mid(PayloadPrefix.size()));
    return direct;
}

namespace {

QJsonValue lookupDocumented(const QJsonObject &record, const QString &field)
{
    const auto exact = record.constFind(field);
    if (exact != record.constEnd())
        return *exact;
    if (!field.contains(QLatin1Char('.')))
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue current = record;
    for (const QStringView part : QStringView(field).split(QLatin1Char('.'))) {
        if (current.isObject()) {
            const QJsonObject o = current.toObject();
            const auto it = o.constFind(part);
            if (it == o.constEnd())
                return QJsonValue(QJsonValue::Undefined);
            current = *it;
        } else if (current.isArray()) {
            bool ok = false;
            const int index = part.toInt(&ok);
            const QJsonArray a = current.toArray();
            if (!ok || index < 0 || index >= a.size())
                return QJsonValue(QJsonValue::Undefined);
            current = a.at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return current;
}

} // namespace

AlliumFilter AlliumFilter::throughEnvelope() const
{
    AlliumFilter out = *this;
    if (m_kind == Kind::Condition) {
        if (m_field != QLatin1String("payload") && m_field != QLatin1String("source") && !m_field.startsWith(PayloadPrefix))
            out.m_field = PayloadPrefix + m_field;
        return out;
    }
    for (AlliumFilter &child : out.m_children)
        child = child.throughEnvelope();
    return out;
}

QStringList AlliumFilter::fields() const
{
    if (m_kind == Kind::Condition)
        return {m_field};
    QStringList out;
    for (const AlliumFilter &child : m_children) {
        for (const QString &f : child.fields()) {
            if (!out.contains(f))
                out << f;
        }
    }
    return out;
}

bool AlliumFilter::valuesEqual(const QJsonValue &a, const QJsonValue &b)
{
    return Operand::of(a).equals(Operand::of(b));
}

std::optional<int> AlliumFilter::valuesCompare(const QJsonValue &a, const QJsonValue &b)
{
    return Operand::of(a).compare(Operand::of(b));
}

bool AlliumFilter::matches(const QJsonObject &record, Paths paths) const
{
    return matches([&record, paths](const QString &field) { return lookup(record, field, paths); });
}

bool AlliumFilter::matches(const std::function<QJsonValue(const QString &field)> &valueOf) const
{
    return matchesFields([&valueOf](const QString &field) { return FieldValue::of(valueOf(field)); });
}

bool AlliumFilter::matchesFields(const std::function<FieldValue(const QString &field)> &valueOf) const
{
    switch (m_kind) {
    case Kind::And:
        for (const AlliumFilter &child : m_children) {
            if (!child.matchesFields(valueOf))
                return false;
        }
        return true;
    case Kind::Or:
        for (const AlliumFilter &child : m_children) {
            if (child.matchesFields(valueOf))
                return true;
        }
        return false;
    case Kind::Condition:
        break;
    }
    FieldValue actual = valueOf(m_field);
    const bool present = actual.present();
    if (m_op == Operator::Exists)
        return present == m_value.toBool(true);
    if (!present)
        return m_op == Operator::NotEqual;
    const Operand a = Operand::of(std::move(actual));
    std::optional<PreparedValue> unprepared; // a filter built without condition()
    const PreparedValue &prepared = m_prepared ? *m_prepared : unprepared.emplace(PreparedValue::of(m_value));
    switch (m_op) {
    case Operator::Equal: return a.equals(prepared.value);
    case Operator::NotEqual: return !a.equals(prepared.value);
    case Operator::In:
        return std::any_of(prepared.options.cbegin(), prepared.options.cend(),
                           [&a](const Operand &option) { return a.equals(option); });
    default: break;
    }
    const std::optional<int> c = a.compare(prepared.value);
    if (!c)
        return false;
    switch (m_op) {
    case Operator::Greater: return *c > 0;
    case Operator::GreaterOrEqual: return *c >= 0;
    case Operator::Less: return *c < 0;
    case Operator::LessOrEqual: return *c <= 0;
    default: return false;
    }
}

bool AlliumFilter::operator==(const AlliumFilter &other) const
{
    return toJson() == other.toJson();
}
