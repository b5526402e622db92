#include "framerecorder.h"

#include "framerecording.h"

#include "core/connection.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

FrameRecorder::FrameRecorder(QObject *parent)
    : QObject(parent)
{
    // Flushed a few times a second: a crash loses at most the last fraction of a second,
    // and a cut-off last line is skipped on reading.
    m_flush.setInterval(250);
    connect(&m_flush, &QTimer::timeout, this, [this] {
        if (m_file.isOpen())
            m_file.flush();
        Q_EMIT progress();
    });
}

FrameRecorder::~FrameRecorder()
{
    stop();
}

bool FrameRecorder::start(Connection *connection, const QString &providerId, const QString &path)
{
    stop();
    m_error.clear();
    if (!connection) {
        m_error = tr("There is no such connection.");
        return false;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = tr("Cannot write %1: %2").arg(path, m_file.errorString());
        return false;
    }
    RecordingHeader header;
    header.connection = connection->name();
    header.profileId = connection->profileId();
    header.provider = providerId;
    header.url = connection->displayUrl();
    header.startedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_file.write(FrameRecording::headerLine(header));
    m_frames = 0;
    m_bytes = 0;
    m_connection = connection;
    m_clock.start();
    connect(connection, &Connection::messageReceived, this, &FrameRecorder::onFrame);
    connect(connection, &QObject::destroyed, this, &FrameRecorder::stop);
    m_flush.start();
    return true;
}

void FrameRecorder::stop()
{
    if (m_connection)
        m_connection->disconnect(this);
    m_connection = nullptr;
    m_flush.stop();
    if (!m_file.isOpen())
        return;
    m_file.close();
    Q_EMIT stopped();
}

void FrameRecorder::onFrame(const QByteArray &payload)
{
    const QByteArray line = FrameRecording::frameLine(m_clock.elapsed(), payload);
    if (m_file.write(line) != line.size()) {
        m_error = tr("Recording stopped: %1").arg(m_file.errorString());
        stop();
        return;
    }
    ++m_frames;
    m_bytes += line.size();
}
