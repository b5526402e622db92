#pragma once
// The Allium simulator: adds its handlers to a SimServer.

class SimServer;

/// Adds the Allium WebSocket (and, where the provider has one, REST) handlers.
void installAlliumSimulator(SimServer &server);
