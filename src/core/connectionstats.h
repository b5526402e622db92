#pragma once
// Traffic statistics of one connection, published about once a second.

#include <QMetaType>
#include <QtQml/qqmlregistration.h>

class ConnectionStats
{
    Q_GADGET
    QML_VALUE_TYPE(connectionStats)
    Q_PROPERTY(qint64 messagesIn MEMBER messagesIn)
    Q_PROPERTY(qint64 messagesOut MEMBER messagesOut)
    Q_PROPERTY(qint64 bytesIn MEMBER bytesIn)
    Q_PROPERTY(qint64 bytesOut MEMBER bytesOut)
    Q_PROPERTY(double messagesPerSecond MEMBER messagesPerSecond)
    Q_PROPERTY(qint64 lastMessageAgeMs MEMBER lastMessageAgeMs)
    Q_PROPERTY(int pingRoundTripMs MEMBER pingRoundTripMs)
    Q_PROPERTY(int reconnects MEMBER reconnects)
    Q_PROPERTY(qint64 uptimeMs MEMBER uptimeMs)

public:
    qint64 messagesIn = 0;
    qint64 messagesOut = 0;
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    double messagesPerSecond = 0;
    qint64 lastMessageAgeMs = -1; ///< -1 until the first message
    int pingRoundTripMs = -1;     ///< -1 until the first pong
    int reconnects = 0;
    qint64 uptimeMs = 0;          ///< time the current connection has been open, 0 when not open

    bool operator==(const ConnectionStats &o) const
    {
        return messagesIn == o.messagesIn && messagesOut == o.messagesOut && bytesIn == o.bytesIn
            && bytesOut == o.bytesOut && messagesPerSecond == o.messagesPerSecond
            && lastMessageAgeMs == o.lastMessageAgeMs && pingRoundTripMs == o.pingRoundTripMs
            && reconnects == o.reconnects && uptimeMs == o.uptimeMs;
    }
    bool operator!=(const ConnectionStats &o) const { return !(*this == o); }
};
