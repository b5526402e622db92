#pragma once
// Starts a Node peer script from tests/peers (the real socket.io server or client) for a
// test, and reads the JSON lines it prints.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

class NodePeer
{
public:
    /// The node executable, or empty when Node.js is not installed.
    static QString node() { return QStandardPaths::findExecutable(QStringLiteral("node")); }
    static QString peersDir() { return QStringLiteral(TW_SOURCE_DIR "/tests/peers"); }
    /// Empty when the npm packages are installed; otherwise what to do about it.
    static QString missingModules()
    {
        for (const char *module : {"socket.io", "socket.io-client"}) {
            if (!QFile::exists(peersDir() + QStringLiteral("/node_modules/") + QLatin1String(module) + QStringLiteral("/package.json")))
                return QStringLiteral("the npm package %1 is missing: run `npm ci` in tests/peers (scripts/test does)")
                    .arg(QLatin1String(module));
        }
        return {};
    }

    ~NodePeer() { stop(); }

    void start(const QString &script, const QStringList &args)
    {
        m_process.setWorkingDirectory(peersDir());
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(node(), QStringList{peersDir() + QLatin1Char('/') + script} + args);
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(1000);
    }
    QProcess &process() { return m_process; }

    /// Waits for a printed line that has the given key; returns its object (empty on timeout).
    QJsonObject waitForLine(const QString &key, int timeoutMs = 10000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            for (qsizetype i = m_seen; i < m_lines.size(); ++i) {
                if (m_lines.at(i).contains(key)) {
                    m_seen = i + 1;
                    return m_lines.at(i);
                }
            }
            if (m_process.state() == QProcess::NotRunning && !m_process.canReadLine())
                return {};
            m_process.waitForReadyRead(50);
            QCoreApplication::processEvents();
            readLines();
        }
        return {};
    }
    /// Every line printed so far.
    QList<QJsonObject> lines()
    {
        readLines();
        return m_lines;
    }

private:
    void readLines()
    {
        while (m_process.canReadLine()) {
            const QJsonDocument doc = QJsonDocument::fromJson(m_process.readLine());
            if (doc.isObject())
                m_lines << doc.object();
        }
    }

    QProcess m_process;
    QList<QJsonObject> m_lines;
    qsizetype m_seen = 0;
};
