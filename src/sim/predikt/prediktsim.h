#pragma once
// The Predikt simulator: adds its handlers to a SimServer.

class SimServer;

/// Adds the Predikt WebSocket (and, where the provider has one, REST) handlers.
void installPrediktSimulator(SimServer &server);
