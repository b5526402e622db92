#include "recordingcontroller.h"

#include "replayreader.h"

#include "framerecorder.h"
#include "framereplayer.h"

#include "core/connection.h"
#include "core/connectionregistry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJSEngine>
#include <QRegularExpression>
#include <QStandardPaths>

RecordingController *RecordingController::instance()
{
    static RecordingController *controller = new RecordingController(qApp);
    return controller;
}

RecordingController *RecordingController::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(instance(), QJSEngine::CppOwnership);
    return instance();
}

RecordingController::RecordingController(QObject *parent)
    : QObject(parent)
    , m_replayer(new FrameReplayer(this))
{
    connect(m_replayer, &FrameReplayer::progress, this, [this](int delivered, int total) {
        m_replayStatus = tr("Replaying %1 of %Ln frame(s)", nullptr, total).arg(delivered);
        Q_EMIT replayChanged();
    });
    connect(m_replayer, &FrameReplayer::finished, this, [this] {
        m_replayStatus = tr("Replay finished: %n frame(s)", "", m_replayer->delivered());
        Q_EMIT replayChanged();
    });
}

RecordingController::~RecordingController()
{
    qDeleteAll(m_recorders);
}

bool RecordingController::replaying() const
{
    return m_replayer->running();
}

double RecordingController::replayProgress() const
{
    return m_replayer->total() > 0 ? double(m_replayer->delivered()) / m_replayer->total() : 0.0;
}

Connection *RecordingController::findConnection(const QString &name, QString *providerId)
{
    ConnectionRegistry *registry = ConnectionRegistry::instance();
    for (int row = 0; row < registry->rowCount(); ++row) {
        const QModelIndex index = registry->index(row);
        auto *c = index.data(ConnectionRegistry::ConnectionRole).value<Connection *>();
        if (c && c->name() == name) {
            if (providerId)
                *providerId = index.data(ConnectionRegistry::ProviderRole).toString();
            return c;
        }
    }
    return nullptr;
}

QUrl RecordingController::recordingsFolder() const
{
    return QUrl::fromLocalFile(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                               + QStringLiteral("/recordings"));
}

QString RecordingController::startRecording(const QString &connectionName, const QUrl &file)
{
    QString provider;
    Connection *connection = findConnection(connectionName, &provider);
    if (!connection) {
        setError(tr("There is no connection named “%1”.").arg(connectionName));
        return {};
    }
    QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty()) {
        QString base = connectionName;
        base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
        path = recordingsFolder().toLocalFile() + QLatin1Char('/') + base + QLatin1Char('-')
            + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".ndjson");
    }
    stopRecording(connectionName);
    auto *recorder = new FrameRecorder(this);
    if (!recorder->start(connection, provider, path)) {
        setError(recorder->error());
        delete recorder;
        return {};
    }
    connect(recorder, &FrameRecorder::stopped, this, [this, connectionName, recorder] {
        if (!recorder->error().isEmpty())
            setError(recorder->error());
        if (m_recorders.value(connectionName) == recorder) {
            m_recorders.remove(connectionName);
            recorder->deleteLater();
            Q_EMIT recordingChanged();
        }
    });
    m_recorders.insert(connectionName, recorder);
    setError({});
    Q_EMIT recordingChanged();
    return path;
}

void RecordingController::stopRecording(const QString &connectionName)
{
    if (FrameRecorder *recorder = m_recorders.value(connectionName))
        recorder->stop();
}

qint64 RecordingController::recordedFrames(const QString &connectionName) const
{
    const FrameRecorder *recorder = m_recorders.value(connectionName);
    return recorder ? recorder->frames() : 0;
}

bool RecordingController::replay(const QUrl &file, double speed)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (!m_replayer->load(path)) {
        setError(m_replayer->error());
        return false;
    }
    const RecordingHeader &header = m_replayer->header();
    Connection *target = findConnection(header.connection);
    QString why; // set when no rule but connection rules can read the replay
    if (!target) {
        // The recorded connection is gone: replay into a connection of our own, one per
        // replay, read by the recorded provider's client (ReplayReader) and registered with
        // its observations, so the alert engine and the dashboard see what the live run saw.
        m_replayer->stop();
        delete m_replayConnection;
        ConnectionConfig config;
        config.name = tr("Replay: %1").arg(header.connection);
        config.profileId = header.profileId;
        config.url = QUrl(header.url); // masked; the client reads e.g. the topic from it
        config.autoReconnect = false;
        m_replayConnection = new Connection(config, this);
        ObservationSource *observations = ReplayReader::create(header.provider, m_replayConnection, &why);
        ConnectionRegistry::instance()->add(m_replayConnection, header.provider, observations);
        target = m_replayConnection;
    }
    m_replayer->start(target, speed);
    m_replayStatus = tr("Replaying into %1").arg(target->name());
    setError(why.isEmpty() ? QString() : tr("Only connection rules apply to this replay: %1").arg(why));
    Q_EMIT replayChanged();
    return true;
}

void RecordingController::stopReplay()
{
    m_replayer->stop();
    m_replayStatus = tr("Replay stopped after %1 of %Ln frame(s)", nullptr, m_replayer->total()).arg(m_replayer->delivered());
    Q_EMIT replayChanged();
}

void RecordingController::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT lastErrorChanged();
}
