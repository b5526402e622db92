#include "connectionstates.h"

#include "connection.h"

#include <QCoreApplication>
#include <QJSEngine>

ConnectionStates *ConnectionStates::instance()
{
    static ConnectionStates *states = new ConnectionStates(qApp);
    return states;
}

ConnectionStates *ConnectionStates::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(instance(), QJSEngine::CppOwnership);
    return instance();
}

ConnectionStates::ConnectionStates(QObject *parent)
    : QObject(parent)
{
}

QString ConnectionStates::textOf(int state)
{
    // The "ConnectionRegistry" context keeps the translations these words had when the
    // registry owned them.
    switch (Connection::State(state)) {
    case Connection::State::Idle: return QCoreApplication::translate("ConnectionRegistry", "Idle");
    case Connection::State::Connecting: return QCoreApplication::translate("ConnectionRegistry", "Connecting");
    case Connection::State::Open: return QCoreApplication::translate("ConnectionRegistry", "Open");
    case Connection::State::Reconnecting: return QCoreApplication::translate("ConnectionRegistry", "Reconnecting");
    case Connection::State::Closed: return QCoreApplication::translate("ConnectionRegistry", "Closed");
    case Connection::State::Failed: return QCoreApplication::translate("ConnectionRegistry", "Failed");
    }
    return {};
}

ConnectionStates::Tone ConnectionStates::toneOf(int state)
{
    switch (Connection::State(state)) {
    case Connection::State::Open: return Tone::Good;
    case Connection::State::Connecting:
    case Connection::State::Reconnecting: return Tone::Pending;
    case Connection::State::Failed: return Tone::Bad;
    case Connection::State::Idle:
    case Connection::State::Closed: return Tone::Neutral;
    }
    return Tone::Neutral;
}
