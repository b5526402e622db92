#pragma once
// Frame decoders of the providers for the alert engine: each turns one incoming frame of
// its provider's connection into Observations, through the provider's own pure codec.

#include "alerts/observation.h"

#include <QList>

class Connection;

#include <QJsonObject>
#include <QVariantMap>

QList<Observation> tweetsObservations(const QByteArray &frame, const Connection &connection);
QList<Observation> alliumStreamObservations(const QByteArray &frame, const Connection &connection);
QList<Observation> conyrObservations(const QByteArray &frame, const Connection &connection);

/// Predikt registers its own decoder (src/app/predikt/prediktalertfeed.cpp); the CLI calls
/// this before it runs rules without the app's workspaces.
void registerPrediktAlertDecoder();

/// RecordMatch rules use the Allium filter language (AlliumFilter) over any record.
bool alliumRecordFilter(const QJsonObject &filter, const QVariantMap &record, QString *error);
