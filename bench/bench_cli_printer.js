// The Node.js printer bench_cli compares tidewatch-cli against: what a user would script
// instead. A `ws` client that parses every message and prints it as one JSON line (with a
// receive time, like the CLI's events), then exits after N messages.
//
//   NODE_PATH=tests/peers/node_modules TW_BENCH_HEADERS='{"x-api-key":"…"}' \
//       node bench_cli_printer.js URL COUNT [SEND_JSON]
//
// SEND_JSON (optional) is sent once the socket is open (e.g. Allium's {"action":"start"} or a
// Conyr subscribe). Headers (the key) come from the environment, never from the command
// line. Control messages (a subscribe confirmation, "connected") are printed too but not
// counted; see isControl().
'use strict';
const WebSocket = require('ws');

const [url, countText, send] = process.argv.slice(2);
const headers = process.env.TW_BENCH_HEADERS;
const count = Number(countText);
if (!url || !(count > 0)) {
    process.stderr.write('usage: bench_cli_printer.js URL COUNT [SEND_JSON]\n');
    process.exit(2);
}

function isControl(o) {
    if (o === null || typeof o !== 'object')
        return false;
    if (typeof o.op === 'string')
        return true; // Conyr's subscribed / error / pong
    return o.type === 'connected' || o.type === 'ping';
}

let seen = 0;
const ws = new WebSocket(url, { headers: headers ? JSON.parse(headers) : {}, perMessageDeflate: false });
ws.on('open', () => {
    if (send)
        ws.send(send);
});
ws.on('message', (data) => {
    const o = JSON.parse(data);
    process.stdout.write(JSON.stringify({ t: Date.now(), source: 'node', kind: 'data', data: o }) + '\n');
    if (!isControl(o) && ++seen >= count)
        ws.terminate();
});
// Exit once stdout has drained (process.exit() could drop what a pipe has not taken yet).
ws.on('close', () => {
    process.exitCode = seen >= count ? 0 : 1;
});
ws.on('error', (e) => {
    process.stderr.write(`bench_cli_printer: ${e.message}\n`);
    process.exit(1);
});
