#pragma once
// The recording file format: NDJSON, one JSON object per line.
//   line 1: {"format":"tidewatch-recording","version":1,"connection":…,"profileId":…,
//            "provider":…,"url":<redacted>,"startedAt":<Unix ms>}
//   then:   {"t":<ms since the recording started, monotonic>,"frame":"<text>"}
//           ({"t":…,"b64":"…"} for a frame that is not valid UTF-8)
// Every registered secret (Secrets) is masked in what is written: the header's url and
// connection name and every frame.

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

/// The header line, with registered secrets masked.
QByteArray headerLine(const RecordingHeader &header);
/// One frame's line, with registered secrets masked.
QByteArray frameLine(qint64 offsetMs, const QByteArray &frame);

/// Reads a whole recording. Returns false and sets error to a sentence naming the line on
/// bad input. A truncated last line (a recording cut off by a crash) is skipped, not an error.
bool read(const QString &path, RecordingHeader &header, QList<RecordedFrame> &frames, QString *error);
} // namespace FrameRecording
