// The real socket.io server (npm "socket.io") as a peer for tst_socketio_peer.
// Usage: node server.js [--port 0] [--namespace /api/v1/ws] [--token peer-token]
//                       [--ping-interval ms] [--ping-timeout ms] [--path /socket.io/]
// Prints {"listening":<port>} once ready, then one JSON line per noteworthy event.
'use strict';
const http = require('http');
const { Server } = require('socket.io');

function arg(name, fallback) {
  const i = process.argv.indexOf('--' + name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const port = Number(arg('port', '0'));
const nspName = arg('namespace', '/api/v1/ws');
const token = arg('token', 'peer-token');
const log = (o) => process.stdout.write(JSON.stringify(o) + '\n');

const httpServer = http.createServer();
const io = new Server(httpServer, {
  path: arg('path', '/socket.io/'),
  transports: ['websocket'],
  pingInterval: Number(arg('ping-interval', '25000')),
  pingTimeout: Number(arg('ping-timeout', '20000')),
});

let connections = 0;
const nsp = io.of(nspName);

// Every documented way to present the key: auth payload, Authorization: Bearer, api_key.
nsp.use((socket, next) => {
  const hs = socket.handshake;
  const bearer = (hs.headers.authorization || '').replace(/^Bearer\s+/i, '');
  const presented = (hs.auth && hs.auth.token) || bearer || hs.query.api_key || '';
  if (presented !== token) {
    const err = new Error('INVALID_API_KEY');
    err.data = { code: 'INVALID_API_KEY', detail: 'Missing or invalid API key' };
    log({ rejected: presented ? 'wrong' : 'missing' });
    return next(err);
  }
  next();
});

nsp.on('connection', (socket) => {
  connections += 1;
  let pongs = 0;
  socket.conn.on('packet', (packet) => {
    if (packet.type === 'pong') pongs += 1;
  });
  log({ connected: socket.id, connections });
  socket.emit('welcome', { sid: socket.id, connections });

  socket.on('echo', (...args) => {
    const ack = typeof args[args.length - 1] === 'function' ? args.pop() : null;
    if (ack) ack(...args);
    else socket.emit('echoed', ...args);
  });
  socket.on('ask', (question) => {
    socket.timeout(5000).emit('question', question, (err, answer) => {
      socket.emit('answer', err ? { error: String(err) } : answer);
    });
  });
  socket.on('pongs', (ack) => { if (typeof ack === 'function') ack(pongs); });
  socket.on('binary', () => socket.emit('blob', Buffer.from([1, 2, 3, 4]), { name: 'four bytes' }));
  socket.on('kick', () => socket.disconnect(true));
  socket.on('drop', () => socket.conn.close());
  socket.on('disconnect', (reason) => log({ disconnected: socket.id, reason }));
});

httpServer.listen(port, '127.0.0.1', () => log({ listening: httpServer.address().port }));
process.on('SIGTERM', () => process.exit(0));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
