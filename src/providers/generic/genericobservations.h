#pragma once
// A generic endpoint's records as Observations: numeric fields become metrics (a block's
// "number" also "block"), strings texts, the object the record; the kind from "type"; the
// subject from topic/symbol/channel/chain, else the URL's topic, else the connection.

#include "core/observation.h"

#include <QJsonObject>

class Connection;
class GenericClient;

namespace GenericObservations {

/// The client's observations (a child of the client).
ObservationSource *attach(GenericClient *client);

Observation fromRecord(const Connection &connection, const QJsonObject &record);

} // namespace GenericObservations
