#pragma once
// tidewatch-cli as a real process for relay tests: NDJSON lines collected as they come.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <csignal>

class CliProcess : public QObject
{
public:
    explicit CliProcess(QObject *parent = nullptr) : QObject(parent)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] { read(); });
        connect(&m_process, &QProcess::readyReadStandardError, this,
                [this] { m_stderr += m_process.readAllStandardError(); });
    }
    ~CliProcess() override { kill(); }

    void start(const QStringList &args, const QString &key = QStringLiteral("demo-key"),
               const QProcessEnvironment &extraEnv = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TIDEWATCH_API_KEY"), key);
        env.insert(extraEnv);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(TW_BINARY_DIR "/bin/tidewatch-cli"), args);
        m_process.waitForStarted(10000);
    }
    /// SIGTERM: the command's clean stop.
    void terminate() { m_process.terminate(); }
    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    bool running() const { return m_process.state() != QProcess::NotRunning; }
    /// Waits for the process to end by itself; false if it is still running after ms.
    bool waitFinished(int ms)
    {
        if (m_process.state() == QProcess::NotRunning)
            return true;
        // The event loop keeps running meanwhile: the simulator the process talks to may be
        // in this very test process.
        return QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; }, ms);
    }
    /// The exit code of a process that ended normally, -1 after a crash or while running.
    int exitCode() const
    {
        return m_process.state() == QProcess::NotRunning && m_process.exitStatus() == QProcess::NormalExit
            ? m_process.exitCode()
            : -1;
    }
    QByteArray stdErr() const { return m_stderr; }

    QList<QJsonObject> events(const QString &kind) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &e : m_events) {
            if (e.value(QStringLiteral("kind")).toString() == kind)
                out.append(e);
        }
        return out;
    }
    int count(const QString &kind) const { return int(events(kind).size()); }
    const QList<QJsonObject> &all() const { return m_events; }
    QByteArray describe() const
    {
        QByteArray out = "stderr: " + m_stderr + "\nlast events:\n";
        for (qsizetype i = qMax<qsizetype>(0, m_events.size() - 8); i < m_events.size(); ++i)
            out += QJsonDocument(m_events.at(i)).toJson(QJsonDocument::Compact) + '\n';
        return out;
    }

private:
    void read()
    {
        m_partial += m_process.readAllStandardOutput();
        qsizetype nl;
        while ((nl = m_partial.indexOf('\n')) >= 0) {
            const QByteArray line = m_partial.left(nl);
            m_partial.remove(0, nl + 1);
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (!o.isEmpty())
                m_events.append(o);
        }
    }

    QProcess m_process;
    QByteArray m_partial;
    QByteArray m_stderr;
    QList<QJsonObject> m_events;
};
