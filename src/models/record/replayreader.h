#pragma once
// The provider client that reads a replay: a recording replayed into a connection no live
// client reads (its connection is gone, or the CLI replays a file) is decoded by the same
// client class as the live run, so a replay validates, de-duplicates and reports exactly
// what the live run did. The alert engine reads the client's observations.

#include <QString>

class Connection;
class ObservationSource;

namespace ReplayReader {

/// Creates the client of providerId (Provider::toId) over connection, as a child of the
/// connection, and returns its observations (a child of the client). The connection's URL
/// is the recorded one: a stream's topic is read from it. Returns nullptr with *why set
/// for a provider without observations (the Allium API) or an unknown one.
ObservationSource *create(const QString &providerId, Connection *connection, QString *why = nullptr);

} // namespace ReplayReader
