#include "alliumcodec.h"

#include "core/jsonscan.h"
#include "core/jsonnumbers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AlliumCodec", text);
}

std::optional<QJsonObject> parseObject(const QByteArray &frame, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(frame, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = tr("expected a JSON object");
        return std::nullopt;
    }
    return doc.object();
}

} // namespace

bool alliumIsWrappedRecord(const QJsonObject &object)
{
    const auto payload = object.constFind(QLatin1String("payload"));
    if (payload == object.constEnd() || !payload->isObject())
        return false;
    return object.size() == 1 || (object.size() == 2 && object.contains(QLatin1String("source")));
}

QJsonObject AlliumRecord::wireObject() const
{
    if (!raw.isEmpty() || json.isEmpty())
        return raw;
    return QJsonDocument::fromJson(json).object();
}

QJsonObject AlliumRecord::object() const
{
    const QJsonObject whole = wireObject();
    if (!wrapped)
        return whole;
    return whole.value(QLatin1String("payload")).toObject();
}

bool AlliumApiRequest::isIdempotent(const QString &method)
{
    return method == QLatin1String("GET") || method == QLatin1String("PUT") || method == QLatin1String("DELETE");
}

bool AlliumApiRequest::isKnownMethod(const QString &method)
{
    static const QStringList methods = {QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                                        QStringLiteral("PATCH"), QStringLiteral("DELETE")};
    return methods.contains(method);
}

bool AlliumApiResponse::isMaxInflight() const
{
    return status == QLatin1String("error") && data.isString()
        && data.toString().contains(QLatin1String("max inflight requests reached"), Qt::CaseInsensitive);
}

QString AlliumApiResponse::dataText() const
{
    if (data.isString())
        return data.toString();
    if (data.isObject())
        return QString::fromUtf8(QJsonDocument(data.toObject()).toJson(QJsonDocument::Compact));
    if (data.isArray())
        return QString::fromUtf8(QJsonDocument(data.toArray()).toJson(QJsonDocument::Compact));
    if (data.isDouble())
        return QString::number(data.toDouble(), 'g', 17);
    if (data.isBool())
        return data.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QStringLiteral("null");
}

std::optional<AlliumTopic> AlliumTopic::parse(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^([A-Za-z0-9_-]+)\\.([A-Za-z0-9_.-]+)$"));
    const QRegularExpressionMatch m = shape.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    AlliumTopic t;
    t.chain = m.captured(1).toLower();
    t.dataType = m.captured(2).toLower();
    if (t.dataType == QLatin1String("blocks"))
        t.kind = Kind::Blocks;
    else if (t.dataType == QLatin1String("transactions"))
        t.kind = Kind::Transactions;
    else if (t.dataType == QLatin1String("logs"))
        t.kind = Kind::Logs;
    else if (t.isHyperliquid() && (t.dataType == QLatin1String("trades") || t.dataType == QLatin1String("trade_fills")))
        t.kind = Kind::Fills; // Hyperliquid trades carry the fill fields (coin, px, sz, side, time)
    else if (t.dataType == QLatin1String("dex_trades") || t.dataType == QLatin1String("trades"))
        t.kind = Kind::DexTrades;
    else if (t.dataType == QLatin1String("fills"))
        t.kind = Kind::Fills;
    return t;
}

