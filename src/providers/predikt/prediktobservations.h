#pragma once
// Predikt's typed events as Observations: prices ("price", metric price) and billing
// notices ("billing", metrics balance and amount, exact amounts as texts for the balance
// forecast). Built from what PrediktClient delivers.

#include "core/observation.h"
#include "prediktcodec.h"

class PrediktClient;

namespace PrediktObservations {

/// The client's observations (a child of the client); source is its connection's name.
ObservationSource *attach(PrediktClient *client);

Observation fromTick(const QString &source, const Predikt::PriceTick &tick);
Observation fromBilling(const QString &source, const Predikt::BillingNotice &notice);

} // namespace PrediktObservations
