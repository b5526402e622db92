// The app as a person starts it: a real window under Xvfb in demo mode. `tidewatch --demo
// --screenshot FILE --page NAME` waits until the page shows live data, saves the window and
// exits 0; the picture must not be blank. `--size WxH` sets the window's size; a malformed size
// is a usage error (exit 2).

#include <QColor>
#include <QHash>
#include <QImage>
#include <QProcess>
#include <QSize>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

/// What a screenshot looks like, in numbers.
struct ImageSummary {
    int distinctColours = 0;    ///< in a grid of samples, quantised to 5 bits per channel
    double dominantShare = 1.0; ///< share of the samples that have the most common colour
};

ImageSummary summarise(const QImage &image)
{
    QHash<QRgb, int> counts;
    int samples = 0;
    const int step = 3;
    for (int y = 0; y < image.height(); y += step) {
        for (int x = 0; x < image.width(); x += step) {
            const QRgb c = image.pixel(x, y) & 0xF8F8F8;
            ++counts[c];
            ++samples;
        }
    }
    int dominant = 0;
    for (int n : std::as_const(counts))
        dominant = std::max(dominant, n);
    return {int(counts.size()), samples ? double(dominant) / samples : 1.0};
}

} // namespace

class TestGuiSmoke : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void screenshotOfPage_data();
    void screenshotOfPage();
    void malformedSizeIsAUsageError_data();
    void malformedSizeIsAUsageError();

private:
    QString m_app;
    QString m_xvfbRun;
};

void TestGuiSmoke::initTestCase()
{
    m_app = QStringLiteral(TW_BINARY_DIR "/bin/tidewatch");
    QVERIFY2(QFile::exists(m_app), qPrintable(m_app + QStringLiteral(" is not built")));
    m_xvfbRun = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
    QVERIFY2(!m_xvfbRun.isEmpty(), "xvfb-run not found: install xvfb and xauth (scripts/setup test)");
}

void TestGuiSmoke::screenshotOfPage_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<bool>("mustBeLive");
    QTest::addColumn<QSize>("size"); // invalid: the window's default size
    QTest::newRow("connections") << QStringLiteral("connections") << true << QSize();
    // The dashboard is live once a connection is open and a tile has data.
    QTest::newRow("dashboard") << QStringLiteral("dashboard") << true << QSize();
    QTest::newRow("alerts") << QStringLiteral("alerts") << true << QSize();
    // The smallest size the pages are laid out for (README screenshots use it too).
    QTest::newRow("prices at 1024x700") << QStringLiteral("prices") << true << QSize(1024, 700);
}

void TestGuiSmoke::screenshotOfPage()
{
    QFETCH(QString, page);
    QFETCH(bool, mustBeLive);
    QFETCH(QSize, size);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(page + QStringLiteral(".png"));

    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // a real X11 window, not offscreen
    // Settings of its own, so the run neither reads nor changes anybody's profiles.
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QDir().mkpath(path);
        env.insert(QString::fromLatin1(name), path);
    }
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy finished(&app, &QProcess::finished);
    QStringList arguments{QStringLiteral("-a"), QStringLiteral("-s"), QStringLiteral("-screen 0 1600x1000x24"), m_app,
                          QStringLiteral("--demo"), QStringLiteral("--screenshot"), file, QStringLiteral("--page"), page};
    if (size.isValid())
        arguments << QStringLiteral("--size") << QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
    app.start(m_xvfbRun, arguments);
    QVERIFY2(app.waitForStarted(10000), qPrintable(app.errorString()));
    if (!finished.wait(90000)) {
        app.kill();
        app.waitForFinished(5000);
        QFAIL(qPrintable(QStringLiteral("tidewatch did not exit within 90 s:\n") + QString::fromUtf8(app.readAll())));
    }
    const QString output = QString::fromUtf8(app.readAll());
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    if (mustBeLive)
        QVERIFY2(app.exitCode() == 0, qPrintable(QStringLiteral("exit %1\n").arg(app.exitCode()) + output));
    else
        QVERIFY2(app.exitCode() == 0 || output.contains(QLatin1String("saved anyway")), qPrintable(output));

    QImage image(file);
    QVERIFY2(!image.isNull(), qPrintable(QStringLiteral("no PNG at ") + file + QLatin1Char('\n') + output));
    QVERIFY2(image.width() >= 800 && image.height() >= 500,
             qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
    if (size.isValid())
        QCOMPARE(image.size(), size);
    const ImageSummary summary = summarise(image);
    QVERIFY2(summary.distinctColours >= 24, qPrintable(QString::number(summary.distinctColours)));
    QVERIFY2(summary.dominantShare < 0.95, qPrintable(QString::number(summary.dominantShare)));

    // Keep the picture for a person to look at (scripts/test's sandbox or the build dir).
    const QString keep = qEnvironmentVariable("TIDEWATCH_SCREENSHOT_DIR", QStringLiteral(TW_BINARY_DIR "/screenshots"));
    QDir().mkpath(keep);
    const QString kept = keep + QLatin1Char('/') + page
                         + (size.isValid() ? QStringLiteral("-%1").arg(size.width()) : QString()) + QStringLiteral(".png");
    QFile::remove(kept);
    QFile::copy(file, kept);
}

void TestGuiSmoke::malformedSizeIsAUsageError_data()
{
    QTest::addColumn<QString>("size");
    QTest::newRow("no height") << QStringLiteral("1024");
    QTest::newRow("words") << QStringLiteral("wide");
    QTest::newRow("zero") << QStringLiteral("0x700");
    QTest::newRow("negative") << QStringLiteral("-1024x700");
    QTest::newRow("unit") << QStringLiteral("1024pxx700");
    QTest::newRow("below the minimum") << QStringLiteral("320x200");
}

void TestGuiSmoke::malformedSizeIsAUsageError()
{
    QFETCH(QString, size);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")); // refused before any window matters
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QDir().mkpath(path);
        env.insert(QString::fromLatin1(name), path);
    }
    app.setProcessEnvironment(env);
    app.start(m_app, {QStringLiteral("--size"), size});
    QVERIFY2(app.waitForFinished(30000), "tidewatch did not exit on a malformed --size");
    const QString errors = QString::fromUtf8(app.readAllStandardError());
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QVERIFY2(app.exitCode() == 2, qPrintable(QStringLiteral("exit %1\n").arg(app.exitCode()) + errors));
    QVERIFY2(errors.contains(QLatin1String("--size")), qPrintable(errors));
}

QTEST_GUILESS_MAIN(TestGuiSmoke)
#include "tst_gui_smoke.moc"