namespace AlliumCodec {

QByteArray encodeRequest(const AlliumApiRequest &request)
{
    QJsonObject o{{QStringLiteral("method"), request.method},
                  {QStringLiteral("id"), request.id},
                  {QStringLiteral("path"), request.path}};
    if (request.hasBody || !request.body.isEmpty())
        o.insert(QStringLiteral("body"), request.body);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<AlliumApiRequest> decodeRequest(const QByteArray &frame, QString *error, QString *idOut)
{
    const std::optional<QJsonObject> o = parseObject(frame, error);
    if (!o)
        return std::nullopt;
    const QJsonValue id = o->value(QStringLiteral("id"));
    if (id.isString() && idOut)
        *idOut = id.toString();
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!id.isString() || id.toString().isEmpty())
        return fail(tr("\"id\" must be a non-empty string"));
    const QJsonValue method = o->value(QStringLiteral("method"));
    if (!method.isString() || !AlliumApiRequest::isKnownMethod(method.toString()))
        return fail(tr("\"method\" must be one of GET, POST, PUT, PATCH, DELETE"));
    const QJsonValue path = o->value(QStringLiteral("path"));
    if (!path.isString() || !path.toString().startsWith(QLatin1Char('/')))
        return fail(tr("\"path\" must be a string starting with /"));
    const QJsonValue body = o->value(QStringLiteral("body"));
    if (!body.isUndefined() && !body.isNull() && !body.isObject())
        return fail(tr("\"body\" must be an object"));
    AlliumApiRequest r;
    r.id = id.toString();
    r.method = method.toString();
    r.path = path.toString();
    r.body = body.toObject();
    r.hasBody = body.isObject();
    return r;
}

QByteArray encodeResponse(const AlliumApiResponse &response)
{
    QJsonObject o{{QStringLiteral("id"), response.id},
                  {QStringLiteral("status"), response.status},
                  {QStringLiteral("data"), response.data}};
    if (response.id.isNull())
        o.insert(QStringLiteral("id"), QJsonValue::Null);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<AlliumApiResponse> decodeResponse(const QByteArray &frame, QString *error)
{
    const std::optional<QJsonObject> o = parseObject(frame, error);
    if (!o)
        return std::nullopt;
    const QJsonValue id = o->value(QStringLiteral("id"));
    const QJsonValue status = o->value(QStringLiteral("status"));
    if (!status.isString()) {
        if (error)
            *error = tr("\"status\" must be a string");
        return std::nullopt;
    }
    AlliumApiResponse r;
    // Ids are strings; a number is tolerated (some clients send numeric ids), null means
    // "about no request" (a malformed frame of ours).
    if (id.isString())
        r.id = id.toString();
    else if (id.isDouble())
        r.id = QString::number(id.toDouble(), 'g', 17);
    else if (!id.isNull() && !id.isUndefined()) {
        if (error)
            *error = tr("\"id\" must be a string");
        return std::nullopt;
    }
    r.status = status.toString();
    r.data = o->value(QStringLiteral("data"));
    if (r.data.isUndefined())
        r.data = QJsonValue::Null;
    return r;
}

QByteArray encodeControl(const AlliumStreamControl &control)
{
    switch (control.action) {
    case AlliumStreamControl::Action::Start: return encodeStart();
    case AlliumStreamControl::Action::Stop: return encodeStop();
    case AlliumStreamControl::Action::SetFilter:
        return control.filter ? encodeSetFilter(*control.filter) : QByteArray(R"({"action":"setFilter","data":null})");
    }
    return {};
}

QByteArray encodeStart()
{
    return QByteArrayLiteral(R"({"action":"start"})");
}

QByteArray encodeStop()
{
    return QByteArrayLiteral(R"({"action":"stop"})");
}

QByteArray encodeSetFilter(const AlliumFilter &filter)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("action"), QStringLiteral("setFilter")},
                                     {QStringLiteral("data"), filter.toJson()}})
        .toJson(QJsonDocument::Compact);
}

