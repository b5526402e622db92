#pragma once
// The Tweets simulator: adds its handlers to a SimServer.

class SimServer;

/// Adds the Tweets WebSocket (and, where the provider has one, REST) handlers.
void installTweetsSimulator(SimServer &server);
