#pragma once
// The app's recorder and replayer, for QML: record any registered connection to a file,
// replay a recording into the connection it came from (so its client, models and the
// alert engine see it), or into a replay connection when that one is gone.

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class Connection;
class FrameRecorder;
class FrameReplayer;
class QQmlEngine;
class QJSEngine;

class RecordingController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Recorder)
    QML_SINGLETON
    Q_PROPERTY(QStringList recording READ recording NOTIFY recordingChanged)
    Q_PROPERTY(bool replaying READ replaying NOTIFY replayChanged)
    Q_PROPERTY(double replayProgress READ replayProgress NOTIFY replayChanged)
    Q_PROPERTY(QString replayStatus READ replayStatus NOTIFY replayChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    static RecordingController *instance();
    static RecordingController *create(QQmlEngine *, QJSEngine *);
    explicit RecordingController(QObject *parent);
    ~RecordingController() override;

    /// Names of the connections being recorded.
    QStringList recording() const { return m_recorders.keys(); }
    bool replaying() const;
    double replayProgress() const;
    QString replayStatus() const { return m_replayStatus; }
    QString lastError() const { return m_error; }

    /// Starts recording a connection (by name) to file; an empty file means a new file in
    /// the recordings folder. Returns the path, or an empty string and sets lastError.
    Q_INVOKABLE QString startRecording(const QString &connectionName, const QUrl &file = QUrl());
    Q_INVOKABLE void stopRecording(const QString &connectionName);
    Q_INVOKABLE bool isRecording(const QString &connectionName) const { return m_recorders.contains(connectionName); }
    /// Frames recorded so far for a connection.
    Q_INVOKABLE qint64 recordedFrames(const QString &connectionName) const;
    /// Replays a recording; speed 1, 10 or 0 (full speed). Returns false and sets lastError.
    Q_INVOKABLE bool replay(const QUrl &file, double speed);
    Q_INVOKABLE void stopReplay();
    Q_INVOKABLE QUrl recordingsFolder() const;

    /// The registered connection with this name, and its provider id.
    static Connection *findConnection(const QString &name, QString *providerId = nullptr);

Q_SIGNALS:
    void recordingChanged();
    void replayChanged();
    void lastErrorChanged();

private:
    void setError(const QString &error);

    QHash<QString, FrameRecorder *> m_recorders;
    FrameReplayer *m_replayer;
    QPointer<Connection> m_replayConnection; // created when the recorded connection is gone
    QString m_replayStatus;
    QString m_error;
};