std::optional<AlliumStreamControl> decodeControl(const QByteArray &frame, QString *error)
{
    const std::optional<QJsonObject> o = parseObject(frame, error);
    if (!o)
        return std::nullopt;
    const QString action = o->value(QStringLiteral("action")).toString();
    AlliumStreamControl c;
    if (action == QLatin1String("start")) {
        c.action = AlliumStreamControl::Action::Start;
    } else if (action == QLatin1String("stop")) {
        c.action = AlliumStreamControl::Action::Stop;
    } else if (action == QLatin1String("setFilter")) {
        c.action = AlliumStreamControl::Action::SetFilter;
        const QJsonValue data = o->value(QStringLiteral("data"));
        if (!data.isNull()) { // null clears the filter
            AlliumFilter::Parsed parsed = AlliumFilter::parse(data);
            if (!parsed.filter) {
                if (error)
                    *error = tr("invalid filter: %1").arg(parsed.message());
                return std::nullopt;
            }
            c.filter = parsed.filter;
        }
    } else {
        if (error)
            *error = tr("unknown action \"%1\"; use start, stop or setFilter").arg(action);
        return std::nullopt;
    }
    return c;
}

qint64 parseInteger(const QJsonValue &value, QString *why)
{
    // Block numbers, heights, slots and sizes: whole and non-negative, and within 2^53 so that
    // a successor (number + 1) and differences never overflow.
    JsonNumbers::IntegerRange range = JsonNumbers::nonNegative();
    range.allowHex = true;
    return JsonNumbers::checkedInteger(value, why, range).value_or(-1);
}

qint64 parseTimestampMs(const QJsonValue &value, QString *why)
{
    if (value.isDouble())
        return JsonNumbers::checkedUnixMs(value, why).value_or(-1);
    if (!value.isString()) {
        if (why)
            *why = tr("the time is missing");
        return -1;
    }
    const QString s = value.toString();
    if (s.size() > 64) {
        if (why)
            *why = tr("the time has more than 64 characters");
        return -1;
    }
    bool ok = false;
    s.toDouble(&ok);
    if (ok) // seconds or milliseconds as text
        return JsonNumbers::checkedUnixMs(value, why).value_or(-1);
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(s, Qt::ISODate);
    if (!dt.isValid()) {
        if (why)
            *why = tr("\"%1\" is not a time").arg(s.left(32));
        return -1;
    }
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC); // Allium timestamps without an offset are UTC
    // The range every other time takes (JsonNumbers::checkedUnixMs): 1970 to 9999.
    const qint64 ms = dt.toMSecsSinceEpoch();
    if (ms < 0 || dt.date().year() > 9999) {
        if (why)
            *why = tr("\"%1\" is not between 1970 and 9999").arg(s.left(32));
        return -1;
    }
    return ms;
}

AlliumRecord recordFromObject(const QJsonObject &wire, AlliumTopic::Kind kind)
{
    AlliumRecord r;
    r.kind = kind;
    r.raw = wire;
    QJsonObject object = wire;
    if (alliumIsWrappedRecord(wire)) {
        r.wrapped = true;
        r.source = wire.value(QLatin1String("source")).toString();
        object = wire.value(QLatin1String("payload")).toObject();
    }
    auto first = [&object](std::initializer_list<const char *> keys) {
        for (const char *key : keys) {
            const QJsonValue v = object.value(QLatin1String(key));
            if (!v.isUndefined() && !v.isNull())
                return v;
        }
        return QJsonValue();
    };
    auto firstString = [&object](std::initializer_list<const char *> keys) {
        for (const char *key : keys) {
            const QJsonValue v = object.value(QLatin1String(key));
            if (v.isString())
                return v.toString();
        }
        return QString();
    };
    using Kind = AlliumTopic::Kind;
    switch (kind) {
    case Kind::Blocks:
        r.blockNumber = parseInteger(first({"number", "height"}));
        r.hash = firstString({"hash"});
        r.parentHash = firstString({"parent_hash", "previous_block_hash"});
        r.timestampMs = parseTimestampMs(first({"timestamp", "blockTime", "time"}));
        break;
    case Kind::Fills:
        r.hash = firstString({"hash"});
        r.timestampMs = parseTimestampMs(first({"time", "timestamp"}));
        r.blockNumber = parseInteger(first({"block_number", "block"}));
        break;
    default:
        r.blockNumber = parseInteger(first({"block_number", "slot", "block"}));
        r.hash = firstString({"transaction_hash", "hash", "signature"});
        r.timestampMs = parseTimestampMs(first({"block_timestamp", "time", "timestamp"}));
        break;
    }
    return r;
}

