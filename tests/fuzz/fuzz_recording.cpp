// Frame recordings (files people import): the reader over arbitrary file content. It either
// fails with a reason or gives frames whose offsets never go backwards.

#include "fuzztarget.h"

#include "models/record/framerecording.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

TW_FUZZ_TARGET(recording)
{
    static const QString path = QDir::temp().filePath(QStringLiteral("tidewatch-fuzz-recording-%1.ndjson")
                                                          .arg(QCoreApplication::applicationPid()));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    RecordingHeader header;
    QList<RecordedFrame> frames;
    QString error;
    if (FrameRecording::read(path, header, frames, &error)) {
        qint64 last = 0;
        for (const RecordedFrame &f : frames) {
            TW_FUZZ_CHECK(f.offsetMs >= last);
            last = f.offsetMs;
        }
        TW_FUZZ_CHECK(header.startedAtMs >= 0);
    } else {
        TW_FUZZ_CHECK(!error.isEmpty());
    }
    return 0;
}
