// Qt Quick Test of the Prices page and its components, against the real workspace fed by
// the Predikt simulator on loopback (a demo profile, so no keychain is involved).

#include "app/predikt/prediktworkspace.h"
#include "core/profilestore.h"
#include "qml/quicktestsupport.h"
#include "sim/predikt/prediktsimhandler.h"
#include "sim/simserver.h"

#include <QCoreApplication>
#include <QSettings>

class PrediktQmlSetup : public TwQuickTestSetup
{
    Q_OBJECT
protected:
    void prepare(QQmlEngine *) override
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TidewatchTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_predikt_qml"));
        QSettings().clear();
        if (m_server)
            return;
        SimConfig config;
        config.clockFactor = 100; // an update every 50 ms
        m_server = std::make_unique<SimServer>(config);
        m_server->addHandler(new PrediktSimHandler(m_server.get()));
        if (!m_server->listen())
            qFatal("the simulator could not listen");
        Profile demo;
        demo.id = QStringLiteral("demo-predikt");
        demo.name = QStringLiteral("Demo Predikt");
        demo.kind = Provider::Kind::Predikt;
        demo.url = QUrl(m_server->baseUrl().toString() + QStringLiteral("/api/v1/ws"));
        demo.auth = Auth::Method::SocketIoToken;
        demo.tier = QStringLiteral("STANDARD");
        demo.demo = true;
        PrediktWorkspace::instance()->start();
        ProfileStore::instance()->setDemoProfiles({demo});
    }

private:
    std::unique_ptr<SimServer> m_server;
};

TW_QUICK_TEST_MAIN_WITH_SETUP(tst_predikt_qml, "qml/predikt", PrediktQmlSetup)
#include "tst_predikt_qml.moc"
