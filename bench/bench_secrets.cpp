// Cost of masking secrets per frame (Secrets::mask): with no secret registered (the fast
// path every shown, copied or recorded frame takes), with one to three keys registered and
// not in the frame (the common case while recording), and with a key in the frame. Also a
// recording line (FrameRecording::frameLine) with and without secrets, for scale.
// Prints ns per frame; run from a Release build.

#include "core/secrets.h"
#include "models/record/framerecording.h"
#include "sim/demostream.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>
#include <functional>

namespace {

double nsPerCall(int calls, const std::function<qsizetype()> &work)
{
    qsizetype sink = 0;
    for (int i = 0; i < calls / 10; ++i) // warm up
        sink += work();
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < calls; ++i)
        sink += work();
    const double ns = double(clock.nsecsElapsed()) / calls;
    if (sink == 42)
        std::puts("");
    return ns;
}

void line(const char *what, double ns)
{
    std::printf("%-58s %8.1f ns/frame  (%6.2f M frames/s)\n", what, ns, 1000.0 / ns);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int calls = 2000000;
    const QByteArray frame = DemoStreamHandler::makeRecord(19000000, 1700000000000); // ~420 bytes
    const QByteArray echo = frame.left(200) + "tw-bench-key-7f3a9c2e51d4b8aa" + frame.mid(200);
    std::printf("frame: %lld bytes (an Allium-shaped block record)\n", qint64(frame.size()));

    auto maskFrame = [&frame] { return Secrets::mask(frame).size(); };
    line("mask, no secret registered", nsPerCall(calls, maskFrame));
    line("recording line, no secret registered", nsPerCall(calls / 4, [&frame] { return FrameRecording::frameLine(1, frame).size(); }));

    Secrets::Hold one(QStringLiteral("tw-bench-key-7f3a9c2e51d4b8aa"));
    line("mask, 1 key (32 chars) registered, not in the frame", nsPerCall(calls, maskFrame));
    line("recording line, 1 key registered", nsPerCall(calls / 4, [&frame] { return FrameRecording::frameLine(1, frame).size(); }));
    Secrets::Hold two(QStringLiteral("second-key/with+slash=="));
    Secrets::Hold three(QStringLiteral("sk_live_0123456789abcdef0123456789abcdef"));
    line("mask, 3 keys registered, not in the frame", nsPerCall(calls, maskFrame));
    line("mask, 3 keys registered, one in the frame", nsPerCall(calls, [&echo] { return Secrets::mask(echo).size(); }));
    Secrets::Hold shortKey(QStringLiteral("abc"));
    line("mask, 3 keys and a short (3-char) one registered", nsPerCall(calls, maskFrame));
    return 0;
}