namespace {

using JsonScan::Field;
using JsonScan::Fields;

qint64 integerOf(const Field *f)
{
    if (!f)
        return -1;
    if (f->type == 'n') {
        JsonNumbers::IntegerRange range = JsonNumbers::nonNegative();
        range.allowFraction = false;
        // Digits as sent (exact beyond 2^53 up to the range), else their double value, checked.
        return JsonNumbers::checkedIntegerString(QString::fromLatin1(f->value), nullptr, range).value_or(-1);
    }
    if (f->type == 's')
        return parseInteger(QJsonValue(JsonScan::text(*f)));
    return -1;
}

QString stringOf(const Field *f)
{
    return f && f->type == 's' ? JsonScan::text(*f) : QString();
}

qint64 timeOf(const Field *f)
{
    if (!f)
        return -1;
    if (f->type == 'n')
        return parseTimestampMs(QJsonValue(f->value.toDouble()));
    if (f->type == 's')
        return parseTimestampMs(QJsonValue(JsonScan::text(*f)));
    return -1;
}

const Field *firstOf(const Fields &f, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const Field *field = JsonScan::find(f, key);
        if (field && field->type != 'z')
            return field;
    }
    return nullptr;
}

QString firstStringOf(const Fields &f, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const Field *field = JsonScan::find(f, key);
        if (field && field->type == 's')
            return JsonScan::text(*field);
    }
    return {};
}

/// The same typed fields as recordFromObject(), from scanned fields (no QJsonObject).
AlliumRecord recordFromFields(const Fields &f, AlliumTopic::Kind kind)
{
    AlliumRecord r;
    r.kind = kind;
    using Kind = AlliumTopic::Kind;
    switch (kind) {
    case Kind::Blocks:
        r.blockNumber = integerOf(firstOf(f, {"number", "height"}));
        r.hash = firstStringOf(f, {"hash"});
        r.parentHash = firstStringOf(f, {"parent_hash", "previous_block_hash"});
        r.timestampMs = timeOf(firstOf(f, {"timestamp", "blockTime", "time"}));
        break;
    case Kind::Fills:
        r.hash = firstStringOf(f, {"hash"});
        r.timestampMs = timeOf(firstOf(f, {"time", "timestamp"}));
        r.blockNumber = integerOf(firstOf(f, {"block_number", "block"}));
        break;
    default:
        r.blockNumber = integerOf(firstOf(f, {"block_number", "slot", "block"}));
        r.hash = firstStringOf(f, {"transaction_hash", "hash", "signature"});
        r.timestampMs = timeOf(firstOf(f, {"block_timestamp", "time", "timestamp"}));
        break;
    }
    return r;
}

/// The record of one scanned top-level object: a wrapped record ({payload, source}) is
/// typed from its payload's fields.
bool recordFromScan(const Fields &top, AlliumTopic::Kind kind, AlliumRecord &out, QString &error)
{
    const Field *payload = JsonScan::find(top, "payload");
    const Field *source = JsonScan::find(top, "source");
    const bool wrapped = payload && payload->type == 'o'
        && (top.size() == 1 || (top.size() == 2 && source));
    if (!wrapped) {
        out = recordFromFields(top, kind);
        return true;
    }
    Fields inner;
    qsizetype pos = 0;
    if (!JsonScan::scanObject(payload->value, pos, inner, error))
        return false; // cannot happen: the outer scan checked it
    out = recordFromFields(inner, kind);
    out.wrapped = true;
    if (source && source->type == 's')
        out.source = JsonScan::text(*source);
    return true;
}

