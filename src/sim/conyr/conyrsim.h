#pragma once
// The Conyr simulator: adds its handlers to a SimServer.

class SimServer;

/// Adds the Conyr WebSocket (and, where the provider has one, REST) handlers.
void installConyrSimulator(SimServer &server);
