// Tweets under the soak: the stream with the simulator resending its ten latest tweets to
// every new connection, feeding the timeline model the app shows. After each reconnect a
// new session must start and tweets flow; no tweet may reach the model twice.

#include "models/tweets/tweettimelinemodel.h"
#include "providers/tweets/tweetsclient.h"
#include "sim/simserver.h"
#include "sim/tweets/tweetssim.h"
#include "soakscenarios.h"

#include <QSet>

namespace Soak {

namespace {

class TweetsScenario : public Scenario
{
public:
    explicit TweetsScenario(SimServer *server)
    {
        m_handler = new TweetsSimHandler(server);
        server->addHandler(m_handler);
    }

    QString name() const override { return QStringLiteral("tweets"); }

    bool start(quint16 port, QString *) override
    {
        m_connection = new Connection(soakConnection(QStringLiteral("tweets"), QUrl(QStringLiteral("ws://127.0.0.1:%1/v1/twitter/stream").arg(port)),
                                                     Auth::Method::LowerApiKeyHeader, soakKey()),
                                      this);
        m_client = new TweetsClient(m_connection, TweetsClientOptions(), this);
        m_model = new TweetTimelineModel(this);
        connect(m_client, &TweetsClient::tweetsReceived, m_model, &TweetTimelineModel::addBatch);
        connect(m_client, &TweetsClient::tweetsReceived, this, [this](const TweetBatch &batch) {
            m_sinceOpen += batch.size();
            for (const Tweet &tweet : batch) {
                const QString key = tweet.sourceKey() + QLatin1Char('/') + tweet.tweetId;
                if (m_seen.contains(key))
                    ++m_duplicates;
                else
                    m_seen.insert(key);
            }
        });
        connect(m_client, &TweetsClient::sessionStarted, this, [this] { m_sessionSinceOpen = true; });
        connect(m_connection, &Connection::opened, this, [this] {
            m_sinceOpen = 0;
            m_sessionSinceOpen = false;
        });
        m_watches = {new ConnectionWatch(m_connection, this)};
        m_client->open();
        return true;
    }

    QList<ConnectionWatch *> watches() const override { return m_watches; }

    bool restored(QString *why) const override
    {
        if (!m_sessionSinceOpen)
            return (*why = QStringLiteral("no \"connected\" event since the reconnect")), false;
        if (m_sinceOpen == 0)
            return (*why = QStringLiteral("no new tweet since the reconnect")), false;
        return true;
    }

    void checkAfterFault(QStringList *problems) override
    {
        // The model itself: each tweet (source, id) at most once among its rows.
        QSet<QString> rows;
        qint64 inModel = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const Tweet &tweet = m_model->at(row);
            const QString key = tweet.sourceKey() + QLatin1Char('/') + tweet.tweetId;
            if (rows.contains(key))
                ++inModel;
            rows.insert(key);
        }
        if (inModel > 0)
            *problems << QStringLiteral("%1 duplicate row(s) in the timeline model").arg(inModel);
        if (m_duplicates > m_reported) {
            *problems << QStringLiteral("%1 tweet(s) delivered twice").arg(m_duplicates - m_reported);
            m_reported = m_duplicates;
        }
    }

    qint64 duplicated() const override { return m_duplicates; }

    QString detail() const override
    {
        return QStringLiteral("%1 tweets reached the model; %2 resent ones dropped by the client")
            .arg(m_seen.size()).arg(m_client->duplicateCount());
    }

private:
    TweetsSimHandler *m_handler = nullptr;
    Connection *m_connection = nullptr;
    TweetsClient *m_client = nullptr;
    TweetTimelineModel *m_model = nullptr;
    QList<ConnectionWatch *> m_watches;
    QSet<QString> m_seen;
    qint64 m_sinceOpen = 0;
    bool m_sessionSinceOpen = false;
    qint64 m_duplicates = 0;
    qint64 m_reported = 0;
};

} // namespace

std::unique_ptr<Scenario> makeTweetsScenario(SimServer *server)
{
    return std::make_unique<TweetsScenario>(server);
}

} // namespace Soak
