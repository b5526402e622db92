#pragma once
// The one text and colour role of a Connection::State, for every page, tile, tray and CLI text.

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

/// What a connection state means to a person: its translated word and the role of the colour
/// it is drawn in. QML reads it as the `ConnectionStates` singleton
/// (`ConnectionStates.text(connection.state)`, `Theme.toneColor(ConnectionStates.tone(state))`),
/// C++ through the static functions; no page keeps a vocabulary of its own.
class ConnectionStates : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    /// The colour role of a state; the theme turns a role into a colour for light and dark.
    enum class Tone {
        Neutral, ///< nothing is happening (idle, closed on purpose)
        Good,    ///< data flows (open)
        Pending, ///< on its way (connecting, waiting to reconnect)
        Bad,     ///< stopped by an error that is not retried
    };
    Q_ENUM(Tone)

    static ConnectionStates *instance();
    static ConnectionStates *create(QQmlEngine *, QJSEngine *);

    /// The translated word for a Connection::State given as int ("Open", "Reconnecting" …);
    /// empty for a value that is not a state.
    static QString textOf(int state);
    /// The colour role of a Connection::State given as int; Neutral for a value that is not a state.
    static Tone toneOf(int state);

    Q_INVOKABLE QString text(int state) const { return textOf(state); }
    Q_INVOKABLE ConnectionStates::Tone tone(int state) const { return toneOf(state); }

private:
    /// Not default-constructible on purpose: Qt 6.4 would construct a second instance for QML
    /// instead of calling create().
    explicit ConnectionStates(QObject *parent);
};
