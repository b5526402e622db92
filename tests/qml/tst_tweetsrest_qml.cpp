// Qt Quick tests of the monitor and filter-rule editors and the subscriptions view, against the
// simulator's REST API on loopback (wire variants on, so validation returns sample tweets).

#include "app/tweets/tweetssubscriptionscontroller.h"
#include "providers/tweets/tweetsrestclient.h"
#include "qml/quicktestsupport.h"
#include "sim/simserver.h"
#include "sim/tweets/tweetssim.h"

namespace {

class TweetsRestQmlSetup : public TwQuickTestSetup
{
    Q_OBJECT
protected:
    void prepare(QQmlEngine *) override
    {
        SimConfig config;
        config.acceptedKeys = {QStringLiteral("qml-test-key")};
        config.options.insert(QStringLiteral("tweets.rate"), 0);
        config.options.insert(QStringLiteral("tweets.restVariant"), QStringLiteral("variants"));
        m_server = new SimServer(config, this);
        m_server->addHandler(new TweetsSimHandler(m_server));
        if (!m_server->listen())
            qFatal("simulator did not start");
        QUrl stream = m_server->baseUrl();
        stream.setPath(QStringLiteral("/v1/twitter/stream"));
        TweetsSubscriptionsController::instance()->useEndpoint(TweetsRestClient::restBaseFor(stream),
                                                               QStringLiteral("qml-test-key"));
    }

private:
    SimServer *m_server = nullptr;
};

} // namespace

TW_QUICK_TEST_MAIN_WITH_SETUP(tst_tweetsrest_qml, "qml/tweetsrest", TweetsRestQmlSetup)

#include "tst_tweetsrest_qml.moc"
