#include "replayreader.h"

#include "core/connection.h"
#include "core/profile.h"
#include "providers/allium/alliumobservations.h"
#include "providers/allium/alliumstreamclient.h"
#include "providers/conyr/conyrclient.h"
#include "providers/conyr/conyrobservations.h"
#include "providers/generic/genericclient.h"
#include "providers/generic/genericobservations.h"
#include "providers/predikt/prediktclient.h"
#include "providers/predikt/prediktobservations.h"
#include "providers/tweets/tweetsclient.h"
#include "providers/tweets/tweetsobservations.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace ReplayReader {

ObservationSource *create(const QString &providerId, Connection *connection, QString *why)
{
    using Provider::Kind;
    const Kind kind = Provider::fromId(providerId, Kind::AlliumApi);
    if (Provider::toId(kind) != providerId) {
        if (why)
            *why = QCoreApplication::translate("ReplayReader", "Unknown provider “%1”").arg(providerId);
        return nullptr;
    }
    switch (kind) {
    case Kind::Generic:
        return GenericObservations::attach(new GenericClient(connection, connection));
    case Kind::AlliumStream: {
        const QString topicName = QUrlQuery(connection->config().url).queryItemValue(QStringLiteral("topic"));
        const std::optional<AlliumTopic> topic = AlliumTopic::parse(topicName);
        auto *client = new AlliumStreamClient(connection, topic.value_or(AlliumTopic()), connection);
        client->start(); // the recording holds what the live client let through
        return AlliumObservations::attach(client);
    }
    case Kind::Conyr: {
        ConyrClientOptions options;
        options.tier = QStringLiteral("enterprise"); // the recording is what the live tier allowed
        options.appPingMs = 0;
        options.backfillBars = 0;
        options.adoptChannels = true;
        return ConyrObservations::attach(new ConyrClient(connection, options, connection));
    }
    case Kind::Predikt: {
        PrediktClientOptions options;
        options.tier = Predikt::tierByName(QStringLiteral("ENTERPRISE"));
        options.socketIo.reader = true;
        return PrediktObservations::attach(new PrediktClient(connection, options, connection));
    }
    case Kind::Tweets: {
        TweetsClientOptions options;
        options.answerPings = false;
        return TweetsObservations::attach(new TweetsClient(connection, options, connection));
    }
    case Kind::AlliumApi:
    case Kind::Relay: // a relay's frames are replayed by the provider connections it feeds
        break;
    }
    if (why)
        *why = QCoreApplication::translate("ReplayReader", "%1 recordings hold API replies, which no alert rule reads")
                   .arg(Provider::label(kind));
    return nullptr;
}

} // namespace ReplayReader
