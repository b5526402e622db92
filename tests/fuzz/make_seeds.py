#!/usr/bin/env python3
# Writes the seed corpora under tests/fuzz/<target>/ from the tests' fixtures and the protocol
# documents' examples, plus the inputs that found undefined behaviour in issue 15.
import json, os, sys, hashlib
root = sys.argv[1]
out = os.path.join(root, 'tests', 'fuzz')
data = os.path.join(root, 'tests', 'data')

def put(target, name, content):
    d = os.path.join(out, target)
    os.makedirs(d, exist_ok=True)
    if isinstance(content, str):
        content = content.encode()
    with open(os.path.join(d, name), 'wb') as f:
        f.write(content)

def fixture(*parts):
    with open(os.path.join(data, *parts), 'rb') as f:
        return f.read()

def compact(b):
    return json.dumps(json.loads(b), separators=(',', ':'), ensure_ascii=False).encode()

# conyr: the fixtures are frames as the server sends them
for n in ['candle_event', 'pong', 'subscribed', 'unsubscribed', 'tick_event', 'tick_event_md', 'trade_event', 'ws_error_cap']:
    put('conyr', n + '.json', compact(fixture('conyr', n + '.json')))
put('conyr', 'huge_numbers.json', '{"channel":"trades:BTC-USD","data":{"id":1e19,"price":"1e300","size":1e300,"ts":1e300,"side":"buy"}}')

# allium: stream records, a control message, filters
allium = {
    'block.json': '{"number":21000001,"hash":"0xbb","parent_hash":"0xaa","timestamp":"2024-11-01T00:00:12","transaction_count":150}',
    'blocks_array.json': '[{"number":1,"hash":"0x1"},{"number":2,"hash":"0x2","parent_hash":"0x1"}]',
    'transaction.json': '{"block_number":"0x10","transaction_hash":"0xab","block_timestamp":1730419212,"value":"1000000000000000000"}',
    'wrapped_fill.json': '{"payload":{"coin":"BTC","px":"97000.5","time":1750476484151,"hash":"0x1"},"source":"hyperliquidinternal"}',
    'error.json': '{"error":"topic access denied"}',
    'issue15_number_1e19.json': '{"number":1e19,"hash":"0xbb","timestamp":1e300}',
    'issue15_strings.json': '{"number":"9223372036854775808","height":"0xffffffffffffffffff","timestamp":"1e300","slot":-1e19}',
    'control_start.json': '{"action":"start"}',
}
for n, c in allium.items():
    put('allium', n, c)
put('allium', 'hyperliquid-blocks.json', fixture('allium', 'hyperliquid-blocks.json').splitlines()[0])
filters = json.loads(fixture('allium', 'filters.json'))
for k, v in filters.items():
    if not k.startswith('_'):
        put('allium', 'filter_' + k + '.json', json.dumps(v, separators=(',', ':'), ensure_ascii=False))

# predikt: Socket.IO event arrays as they arrive ("message" + object) and the named forms
for n in ['billing', 'connected', 'error_rate_limit', 'pong', 'price_update', 'subscribed', 'unsubscribed']:
    o = json.loads(fixture('predikt', n + '.json'))
    put('predikt', n + '.json', json.dumps(['message', o], separators=(',', ':')))
put('predikt', 'price_update_numeric_ts.json', '["message",{"type":"price_update","symbol":"SOL","price":185.42,"source":"vwap","timestamp":1768651205000}]')
put('predikt', 'issue15_timestamp_1e300.json', '["message",{"type":"price_update","symbol":"SOL","price":1,"timestamp":1e300}]')
put('predikt', 'named_event.json', '["price_update",{"symbol":"BTC","price":97000.5,"timestamp":"2026-01-17T12:00:05.000Z"}]')
put('predikt', 'disconnecting.json', '["message",{"type":"disconnecting","reason":"INSUFFICIENT_BALANCE","message":"Insufficient balance"}]')

