// Qt Quick tests of the Allium pages with populated models (no network): the Streams
// controller's model gets blocks with a gap marker, the API history a request with its reply.

#include "app/allium/alliumconsole.h"
#include "app/allium/alliumstreams.h"
#include "qml/quicktestsupport.h"

#include <QJsonArray>

class AlliumPagesSetup : public TwQuickTestSetup
{
    Q_OBJECT
protected:
    void prepare(QQmlEngine *) override
    {
        // Called once per QML file (a fresh engine each): start from the same state.
        AlliumStreams *streams = AlliumStreams::instance();
        AlliumConsole *console = AlliumConsole::instance();
        streams->model()->setTopic(*AlliumTopic::parse(QStringLiteral("ethereum.blocks")));
        console->history()->clear();
        QList<AlliumRecord> records;
        for (int i = 0; i < 25; ++i) {
            AlliumRecord r;
            r.sequence = i + 1;
            r.kind = AlliumTopic::Kind::Blocks;
            r.blockNumber = 21000000 + i + (i >= 10 ? 2 : 0);
            r.hash = QStringLiteral("0x%1").arg(r.blockNumber, 64, 16, QLatin1Char('0'));
            r.timestampMs = 1730419200000LL + i * 12000;
            r.raw = {{QStringLiteral("number"), r.blockNumber}, {QStringLiteral("hash"), r.hash},
                     {QStringLiteral("transaction_count"), 150 + i}, {QStringLiteral("gas_used"), QStringLiteral("14000000")},
                     {QStringLiteral("base_fee_per_gas"), QStringLiteral("9000000000")}, {QStringLiteral("miner"), QStringLiteral("0x95222290dd7278aa3ddd389cc1e1d165cc4bafe5")}};
            if (i == 10) {
                r.gapBefore = 2;
                r.note = QStringLiteral("Gap: 2 blocks missing (#21000010–#21000011)");
            }
            records << r;
        }
        streams->model()->appendRecords(records);
        streams->model()->flush();

        AlliumApiRequest request;
        request.id = QStringLiteral("qml-1");
        request.method = QStringLiteral("GET");
        request.path = QStringLiteral("/api/v1/developer/assets");
        request.body = {{QStringLiteral("blockchain"), QStringLiteral("ethereum")}};
        request.hasBody = true;
        console->history()->addRequest(request);
        AlliumApiResponse response;
        response.id = request.id;
        response.status = QStringLiteral("success");
        response.roundTripMs = 7;
        response.data = QJsonObject{{QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("symbol"), QStringLiteral("ETH")}}}},
                                    {QStringLiteral("count"), 1}};
        console->history()->setResponse(response);
        console->showHistory(0);
    }
};

TW_QUICK_TEST_MAIN_WITH_SETUP(tst_allium_qml, "qml/allium", AlliumPagesSetup)
#include "tst_allium_qml.moc"
