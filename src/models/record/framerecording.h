#pragma once
// The recording file format: NDJSON, one JSON object per line.
//   line 1: {"format":"tidewatch-recording","version":1,"connection":…,"profileId":…,
//            "provider":…,"url":<redacted>,"startedAt":<Unix ms>}
//   then:   {"t":<ms since the recording started, monotonic>,"frame":"<text>"}
//           ({"t":…,"b64":"…"} for a frame that is not valid UTF-8)

#include <QByteArray>
#include <QList>
#include <QString>

struct RecordingHeader {
    QString connection;
    QString profileId;
    QString provider;
    QString url;
    qint64 startedAtMs = 0;
};

struct RecordedFrame {
    qint64 offsetMs = 0;
    QByteArray payload;
};

namespace FrameRecording {
inline constexpr char Format[] = "tidewatch-recording";

QByteArray headerLine(const RecordingHeader &header);
QByteArray frameLine(qint64 offsetMs, const QByteArray &payload);

/// Reads a whole recording. Returns false and sets error to a sentence naming the line on
/// bad input. A truncated last line (a recording cut off by a crash) is skipped, not an error.
bool read(const QString &path, RecordingHeader &header, QList<RecordedFrame> &frames, QString *error);
} // namespace FrameRecording
