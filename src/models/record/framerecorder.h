#pragma once
// Records one connection's incoming frames to an NDJSON file (see framerecording.h) with
// a monotonic time offset per frame. Registered secrets are masked in every line written
// (FrameRecording::frameLine), so a server's echo of a key never reaches the disk.

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTimer>

class Connection;

class FrameRecorder : public QObject
{
    Q_OBJECT

public:
    explicit FrameRecorder(QObject *parent = nullptr);
    ~FrameRecorder() override;

    /// Starts recording the connection's incoming frames to path (replacing the file).
    /// Returns false and sets error() when the file cannot be written.
    bool start(Connection *connection, const QString &providerId, const QString &path);
    void stop();

    bool recording() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }
    qint64 frames() const { return m_frames; }
    qint64 bytes() const { return m_bytes; }
    QString error() const { return m_error; }
    Connection *connection() const { return m_connection; }

Q_SIGNALS:
    void progress();
    void stopped();

private:
    void onFrame(const QByteArray &payload);

    QPointer<Connection> m_connection;
    QFile m_file;
    QElapsedTimer m_clock;
    QTimer m_flush;
    qint64 m_frames = 0;
    qint64 m_bytes = 0;
    QString m_error;
};
