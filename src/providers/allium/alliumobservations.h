#pragma once
// Allium stream records as Observations: blocks carry "block" for gap rules (and
// "resumed" on the first record after a pause, where a gap rule starts over); every record
// keeps its numeric fields as metrics, its strings as texts and its whole object for filter
// rules; pausing and resuming are observations of their own ("paused", "resumed"), so
// stale rules do not count paused time. Built from what AlliumStreamClient delivers (started, filtered, annotated).

#include "alliumcodec.h"
#include "core/observation.h"

class AlliumStreamClient;

namespace AlliumObservations {

/// The client's observations (a child of the client); source is its connection's name.
ObservationSource *attach(AlliumStreamClient *client);

Observation fromRecord(const QString &source, const QString &topic, const AlliumRecord &record);
/// "paused" or "resumed": the user stopped or started the stream (no metrics, no record).
Observation pauseObservation(const QString &source, const QString &topic, bool paused);

} // namespace AlliumObservations
