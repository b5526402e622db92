#pragma once
// The Allium WebSocket codec: pure functions from bytes to typed structs and back.
// APIs over WebSocket: {method,id,path,body} → {id,status,data}.
// Data streams: control messages {action:start|stop|setFilter} and topic records.

#include "alliumfilter.h"
#include "core/jsonscan.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

/// One API call. For GET the body carries the query parameters.
struct AlliumApiRequest {
    QString method;          ///< GET, POST, PUT, PATCH or DELETE
    QString id;
    QString path;            ///< "/api/v1/developer/assets"
    QJsonObject body;
    bool hasBody = false;

    /// GET, PUT and DELETE may be sent twice without changing the result.
    static bool isIdempotent(const QString &method);
    static bool isKnownMethod(const QString &method);
};

/// One API reply, with the round-trip time measured by the client.
struct AlliumApiResponse {
    QString id;
    QString status;          ///< "success" or "error" (anything else is kept as sent)
    QJsonValue data;
    qint64 roundTripMs = -1;

    bool isSuccess() const { return status == QLatin1String("success"); }
    /// The documented error a server sends when more than 1000 requests are in flight.
    bool isMaxInflight() const;
    /// data as text: the error message, or compact JSON.
    QString dataText() const;
};

/// A stream control message.
struct AlliumStreamControl {
    enum class Action { Start, Stop, SetFilter };
    Action action = Action::Start;
    std::optional<AlliumFilter> filter;  ///< for SetFilter
};

/// The topic of a stream: "<blockchain>.<data_type>".
struct AlliumTopic {
    enum class Kind { Blocks, Transactions, Logs, DexTrades, Fills, Other };
    QString chain;
    QString dataType;
    Kind kind = Kind::Other;

    QString name() const { return chain + QLatin1Char('.') + dataType; }
    /// Hyperliquid topics deliver records wrapped as {"payload": {…}, "source": "…"}
    /// (reference/allium.md §5.1); their fills, trades and trade_fills are Kind::Fills.
    bool isHyperliquid() const { return chain == QLatin1String("hyperliquid"); }
    /// True when the documents say the topic's records come wrapped (see isHyperliquid()).
    /// Wrapped records are recognised by shape on any topic; this only decides how a
    /// filter is addressed to the server (AlliumFilter::throughEnvelope()).
    bool wrapsRecords() const { return isHyperliquid(); }
    /// Parses "ethereum.blocks"; nullopt when the shape is wrong (letters, digits, '_' and '-').
    static std::optional<AlliumTopic> parse(const QString &text);
};

/// One stream record: the key fields the table shows, typed, and the record itself for the
/// detail pane, the filter preview and the alert rules.
///
/// Wrapped records ({"payload": {…}, "source": "…"}, the Hyperliquid topics) are unwrapped:
/// object() is the payload — what tables, field suggestions, filters and alerts read —
/// source holds the wrapper's source, and wireObject() is the record exactly as sent.
struct AlliumRecord {
    qint64 sequence = 0;        ///< assigned by the client, unique per client; row identity
    AlliumTopic::Kind kind = AlliumTopic::Kind::Other;
    /// The record as the server sent it (compact JSON text). The stream's hot path keeps
    /// only this; object() parses it when someone needs the whole record.
    QByteArray json;
    /// json's top-level fields as the stream's hot path scanned them (views into json's
    /// bytes), so that the alert adapter reads fields without scanning again. Only while the
    /// record is in flight: whoever keeps records (the Streams model) drops it.
    std::shared_ptr<const JsonScan::Fields> scanned;
    /// The parsed record as sent, when it was built from an object (tests, the simulator).
    QJsonObject raw;
    qint64 receivedMs = 0;      ///< Unix ms when it arrived
    bool wrapped = false;       ///< the record came as {"payload": {…}, "source": …}
    QString source;             ///< the wrapper's "source" ("hyperliquidinternal"), if any

    /// The record's own fields: the payload of a wrapped record, else the whole record
    /// (raw if set, else json parsed now).
    QJsonObject object() const;
    /// The record exactly as sent (with the wrapper, if it had one).
    QJsonObject wireObject() const;

