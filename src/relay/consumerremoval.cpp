// ConsumerRemoval: a NatsClient on a worker thread, js_DeleteConsumer once it is connected.

#include "consumerremoval.h"

#include "core/logging.h"

#include <QPointer>
#include <QThread>
#include <QTimer>
#include <nats/nats.h>

namespace {

/// Lives on the removal's thread: connects, deletes, reports once.
class RemovalWorker : public QObject
{
    Q_OBJECT

public:
    RemovalWorker(const NatsSettings &settings, const QString &stream, const QString &durable, int graceMs)
        : m_settings(settings), m_stream(stream), m_durable(durable), m_graceMs(graceMs)
    {
    }

    void run()
    {
        m_client = new NatsClient(this);
        connect(m_client, &NatsClient::stateChanged, this, &RemovalWorker::onState);
        // Made here, on this thread: a timer can only run on the thread it lives on.
        m_deadline = new QTimer(this);
        m_deadline->setSingleShot(true);
        connect(m_deadline, &QTimer::timeout, this, [this] {
            finish(false, ConsumerRemoval::tr("%1 did not answer within %2 s, so the durable consumer %3 stays on the "
                                              "server. Remove it there: nats consumer rm %4 %3")
                              .arg(m_settings.url).arg(m_graceMs / 1000.0).arg(m_durable, m_stream));
        });
        m_deadline->start(m_graceMs);
        QString error;
        if (!m_client->open(m_settings, &error)) {
            finish(false, ConsumerRemoval::tr("The durable consumer %1 could not be removed (%2); it stays on the server. "
                                              "Remove it there: nats consumer rm %3 %1")
                              .arg(m_durable, error, m_stream));
            return;
        }
        onState();
    }

Q_SIGNALS:
    void finished(const ConsumerRemovalResult &result);

private:
    void onState()
    {
        if (m_done || !m_client)
            return;
        if (m_client->state() == NatsClient::State::Closed) {
            const QString why = m_client->lastError().isEmpty() ? NatsClient::tr("Closed") : m_client->lastError();
            finish(false, ConsumerRemoval::tr("The durable consumer %1 could not be removed: NATS closed the connection (%2). "
                                              "It stays on the server. Remove it there: nats consumer rm %3 %1")
                              .arg(m_durable, why, m_stream));
            return;
        }
        if (m_client->state() != NatsClient::State::Connected)
            return;
        // Blocks this thread (never the GUI's) for at most the JetStream context's wait.
        jsErrCode code = jsErrCode(0);
        const natsStatus s = js_DeleteConsumer(m_client->jetStream(), m_stream.toUtf8().constData(),
                                               m_durable.toUtf8().constData(), nullptr, &code);
        if (s == NATS_OK) {
            finish(true, ConsumerRemoval::tr("The relay's durable consumer %1 was removed from %2.").arg(m_durable, m_settings.url));
        } else if (s == NATS_NOT_FOUND) {
            finish(true, ConsumerRemoval::tr("The durable consumer %1 was no longer on %2.").arg(m_durable, m_settings.url));
        } else {
            const char *last = nats_GetLastError(nullptr);
            const QString why = last && *last ? QString::fromUtf8(last) : NatsClient::statusText(s);
            finish(false, ConsumerRemoval::tr("The durable consumer %1 could not be removed (%2); it stays on the server. "
                                              "Remove it there: nats consumer rm %3 %1")
                              .arg(m_durable, why, m_stream));
        }
    }

    void finish(bool removed, const QString &message)
    {
        if (m_done)
            return;
        m_done = true;
        if (m_deadline)
            m_deadline->stop();
        // The connection ends here, on its own thread.
        delete m_client;
        m_client = nullptr;
        Q_EMIT finished({removed, Redact::text(message)});
    }

    NatsSettings m_settings;
    QString m_stream;
    QString m_durable;
    int m_graceMs;
    QPointer<NatsClient> m_client;
    QTimer *m_deadline = nullptr;
    bool m_done = false;
};

} // namespace

ConsumerRemoval::ConsumerRemoval(const NatsSettings &settings, const QString &stream, const QString &durable, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_stream(stream)
    , m_durable(durable)
{
    qRegisterMetaType<ConsumerRemovalResult>();
}

ConsumerRemoval::~ConsumerRemoval()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

void ConsumerRemoval::start(int graceMs)
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("consumer-removal"));
    auto *worker = new RemovalWorker(m_settings, m_stream, m_durable, graceMs);
    worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, worker, &RemovalWorker::run);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &RemovalWorker::finished, this, [this](const ConsumerRemovalResult &result) {
        qCInfo(lcConnection).noquote() << "relay consumer removal:" << result.message;
        Q_EMIT finished(result);
        m_thread->quit();
    }, Qt::QueuedConnection);
    connect(m_thread, &QThread::finished, this, &QObject::deleteLater);
    m_thread->start();
}

#include "consumerremoval.moc"
