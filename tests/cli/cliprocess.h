#pragma once
// Runs tidewatch-cli as a real process for the CLI tests: its exit code, its NDJSON events
// and stderr. Waits on signals (not waitForFinished) so that a simulator in the test's own
// thread keeps serving.

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>

struct CliRun {
    int exitCode = -1;
    bool finished = false;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;

    QList<QJsonObject> events() const
    {
        QList<QJsonObject> list;
        for (const QByteArray &line : out.split('\n')) {
            if (!line.isEmpty())
                list << QJsonDocument::fromJson(line).object();
        }
        return list;
    }
    QList<QJsonObject> eventsOfKind(const QString &kind) const
    {
        QList<QJsonObject> list;
        for (const QJsonObject &e : events()) {
            if (e.value(QStringLiteral("kind")).toString() == kind)
                list << e;
        }
        return list;
    }
    QStringList kinds() const
    {
        QStringList list;
        for (const QJsonObject &e : events())
            list << e.value(QStringLiteral("kind")).toString();
        return list;
    }
    /// Every line is one JSON object with t, source and kind.
    bool wellFormed() const
    {
        for (const QByteArray &line : out.split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonObject e = QJsonDocument::fromJson(line, &error).object();
            if (error.error != QJsonParseError::NoError || !e.value(QStringLiteral("t")).isDouble()
                || !e.value(QStringLiteral("source")).isString() || !e.value(QStringLiteral("kind")).isString())
                return false;
        }
        return true;
    }
    QString describe() const
    {
        return QStringLiteral("exit %1 after %2 ms\nstdout:\n%3\nstderr:\n%4")
            .arg(exitCode)
            .arg(elapsedMs)
            .arg(QString::fromUtf8(out.left(4000)), QString::fromUtf8(err.left(4000)));
    }
};

inline QString cliPath()
{
    return QStringLiteral(TW_BINARY_DIR "/bin/tidewatch-cli");
}

/// extraEnv: more environment variables (e.g. TIDEWATCH_ALERTMANAGER_URL, XDG_CONFIG_HOME).
inline CliRun runCliProcess(const QStringList &arguments, const QString &key = {}, int timeoutMs = 20000,
                            const QHash<QString, QString> &extraEnv = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TIDEWATCH_API_KEY"));
    if (!key.isEmpty())
        env.insert(QStringLiteral("TIDEWATCH_API_KEY"), key);
    for (auto it = extraEnv.constBegin(); it != extraEnv.constEnd(); ++it)
        env.insert(it.key(), it.value());
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("tidewatch.*=true"));
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    QElapsedTimer clock;
    clock.start();
    process.start(cliPath(), arguments);
    CliRun run;
    if (!process.waitForStarted(5000))
        return run;
    run.finished = finished.wait(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(3000);
    }
    run.elapsedMs = clock.elapsed();
    run.exitCode = process.exitCode();
    run.status = process.exitStatus();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}
