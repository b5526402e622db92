#pragma once
// A real nats-server with JetStream for tests: a free loopback port, a temporary store.

#include <QDeadlineTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

/// Starts `nats-server -js` on 127.0.0.1 with its store in a temporary directory. stop()
/// and start() again keep the port and the store, like a server restart.
class NatsServerProcess
{
public:
    NatsServerProcess() = default;
    ~NatsServerProcess() { stop(); }

    static QString program() { return QStandardPaths::findExecutable(QStringLiteral("nats-server")); }

    /// extraArgs e.g. {"--user","u","--pass","p"}.
    bool start(const QStringList &extraArgs = {})
    {
        if (program().isEmpty() || !m_store.isValid())
            return false;
        if (m_port == 0)
            m_port = freePort();
        m_args = extraArgs;
        m_process.setProgram(program());
        m_process.setArguments(QStringList{QStringLiteral("-js"), QStringLiteral("-a"), QStringLiteral("127.0.0.1"),
                                           QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-sd"),
                                           m_store.path()}
                               + extraArgs);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        // Ready when the port accepts a connection and JetStream answered in its log.
        QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired()) {
            m_log += m_process.readAll();
            if (m_log.contains("Server is ready")) {
                QTcpSocket probe;
                probe.connectToHost(QStringLiteral("127.0.0.1"), m_port);
                if (probe.waitForConnected(500))
                    return true;
            }
            if (m_process.state() != QProcess::Running)
                return false;
            m_process.waitForReadyRead(100);
        }
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        m_log += m_process.readAll();
    }

    bool restart() { stop(); return start(m_args); }

    quint16 port() const { return m_port; }
    /// The server's process id (0 when not running), e.g. for its CPU time in a benchmark.
    qint64 pid() const { return m_process.processId(); }
    QString url() const { return QStringLiteral("nats://127.0.0.1:%1").arg(m_port); }
    QByteArray log() const { return m_log; }

    static quint16 freePort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        return server.serverPort();
    }

private:
    QProcess m_process;
    QTemporaryDir m_store;
    QStringList m_args;
    quint16 m_port = 0;
    QByteArray m_log;
};
