// Qt Quick Test of the Connections and Settings pages against a populated ConnectionRegistry:
// the simulator's demo stream (live traffic), a profile whose endpoint refuses connections
// (a failure reason), and the demo profiles of every provider.

#include "qml/quicktestsupport.h"

#include "app/appcontroller.h"
#include "core/connection.h"
#include "core/connectionregistry.h"
#include "core/profilestore.h"
#include "sim/simserver.h"

#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>

class ConnectionsSetup : public TwQuickTestSetup
{
    Q_OBJECT
protected:
    void prepare(QQmlEngine *engine) override
    {
        Q_UNUSED(engine)
        if (m_sim)
            return;
        QCoreApplication::setOrganizationName(QStringLiteral("TidewatchTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_connections_qml"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());

        m_sim = new SimServer(SimConfig(), qApp);
        m_sim->installStandardHandlers();
        if (!m_sim->listen())
            qFatal("simulator did not start");
        ProfileStore *profiles = ProfileStore::instance();
        profiles->load();
        profiles->setDemoProfiles(AppController::demoProfiles(m_sim->baseUrl()));

        // A port that is certainly closed: bind one, note it, close it.
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        const quint16 closedPort = probe.serverPort();
        probe.close();
        const QString brokenId = profiles->save({
            {QStringLiteral("name"), QStringLiteral("Broken feed")},
            {QStringLiteral("kind"), QStringLiteral("generic")},
            {QStringLiteral("url"), QStringLiteral("ws://127.0.0.1:%1/nothing").arg(closedPort)},
            {QStringLiteral("auth"), QStringLiteral("none")},
        });
        if (brokenId.isEmpty())
            qFatal("profile not saved: %s", qPrintable(profiles->lastError()));

        auto add = [](const Profile &p, const QString &provider) {
            ConnectionConfig config = p.connectionConfig(QString());
            config.reconnect.initialMs = 200;
            config.reconnect.maxMs = 400;
            auto *c = new Connection(config, qApp);
            ConnectionRegistry::instance()->add(c, provider);
            c->open();
        };
        add(*profiles->profile(QStringLiteral("demo-generic")), QStringLiteral("generic"));
        Profile loose; // a connection that belongs to no profile
        loose.name = QStringLiteral("Loose connection");
        loose.url = m_sim->baseUrl();
        loose.url.setPath(QStringLiteral("/demo/stream"));
        add(loose, QStringLiteral("generic"));
        add(*profiles->profile(brokenId), QStringLiteral("generic"));
    }

private:
    QTemporaryDir m_dir;
    SimServer *m_sim = nullptr;
};

TW_QUICK_TEST_MAIN_WITH_SETUP(tst_connections_qml, "qml/connections", ConnectionsSetup)

#include "tst_connections_qml.moc"
