// The real socket.io client (npm "socket.io-client") against Tidewatch's Predikt simulator,
// driven by tst_predikt_simpeer. Prints one JSON line per step; exits 0 when the scenario
// completed, 1 otherwise.
// Usage: node client.js --url ws://127.0.0.1:PORT/api/v1/ws --token KEY [--scenario feed|badkey|billing]
'use strict';
const { io } = require('socket.io-client');

function arg(name, fallback) {
  const i = process.argv.indexOf('--' + name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}
const log = (o) => process.stdout.write(JSON.stringify(o) + '\n');
const scenario = arg('scenario', 'feed');
const done = (ok, why) => {
  log({ done: ok, why });
  process.exit(ok ? 0 : 1);
};
setTimeout(() => done(false, 'timeout'), Number(arg('timeout', '15000')));

const socket = io(arg('url'), {
  path: arg('path', '/socket.io/'),
  transports: ['websocket'],
  auth: { token: arg('token', '') },
  reconnection: false,
});

const seen = new Set();
socket.on('connect', () => log({ connect: socket.id }));
socket.on('connect_error', (err) => {
  log({ connect_error: err.message, data: err.data || null });
  if (scenario === 'badkey') done(true, 'connect_error');
  else done(false, 'connect_error ' + err.message);
});
socket.on('disconnect', (reason) => {
  log({ disconnect: reason });
  if (scenario === 'badkey' && seen.has('error:INVALID_API_KEY') && reason === 'io server disconnect') done(true, reason);
  if (scenario === 'billing' && seen.has('disconnecting') && reason === 'io server disconnect') done(true, reason);
  if (scenario === 'feed' && seen.has('unsubscribed') && reason === 'io client disconnect') done(true, reason);
});
socket.on('message', (m) => {
  log({ message: m });
  if (m.type === 'error') seen.add('error:' + m.code);
  if (m.type === 'disconnecting') seen.add('disconnecting');
  if (scenario !== 'feed') return;
  if (m.type === 'connected') {
    if (!m.accountId || !m.connectionId) done(false, 'connected without ids');
    socket.emit('subscribe', { channel: 'price', symbols: ['SOL', 'BTC'] }, (ack) => log({ subscribeAck: ack }));
  }
  if (m.type === 'price_update') {
    if (typeof m.price !== 'number' || m.source !== 'vwap' || !m.timestamp) done(false, 'bad price_update');
    seen.add('price:' + m.symbol);
    if (seen.has('price:SOL') && seen.has('price:BTC') && !seen.has('pinged')) {
      seen.add('pinged');
      socket.emit('ping');
    }
  }
  if (m.type === 'pong' && !seen.has('unsubscribing')) {
    seen.add('unsubscribing');
    socket.emit('message', { action: 'unsubscribe', channel: 'price', symbols: ['BTC'] });
  }
  if (m.type === 'unsubscribed') {
    if (JSON.stringify(m.symbols) !== '["BTC"]') done(false, 'unsubscribed ' + JSON.stringify(m.symbols));
    seen.add('unsubscribed');
    socket.disconnect();
  }
});