/// The scanned fields of a record whose text is json, taken from a scan of base (json
/// itself, or the frame json was cut from): the same views, moved into json's bytes.
std::shared_ptr<const Fields> scannedIn(const Fields &fields, const char *base, const QByteArray &json)
{
    auto out = std::make_shared<Fields>(fields);
    if (base != json.constData()) {
        for (Field &f : *out) {
            f.key = QByteArrayView(json.constData() + (f.key.data() - base), f.key.size());
            f.value = QByteArrayView(json.constData() + (f.value.data() - base), f.value.size());
        }
    }
    return out;
}

} // namespace

StreamFrame decodeStreamFrame(const QByteArray &frame, AlliumTopic::Kind kind)
{
    // Hot path: one validating pass over the bytes, no QJsonDocument.
    StreamFrame out;
    const QByteArrayView t(frame);
    qsizetype pos = JsonScan::skipSpace(t, 0);
    // On the heap: a frame of one record hands its scan to the record as it is.
    auto scan = std::make_shared<Fields>();
    Fields &fields = *scan;
    if (pos < t.size() && t[pos] == '{') {
        if (!JsonScan::scanObject(t, pos, fields, out.error))
            return out;
        if (JsonScan::skipSpace(t, pos) != t.size()) {
            out.error = tr("not valid JSON at offset %1: text after the record").arg(pos);
            return out;
        }
        const Field *error = JsonScan::find(fields, "error");
        const Field *status = JsonScan::find(fields, "status");
        if (fields.size() <= 3 && ((error && error->type == 's') || (status && status->type == 's' && status->value == "error"))) {
            // A server notice rather than a record: {"error": "..."} or {"status":"error", ...}.
            out.notice = error && error->type == 's' ? JsonScan::text(*error)
                                                     : stringOf(JsonScan::find(fields, "message"));
            if (out.notice.isEmpty())
                out.notice = QString::fromUtf8(frame.left(500));
            return out;
        }
        AlliumRecord r;
        if (!recordFromScan(fields, kind, r, out.error))
            return out;
        r.json = frame; // the same bytes the scan's views point into
        if (!r.wrapped)
            r.scanned = std::move(scan);
        out.records.append(std::move(r));
        return out;
    }
    if (pos < t.size() && t[pos] == '[') {
        pos = JsonScan::skipSpace(t, pos + 1);
        if (pos < t.size() && t[pos] == ']')
            pos = JsonScan::skipSpace(t, pos + 1);
        else {
            while (true) {
                if (pos >= t.size() || t[pos] != '{') {
                    out.error = tr("a record array may only hold objects");
                    out.records.clear();
                    return out;
                }
                const qsizetype start = pos;
                fields.clear();
                if (!JsonScan::scanObject(t, pos, fields, out.error)) {
                    out.records.clear();
                    return out;
                }
                AlliumRecord r;
                if (!recordFromScan(fields, kind, r, out.error)) {
                    out.records.clear();
                    return out;
                }
                r.json = frame.mid(start, pos - start);
                if (!r.wrapped)
                    r.scanned = scannedIn(fields, frame.constData() + start, r.json);
                out.records.append(std::move(r));
                pos = JsonScan::skipSpace(t, pos);
                if (pos < t.size() && t[pos] == ',') {
                    pos = JsonScan::skipSpace(t, pos + 1);
                    continue;
                }
                if (pos < t.size() && t[pos] == ']') {
                    pos = JsonScan::skipSpace(t, pos + 1);
                    break;
                }
                out.error = tr("not valid JSON at offset %1: expected ',' or ']'").arg(pos);
                out.records.clear();
                return out;
            }
        }
        if (pos != t.size()) {
            out.error = tr("not valid JSON at offset %1: text after the records").arg(pos);
            out.records.clear();
        }
        return out;
    }
    out.error = pos >= t.size() ? tr("an empty frame") : tr("expected a JSON object or array");
    return out;
}

} // namespace AlliumCodec
