#pragma once
// Conyr's typed events as Observations for alerts and the dashboard: trades and ticks
// (price, size, value) per mint, candles (open/high/low/close; volume only once a bar has
// closed, so spike rules compare whole bars) per mint and interval, and untyped channels
// as records. Built from what ConyrClient delivers, after its de-duplication.

#include "conyrcodec.h"
#include "core/observation.h"

class ConyrClient;

namespace ConyrObservations {

/// The client's observations (a child of the client); source is its connection's name.
ObservationSource *attach(ConyrClient *client);

Observation fromTrade(const QString &source, const QString &channel, const Conyr::Trade &trade);
Observation fromTick(const QString &source, const QString &channel, const Conyr::Tick &tick);
Observation fromCandle(const QString &source, const QString &channel, const Conyr::Candle &candle);
/// An untyped channel's object payload; nullopt for anything else.
std::optional<Observation> fromGeneric(const QString &source, const QString &channel, const QJsonValue &data);

} // namespace ConyrObservations
