#include "framerecording.h"

#include "core/secrets.h"
#include "core/jsonnumbers.h"
#include "core/jsonscan.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("FrameRecording", text);
}

QByteArray frameText(const QJsonObject &o, QLatin1String key)
{
    return o.value(key).toString().toUtf8();
}

QByteArray frameText(const JsonScan::ObjectView &o, QLatin1String key)
{
    const JsonScan::Field *f = o.findLast(key);
    return f && f->type == 's' ? JsonScan::utf8(*f) : QByteArray();
}

/// One frame line {"t": ms, "frame": text | "b64": base64} from a QJsonObject or a scanned
/// object, read the same way. False with why set when "t" is not valid, with why empty when
/// there is no frame.
template <typename Object>
bool readFrame(const Object &o, qint64 lastOffset, RecordedFrame &f, QString &why)
{
    JsonNumbers::IntegerRange offsetRange = JsonNumbers::nonNegative();
    offsetRange.allowString = false;
    offsetRange.allowFraction = true;
    const std::optional<qint64> offset = JsonNumbers::checkedInteger(o.value(QLatin1String("t")), &why, offsetRange);
    if (!offset)
        return false;
    // Monotonic on write; guard anyway so a hand-edited file cannot make replay wait backwards.
    f.offsetMs = std::max(lastOffset, *offset);
    if (o.contains(QLatin1String("frame")))
        f.payload = frameText(o, QLatin1String("frame"));
    else if (o.contains(QLatin1String("b64")))
        f.payload = QByteArray::fromBase64(frameText(o, QLatin1String("b64")));
    else
        return false;
    return true;
}
} // namespace

QByteArray FrameRecording::headerLine(const RecordingHeader &h)
{
    const QJsonObject o{
        {QStringLiteral("format"), QLatin1String(Format)},
        {QStringLiteral("version"), 1},
        {QStringLiteral("connection"), Secrets::mask(h.connection)},
        {QStringLiteral("profileId"), h.profileId},
        {QStringLiteral("provider"), h.provider},
        {QStringLiteral("url"), Secrets::mask(h.url)},
        {QStringLiteral("startedAt"), h.startedAtMs},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray FrameRecording::frameLine(qint64 offsetMs, const QByteArray &frame)
{
    // A server may echo a key (an error text quoting it, an account object): what is written
    // to disk never holds a registered secret. Masked as it is written, so only while recording.
    const QByteArray payload = Secrets::mask(frame);
    QJsonObject o{{QStringLiteral("t"), offsetMs}};
    const QString text = QString::fromUtf8(payload);
    if (text.toUtf8() == payload)
        o.insert(QStringLiteral("frame"), text);
    else
        o.insert(QStringLiteral("b64"), QString::fromLatin1(payload.toBase64()));
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

bool FrameRecording::read(const QString &path, RecordingHeader &header, QList<RecordedFrame> &frames, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(path, file.errorString()));
    frames.clear();
    int lineNo = 0;
    qint64 lastOffset = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        ++lineNo;
        const bool complete = line.endsWith('\n');
        if (line.trimmed().isEmpty())
            continue;
        // A frame line is scanned without a QJsonDocument (its frame text is most of the file,
        // and Qt's parser builds it a character at a time); what the scan declines, and the
        // header, are read by Qt.
        JsonScan::ObjectView view;
        const bool scanned = lineNo > 1 && view.scan(line);
        QJsonParseError parseError;
        QJsonDocument doc;
        if (!scanned)
            doc = QJsonDocument::fromJson(line, &parseError);
        if (!scanned && (parseError.error != QJsonParseError::NoError || !doc.isObject())) {
            if (!complete && file.atEnd() && lineNo > 1)
                break; // cut off mid-line by a crash: keep what came before
            return fail(tr("Line %1 of %2 is not a JSON object.").arg(lineNo).arg(path));
        }
        QString why;
        if (lineNo == 1) {
            const QJsonObject o = doc.object();
            if (o.value(QLatin1String("format")).toString() != QLatin1String(Format))
                return fail(tr("%1 is not a Tidewatch recording.").arg(path));
            if (o.value(QLatin1String("version")).toInt() != 1)
                return fail(tr("%1 was recorded by a newer Tidewatch (format version %2).")
                                .arg(path)
                                .arg(o.value(QLatin1String("version")).toInt()));
            header.connection = o.value(QLatin1String("connection")).toString();
            header.profileId = o.value(QLatin1String("profileId")).toString();
            header.provider = o.value(QLatin1String("provider")).toString();
            header.url = o.value(QLatin1String("url")).toString();
            const QJsonValue startedAt = o.value(QLatin1String("startedAt"));
            if (!startedAt.isUndefined()) {
                JsonNumbers::IntegerRange range = JsonNumbers::nonNegative();
                range.allowString = false;
                const std::optional<qint64> ms = JsonNumbers::checkedInteger(startedAt, &why, range);
                if (!ms)
                    return fail(tr("%1 has no valid start time \"startedAt\": %2").arg(path, why));
                header.startedAtMs = *ms;
            }
            continue;
        }
        RecordedFrame f;
        const bool read = scanned ? readFrame(view, lastOffset, f, why) : readFrame(doc.object(), lastOffset, f, why);
        if (!read)
            return fail(why.isEmpty() ? tr("Line %1 of %2 has no frame.").arg(lineNo).arg(path)
                                      : tr("Line %1 of %2 has no valid time \"t\": %3").arg(lineNo).arg(path, why));
        lastOffset = f.offsetMs;
        frames.append(f);
    }
    if (lineNo == 0)
        return fail(tr("%1 is empty.").arg(path));
    return true;
}
