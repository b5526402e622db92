// AppController at start with no profile configured: the in-process simulator runs and every
// provider gets its demo profile (the ids, paths and auth methods the provider workspaces
// rely on); adding a profile of one's own ends demo mode.

#include "app/appcontroller.h"
#include "core/connection.h"
#include "core/connectionregistry.h"
#include "core/observation.h"
#include "core/profilestore.h"
#include "sim/simserver.h"

#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <limits>

class TestAppController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void demoProfilesForEveryProvider_data();
    void demoProfilesForEveryProvider();
    void demoStreamIsLive();
    void everyFeedReportsItsClientsObservations_data();
    void everyFeedReportsItsClientsObservations();
    void demoProfilesAreNotSaved();
    void demoTimesAreRealTimes();
    void aRealProfileEndsDemoMode();

private:
    QTemporaryDir m_dir;
};

void TestAppController::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TidewatchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_appcontroller"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    AppController::instance()->start(false);
    QVERIFY(AppController::instance()->startupError().isEmpty());
    QVERIFY(AppController::instance()->demoMode());
    QVERIFY(AppController::instance()->simulator() != nullptr);
    QVERIFY(ProfileStore::instance()->demoMode());
}

void TestAppController::demoProfilesForEveryProvider_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<Provider::Kind>("kind");
    QTest::addColumn<QString>("path");
    QTest::addColumn<Auth::Method>("auth");
    QTest::addColumn<QString>("tier");
    QTest::newRow("allium api") << "demo-allium-api" << Provider::Kind::AlliumApi << "/api/v1/developer/ws/api"
                                << Auth::Method::ApiKeyHeader << "";
    QTest::newRow("allium stream") << "demo-allium-stream" << Provider::Kind::AlliumStream
                                   << "/api/v1/developer/ws/stream" << Auth::Method::ApiKeyHeader << "";
    QTest::newRow("conyr") << "demo-conyr" << Provider::Kind::Conyr << "/ws" << Auth::Method::Bearer << "layer1";
    QTest::newRow("predikt") << "demo-predikt" << Provider::Kind::Predikt << "/api/v1/ws" << Auth::Method::SocketIoToken
                             << "PRO";
    QTest::newRow("tweets") << "demo-tweets" << Provider::Kind::Tweets << "/v1/twitter/stream"
                            << Auth::Method::LowerApiKeyHeader << "";
    QTest::newRow("generic") << "demo-generic" << Provider::Kind::Generic << "/demo/stream" << Auth::Method::None << "";
}

void TestAppController::demoProfilesForEveryProvider()
{
    QFETCH(QString, id);
    QFETCH(Provider::Kind, kind);
    QFETCH(QString, path);
    QFETCH(Auth::Method, auth);
    QFETCH(QString, tier);
    const auto p = ProfileStore::instance()->profile(id);
    QVERIFY(p.has_value());
    QVERIFY(p->demo);
    QCOMPARE(p->kind, kind);
    QCOMPARE(p->auth, auth);
    QCOMPARE(p->tier, tier);
    QVERIFY(p->subscriptions.isEmpty());
    const QUrl base = AppController::instance()->simulatorUrl();
    QCOMPARE(p->url.scheme(), QStringLiteral("ws"));
    QCOMPARE(p->url.host(), base.host());
    QCOMPARE(p->url.port(), base.port());
    QCOMPARE(p->url.path(), path);
}

void TestAppController::demoStreamIsLive()
{
    Connection *demo = nullptr;
    for (Connection *c : ConnectionRegistry::instance()->connectionsOfProfile(QStringLiteral("demo-generic")))
        demo = c;
    QVERIFY(demo != nullptr);
    QTRY_COMPARE_WITH_TIMEOUT(demo->state(), Connection::State::Open, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(demo->stats().messagesIn > 0, 10000);
}

void TestAppController::everyFeedReportsItsClientsObservations_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("observed");
    QTest::newRow("allium api") << "demo-allium-api" << false; // replies: no rule reads them
    QTest::newRow("allium stream") << "demo-allium-stream" << true;
    QTest::newRow("conyr") << "demo-conyr" << true;
    QTest::newRow("predikt") << "demo-predikt" << true;
    QTest::newRow("tweets") << "demo-tweets" << true;
    QTest::newRow("generic") << "demo-generic" << true;
}

