#pragma once
// What the alert engine's tests share: an engine on a test clock and a spy on its alerts,
// made new for each test function (startEngine() in init(), stopEngine() in cleanup()).

#include "alerts/alertengine.h"

#include <QObject>
#include <QSignalSpy>

class AlertEngineTest : public QObject
{
protected:
    static constexpr qint64 StartMs = 1'700'000'000'000;

    AlertEngine *engine = nullptr;
    QSignalSpy *spy = nullptr;
    qint64 clock = StartMs; ///< the engine's "now"; a test moves it

    void startEngine()
    {
        qRegisterMetaType<Alert>();
        engine = new AlertEngine;
        engine->setClock([this] { return clock; });
        spy = new QSignalSpy(engine, &AlertEngine::alertRaised);
    }
    void stopEngine()
    {
        delete spy;
        spy = nullptr;
        delete engine;
        engine = nullptr;
    }
    /// Every alert raised so far, oldest first.
    QList<Alert> alerts() const
    {
        QList<Alert> out;
        for (const auto &args : *spy)
            out << args.at(0).value<Alert>();
        return out;
    }
};
