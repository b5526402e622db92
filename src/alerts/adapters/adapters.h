#pragma once
// Frame decoders of the providers for the alert engine: each turns one incoming frame of
// its provider's connection into Observations, through the provider's own pure codec.

#include "alerts/observation.h"

#include <QList>

class Connection;

QList<Observation> tweetsObservations(const QByteArray &frame, const Connection &connection);