void TestAppController::everyFeedReportsItsClientsObservations()
{
    // Alerts and the dashboard read what each workspace's client observes: a connection
    // registered without its client's observations would be silent for every rule.
    QFETCH(QString, id);
    QFETCH(bool, observed);
    ConnectionRegistry *registry = ConnectionRegistry::instance();
    QTRY_VERIFY_WITH_TIMEOUT(!registry->connectionsOfProfile(id).isEmpty(), 10000);
    for (Connection *c : registry->connectionsOfProfile(id))
        QCOMPARE(registry->observationsOf(c) != nullptr, observed);
}

void TestAppController::demoProfilesAreNotSaved()
{
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("profiles/list/size"), 0).toInt(), 0);
}

void TestAppController::demoTimesAreRealTimes()
{
    // The demo runs at real time (TIDEWATCH_DEMO_CLOCK is unset in main()): a trade, a price,
    // a block or a tweet is stamped with about the moment it arrives, never minutes ahead of
    // the wall clock, whatever the demo's activity.
    QCOMPARE(AppController::instance()->simulator()->clock().factor(), 1.0);
    ConnectionRegistry *registry = ConnectionRegistry::instance();
    struct Seen {
        int count = 0;
        qint64 worstAheadMs = std::numeric_limits<qint64>::min();
        QString worst;
    };
    QHash<QString, Seen> seen;
    const QStringList ids{QStringLiteral("demo-conyr"), QStringLiteral("demo-predikt"),
                          QStringLiteral("demo-allium-stream"), QStringLiteral("demo-tweets")};
    for (const QString &id : ids) {
        QTRY_VERIFY_WITH_TIMEOUT(!registry->connectionsOfProfile(id).isEmpty(), 10000);
        for (Connection *c : registry->connectionsOfProfile(id)) {
            ObservationSource *source = registry->observationsOf(c);
            QVERIFY2(source, qPrintable(id));
            connect(source, &ObservationSource::observed, this, [&seen, id](const QList<Observation> &batch) {
                const qint64 now = QDateTime::currentMSecsSinceEpoch();
                for (const Observation &o : batch) {
                    if (o.kind != QLatin1String("trade") && o.kind != QLatin1String("price")
                        && o.kind != QLatin1String("block") && o.kind != QLatin1String("record")
                        && o.kind != QLatin1String("tweet"))
                        continue;
                    Seen &s = seen[id];
                    ++s.count;
                    if (o.timestampMs - now > s.worstAheadMs) {
                        s.worstAheadMs = o.timestampMs - now;
                        s.worst = o.kind + QLatin1Char(' ') + o.subject;
                    }
                }
            });
        }
    }
    // Ethereum's blocks come every 12 s at real time.
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(ids.cbegin(), ids.cend(), [&seen](const QString &id) { return seen.value(id).count >= 2; }),
                             40000);
    for (const QString &id : ids) {
        const Seen s = seen.value(id);
        QVERIFY2(s.worstAheadMs <= 2000, qPrintable(QStringLiteral("%1: %2 is %3 ms ahead of the wall clock")
                                                        .arg(id, s.worst).arg(s.worstAheadMs)));
    }
}

void TestAppController::aRealProfileEndsDemoMode()
{
    QSignalSpy demoChanged(AppController::instance(), &AppController::demoModeChanged);
    const QString id = ProfileStore::instance()->save({
        {QStringLiteral("name"), QStringLiteral("Mine")},
        {QStringLiteral("kind"), QStringLiteral("conyr")},
        {QStringLiteral("url"), QStringLiteral("wss://api.conyr.ai/ws")},
        {QStringLiteral("auth"), QStringLiteral("bearer")},
    });
    QVERIFY(!id.isEmpty());
    QCOMPARE(demoChanged.size(), 1);
    QVERIFY(!AppController::instance()->demoMode());
    QCOMPARE(QSettings().value(QStringLiteral("profiles/list/size")).toInt(), 1);
}

int main(int argc, char **argv)
{
    // The app's own demo settings, not the accelerated clock the other tests run with.
    qunsetenv("TIDEWATCH_DEMO_CLOCK");
    QApplication app(argc, argv);
    TestAppController test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_appcontroller.moc"
