#pragma once
// The generic demo stream (/demo/stream): block-like JSON records on the simulated clock,
// so the shell shows a live connection before any provider is configured.
// Query: interval=<simulated ms> (default 2000), flood=<n> sends n records as fast as the
// socket drains (benchmarks), key=required makes the stream check the API key.

#include "simhandler.h"

class DemoStreamHandler : public SimHandler
{
    Q_OBJECT
public:
    explicit DemoStreamHandler(SimServer *server);

    bool acceptsPath(const QString &path) const override;
    void acceptSocket(QWebSocket *socket) override;

    /// A ~400-byte block-like record for the given number (deterministic).
    static QByteArray makeRecord(qint64 number, qint64 timestampMs);
    /// The hash of a demo block: distinct per number, "0x" and 64 hex digits.
    static QByteArray blockHash(qint64 number);
};
