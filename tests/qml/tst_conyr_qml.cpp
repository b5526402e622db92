#include "qml/quicktestsupport.h"

#include "conyrworkspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QStandardPaths>
#include <QTimer>

// The chart tests create alert rules through AlertCenter: keep its files in test locations.
class ConyrQmlSetup : public TwQuickTestSetup
{
    Q_OBJECT
protected:
    void prepare(QQmlEngine *) override
    {
        // Called for each test file's engine; the singletons outlive them: fill them once.
        if (!isolateOnce("tst_conyr_qml"))
            return;
        // A trade every 200 ms into the Markets tape, as the workspace adds its chart token's
        // (tst_marketspause.qml pauses and resumes it).
        TradeTapeModel *tape = ConyrWorkspace::instance()->tape();
        auto *feeder = new QTimer(tape);
        auto next = std::make_shared<qint64>(0);
        QObject::connect(feeder, &QTimer::timeout, tape, [tape, next] {
            Conyr::Trade t;
            t.ts = QDateTime::currentMSecsSinceEpoch();
            t.id = QStringLiteral("qml%1:0").arg(++*next);
            t.price = 150 + double(*next % 7);
            t.size = 1;
            t.side = *next % 2 ? Conyr::Side::Buy : Conyr::Side::Sell;
            tape->add(t, QStringLiteral("SOL"));
        });
        feeder->start(200);
    }
};

TW_QUICK_TEST_MAIN_WITH_SETUP(tst_conyr_qml, "qml/conyr", ConyrQmlSetup)

#include "tst_conyr_qml.moc"