    // Blocks (and anything that carries a block number)
    qint64 blockNumber = -1;
    QString hash;               ///< block hash, transaction hash or signature
    QString parentHash;
    qint64 timestampMs = -1;    ///< the record's own time, when it has one

    // Annotations set by the client's gap and re-org detection (blocks topics)
    qint64 gapBefore = 0;       ///< blocks missing right before this one
    bool reorg = false;         ///< replaces a block already seen, or its parent does not match
    /// The first record after the user paused and resumed the stream (or changed its
    /// filter): blocks produced meanwhile were not asked for, so a jump before this record
    /// is not a gap. Consumers that track continuity (alert gap rules) start over here.
    bool resumed = false;
    QString note;               ///< a sentence for the table, when annotated
};

/// Whether an object is a wrapped record: its keys are "payload" (an object) and,
/// optionally, "source" — nothing else.
bool alliumIsWrappedRecord(const QJsonObject &object);

namespace AlliumCodec {

/// The documented error text for the in-flight limit.
inline constexpr char MaxInflightMessage[] = "max inflight requests reached, please wait for requests to finish";

QByteArray encodeRequest(const AlliumApiRequest &request);
/// Decodes a request (the simulator's side). On failure sets error and, if the frame had
/// a usable id, idOut.
std::optional<AlliumApiRequest> decodeRequest(const QByteArray &frame, QString *error, QString *idOut = nullptr);

QByteArray encodeResponse(const AlliumApiResponse &response);
/// Decodes a response; on failure returns nullopt and sets error.
std::optional<AlliumApiResponse> decodeResponse(const QByteArray &frame, QString *error);

QByteArray encodeControl(const AlliumStreamControl &control);
QByteArray encodeStart();
QByteArray encodeStop();
QByteArray encodeSetFilter(const AlliumFilter &filter);
/// Decodes a control message (the simulator's side).
std::optional<AlliumStreamControl> decodeControl(const QByteArray &frame, QString *error);

/// What a stream frame holds.
struct StreamFrame {
    QList<AlliumRecord> records;   ///< one record, or several when the frame is an array
    QString notice;                ///< a server error/notice ({"error": …}), if that is what it was
    QString error;                 ///< why the frame could not be read; empty when fine
};
/// Decodes a stream frame for a topic kind.
StreamFrame decodeStreamFrame(const QByteArray &frame, AlliumTopic::Kind kind);
/// Fills an AlliumRecord's typed fields from an object as sent (wrapped or not).
AlliumRecord recordFromObject(const QJsonObject &object, AlliumTopic::Kind kind);

/// A timestamp field (ISO 8601 text, Unix seconds or milliseconds) as Unix ms, or -1 when
/// absent or invalid (out of range, not finite), with the reason in \a why.
qint64 parseTimestampMs(const QJsonValue &value, QString *why = nullptr);
/// A non-negative integer field (at most 2^53) sent as a number, a decimal string or a 0x hex
/// string; -1 when absent or invalid (fractional, negative, out of range), with the reason in \a why.
qint64 parseInteger(const QJsonValue &value, QString *why = nullptr);

/// Two hashes or addresses are the same ("0xAB…" = "0xab…"): ASCII letters compared without
/// case, anything else exactly as QString::compare(Qt::CaseInsensitive) does. A plain loop:
/// Qt's case folding cost ≈ 30 instructions per character, and every block compares one.
inline bool sameHex(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        char16_t x = a[i].unicode();
        char16_t y = b[i].unicode();
        if (x == y)
            continue;
        if (x >= 0x80 || y >= 0x80)
            return a.sliced(i).compare(b.sliced(i), Qt::CaseInsensitive) == 0;
        if (x >= 'A' && x <= 'Z')
            x = char16_t(x + 32);
        if (y >= 'A' && y <= 'Z')
            y = char16_t(y + 32);
        if (x != y)
            return false;
    }
    return true;
}

} // namespace AlliumCodec
