#include "appcontroller.h"

#include "core/connection.h"
#include "core/connectionregistry.h"
#include "core/logging.h"
#include "sim/simserver.h"
#include "workspaces.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QSettings>

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
    const bool haveProfiles = !QSettings().value(QStringLiteral("profiles/list")).toList().isEmpty();
    if (!forceDemo && haveProfiles) {
        startWorkspaces();
        return;
    }
    const QUrl base = startSimulator();
    if (base.isEmpty())
        return;
    m_demoMode = true;

    ConnectionConfig demo;
    demo.name = tr("Demo stream");
    demo.profileId = QStringLiteral("demo-generic");
    QUrl url = base;
    url.setPath(QStringLiteral("/demo/stream"));
    demo.url = url;
    auto *connection = new Connection(demo, this);
    ConnectionRegistry::instance()->add(connection, QStringLiteral("generic"));
    connection->open();
    Q_EMIT demoModeChanged();
    startWorkspaces();
}

QUrl AppController::startSimulator()
{
    if (m_simulator)
        return m_simulator->baseUrl();
    SimConfig config;
    config.clockFactor = 1.0;
    m_simulator = std::make_unique<SimServer>(config);
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
