#pragma once
// A real Prometheus Alertmanager for the tests (the Debian package): started on a free
// loopback port with its own configuration and storage, stopped with the test.

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrl>

namespace AlertmanagerTest {

inline quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

/// The installed binary (prometheus-alertmanager, or alertmanager elsewhere); empty if none.
inline QString findBinary()
{
    QString binary = QStandardPaths::findExecutable(QStringLiteral("prometheus-alertmanager"));
    if (binary.isEmpty())
        binary = QStandardPaths::findExecutable(QStringLiteral("alertmanager"));
    return binary;
}

} // namespace AlertmanagerTest

/// One Alertmanager process with a configuration that routes everything to a receiver
/// that does nothing (the test reads the API, not a notification).
class AlertmanagerProcess
{
public:
    explicit AlertmanagerProcess(const QString &binary)
        : m_binary(binary)
    {
    }
    ~AlertmanagerProcess() { stop(); }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    quint16 port() const { return m_port; }
    void setPort(quint16 port) { m_port = port; }
    QString output() const { return QString::fromUtf8(m_output); }

    bool start()
    {
        if (!m_dir.isValid())
            return false;
        QFile config(m_dir.filePath(QStringLiteral("alertmanager.yml")));
        if (!config.open(QIODevice::WriteOnly))
            return false;
        config.write("route:\n  receiver: 'null'\n  group_wait: 1s\n  group_interval: 1s\n"
                     "receivers:\n- name: 'null'\n");
        config.close();
        if (m_port == 0)
            m_port = AlertmanagerTest::freePort();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        QObject::connect(&m_process, &QProcess::readyRead, [this] { m_output += m_process.readAll(); });
        m_process.start(m_binary, {QStringLiteral("--config.file=") + config.fileName(),
                                   QStringLiteral("--storage.path=") + m_dir.filePath(QStringLiteral("data")),
                                   QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port),
                                   QStringLiteral("--cluster.listen-address=")});
        return m_process.waitForStarted(10000);
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished(2000);
            }
        }
    }

    bool running() const { return m_process.state() == QProcess::Running; }

private:
    QString m_binary;
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
};