# socketio: Engine.IO frames and Socket.IO packets
sio = {
    'open.txt': '0{"sid":"lv_VI97HAXpY6yYWAAAC","upgrades":["websocket"],"pingInterval":25000,"pingTimeout":5000,"maxPayload":1000000}',
    'open_body.json': '{"sid":"lv_VI97HAXpY6yYWAAAC","upgrades":[],"pingInterval":25000,"pingTimeout":20000,"maxPayload":1000000}',
    'issue15_maxpayload_1e300.json': '{"sid":"s","upgrades":[],"pingInterval":25000,"pingTimeout":20000,"maxPayload":1e300}',
    'ping.txt': '2', 'pong.txt': '3', 'probe.txt': '2probe', 'close.txt': '1', 'noop.txt': '6',
    'connect.txt': '40/api/v1/ws,{"token":"t"}',
    'connected.txt': '40/api/v1/ws,{"sid":"abc"}',
    'connect_error.txt': '44/api/v1/ws,{"message":"unauthorized"}',
    'event.txt': '2["message",{"type":"price_update","symbol":"SOL","price":1}]',
    'event_ns_ack.txt': '2/api/v1/ws,12["subscribe",{"channel":"price","symbols":["SOL"]}]',
    'ack.txt': '3/api/v1/ws,12[{"ok":true}]',
    'binary_event.txt': '51-/api/v1/ws,["blob",{"_placeholder":true,"num":0}]',
    'disconnect.txt': '1/api/v1/ws,',
}
for n, c in sio.items():
    put('socketio', n, c)

# tweets: every documented frame, and the "@" author of issue 15
for n in ['connected', 'error', 'error_limit', 'filter_rule', 'monitor', 'ping', 'tweet_detected', 'tweet_nested']:
    put('tweets', n + '.json', compact(fixture('tweets', n + '.json')))
put('tweets', 'issue15_author_at.json', '{"type":"new_tweet","source":"monitor","monitor_id":"m","tweet_id":"1","author_username":"@","tweet_text":"x"}')
put('tweets', 'author_atat.json', '{"type":"new_tweet","source":"monitor","monitor_id":"m","tweet_id":"1","author_username":"@@x","tweet_text":"x"}')
put('tweets', 'id_as_number.json', '{"type":"new_tweet","source":"monitor","monitor_id":"m","tweet_id":1900000000000000001,"author_username":"a","tweet_text":"&amp; &lt;b&gt;","latency_ms":1e300}')

# recording: a header and frames as FrameRecording writes them, and broken ones
header = '{"format":"tidewatch-recording","version":1,"connection":"c","profileId":"p","provider":"generic","url":"wss://h/","startedAt":1700000000000}\n'
rec = {
    'two_frames.ndjson': header + '{"t":0,"frame":"{\\"a\\":1}"}\n{"t":5,"frame":"hello"}\n',
    'binary.ndjson': header + '{"t":1,"b64":"/wD+"}\n',
    'cut_off.ndjson': header + '{"t":1,"frame":"a"}\n{"t":2,"fra',
    'issue15_t_1e300.ndjson': header + '{"t":1e300,"frame":"x"}\n',
    'issue15_startedat_1e300.ndjson': header.replace('1700000000000', '1e300') + '{"t":1,"frame":"x"}\n',
    'backwards.ndjson': header + '{"t":9,"frame":"a"}\n{"t":3,"frame":"b"}\n',
}
for n, c in rec.items():
    put('recording', n, c)

# alertfiles: the rules fixtures and a history file
for n in ['rules-v1.json', 'rules-v2.json']:
    put('alertfiles', n, fixture('alerts', n))
put('alertfiles', 'history.json', '{"version":1,"alerts":[{"id":"a1","ruleId":"r1","ruleName":"BTC above","kind":"price-above","severity":"warning","provider":"predikt","source":"p","subject":"BTC","message":"BTC 100000","value":100000,"values":{"price":100000},"timestamp":1700000000000,"acknowledged":false}]}')
put('alertfiles', 'issue15_history_timestamp_1e300.json', '{"version":1,"alerts":[{"id":"a1","kind":"price-above","timestamp":1e300},{"id":"a2","kind":"price-above","timestamp":-1e19}]}')
