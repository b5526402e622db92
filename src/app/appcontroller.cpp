#include "appcontroller.h"

#include "core/appsettings.h"
#include "core/connection.h"
#include "core/connectionregistry.h"
#include "core/keystore.h"
#include "core/logging.h"
#include "core/profilestore.h"
#include "genericworkspace.h"
#include "providers/generic/genericclient.h"
#include "providers/generic/genericobservations.h"
#include "sim/simserver.h"
#include "workspaces.h"

#include <QCoreApplication>
#include <QJSEngine>

AppController *AppController::instance()
{
    static AppController *controller = new AppController(qApp);
    return controller;
}

AppController *AppController::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(instance(), QJSEngine::CppOwnership);
    return instance();
}

AppController::AppController(QObject *parent)
    : QObject(parent)
{
}

void AppController::start(bool forceDemo)
{
    AppSettings::instance()->apply();
    ProfileStore *profiles = ProfileStore::instance();
    if (!profiles->load()) {
        m_startupError = profiles->lastError();
        Q_EMIT startupErrorChanged();
    }
    // Adding a profile of one's own ends demo mode (the demo profiles stay until the next start).
    connect(profiles, &ProfileStore::profileAdded, this, [this, profiles](const QString &id) {
        const auto p = profiles->profile(id);
        if (p && !p->demo)
            leaveDemoMode();
    });
    // A key entered or replaced on the Connections page: the profile's connections restart with it.
    connect(KeyStore::instance(), &KeyStore::keyWritten, profiles, &ProfileStore::notifyKeyChanged);
    connect(KeyStore::instance(), &KeyStore::keyRemoved, profiles, &ProfileStore::notifyKeyChanged);
    new GenericWorkspace(profiles, KeyStore::instance(), this);
    if (!forceDemo && profiles->hasUserProfiles()) {
        startWorkspaces();
        return;
    }
    const QUrl base = startSimulator();
    if (base.isEmpty()) {
        startWorkspaces();
        return;
    }
    m_demoMode = true;
    profiles->setDemoProfiles(demoProfiles(base));

    // The generic demo stream has no provider workspace: the controller runs it itself.
    const auto generic = profiles->profile(QStringLiteral("demo-generic"));
    if (generic) {
        auto *connection = new Connection(generic->connectionConfig(QString()), this);
        auto *client = new GenericClient(connection, connection);
        ConnectionRegistry::instance()->add(connection, Provider::toId(Provider::Kind::Generic),
                                            GenericObservations::attach(client));
        connection->open();
    }
    Q_EMIT demoModeChanged();
    startWorkspaces();
}

QList<Profile> AppController::demoProfiles(const QUrl &base)
{
    auto make = [&base](const char *id, const QString &name, Provider::Kind kind, const char *path,
                        Auth::Method auth, const QString &tier = {}) {
        Profile p;
        p.id = QLatin1String(id);
        p.name = name;
        p.kind = kind;
        p.url = base;
        p.url.setPath(QLatin1String(path));
        p.auth = auth;
        p.tier = tier;
        p.demo = true;
        return p;
    };
    using K = Provider::Kind;
    using M = Auth::Method;
    return {
        make("demo-generic", tr("Demo stream"), K::Generic, "/demo/stream", M::None),
        make("demo-allium-api", tr("Demo Allium API"), K::AlliumApi, "/api/v1/developer/ws/api", M::ApiKeyHeader),
        make("demo-allium-stream", tr("Demo Allium streams"), K::AlliumStream, "/api/v1/developer/ws/stream", M::ApiKeyHeader),
        make("demo-conyr", tr("Demo Conyr"), K::Conyr, "/ws", M::Bearer, QStringLiteral("layer1")),
        make("demo-predikt", tr("Demo Predikt"), K::Predikt, "/api/v1/ws", M::SocketIoToken, QStringLiteral("PRO")),
        make("demo-tweets", tr("Demo tweet stream"), K::Tweets, "/v1/twitter/stream", M::LowerApiKeyHeader),
    };
}

SimConfig AppController::demoSimConfig()
{
    SimConfig config;
    // TIDEWATCH_DEMO_CLOCK=<factor> runs the whole simulated world that much faster (tests
    // that need hours of billing in seconds). By default demo time is real time: a trade,
    // a block or a tweet is stamped with the moment it is shown, and the demo looks busy
    // because its sources are more active, not because its clock runs ahead.
    bool ok = false;
    const double factor = qEnvironmentVariable("TIDEWATCH_DEMO_CLOCK").toDouble(&ok);
    if (ok && factor > 0) {
        config.clockFactor = factor;
        return config;
    }
    config.clockFactor = 1.0;
    constexpr double DemoActivity = 10;
    config.options.insert(QStringLiteral("conyr.activity"), DemoActivity);
    config.options.insert(QStringLiteral("tweets.activity"), DemoActivity);
    // Predikt keeps its documented 5 s VWAP cadence (the Prices page says so), Ethereum its
    // 12 s blocks and the billing its hour.
    return config;
}

QUrl AppController::startSimulator()
{
    if (m_simulator)
        return m_simulator->baseUrl();
    m_simulator = std::make_unique<SimServer>(demoSimConfig());
    m_simulator->installStandardHandlers();
    if (!m_simulator->listen()) {
        m_startupError = tr("The built-in simulator could not start: %1").arg(m_simulator->errorString());
        qCWarning(lcApp).noquote() << m_startupError;
        m_simulator.reset();
        Q_EMIT startupErrorChanged();
        return {};
    }
    return m_simulator->baseUrl();
}

QUrl AppController::simulatorUrl() const
{
    return m_simulator ? m_simulator->baseUrl() : QUrl();
}

QString AppController::version() const
{
    return QStringLiteral(TIDEWATCH_VERSION);
}

void AppController::leaveDemoMode()
{
    if (!m_demoMode)
        return;
    m_demoMode = false;
    Q_EMIT demoModeChanged();
}
