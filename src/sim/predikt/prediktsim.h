#pragma once
// The Predikt simulator: a Socket.IO server on the simulator's port (engine path
// /socket.io/, namespace /api/v1/ws) with Predikt's behaviour.
//
// Options (SimConfig::options, `tidewatch-sim --option NAME=VALUE`):
//   predikt.tier=STANDARD|PRO|ENTERPRISE     connection and symbol caps
//   predikt.balance=50.00, predikt.hourlyFee=0.10   account balance and the hourly charge
//   predikt.billingIntervalMs=3600000        simulated ms between charges (the first hour is
//                                            charged when a connection opens)
//   predikt.updateIntervalMs=5000            simulated ms between price updates
//   predikt.pingInterval=25000, predikt.pingTimeout=20000   Engine.IO heartbeat (real ms)
//   predikt.idleCloseMs=60000                real ms without client activity before closing
//   predikt.fail=INVALID_API_KEY|PERMISSION_DENIED|ACCOUNT_NOT_FOUND|INSUFFICIENT_BALANCE|
//                RATE_LIMIT_EXCEEDED|INVALID_SYMBOL   force an error code
//   predikt.authErrorVia=message|connect_error   how connection refusals are sent
//   predikt.invalidSymbols=FOO,BAR           symbols the simulator does not know
//   predikt.flood=N (or ?flood=N on the URL)  N price updates as fast as the socket drains
//   predikt.path=/socket.io/, predikt.namespace=/api/v1/ws
//   predikt.noWebsocketKeys=K1,K2            keys without the websocket permission (as new keys
//                                            are): refused with PERMISSION_DENIED
//   predikt.variant=V1,V2                    documented-but-varying shapes, for tests:
//       number-amounts  billing amounts as JSON numbers instead of the documented strings
//       string-price    price_update's price as a string instead of a number
//       minimal         optional fields left out (timestamp, source, message, accountId)
//
// Strict peer: only the documented shapes are sent, and only the documented ways to present
// the key are accepted: ?api_key=, Authorization: Bearer (a bare key is accepted, as the
// authentication page says) and the Socket.IO auth payload {token}.

#include "sim/simhandler.h"

class SimServer;

/// Adds the Predikt WebSocket (and, where the provider has one, REST) handlers.
void installPrediktSimulator(SimServer &server);
