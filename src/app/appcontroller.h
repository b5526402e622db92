#pragma once
// Application-wide state the shell needs: demo mode and the in-process simulator.

#include "core/profile.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>
#include <memory>

class SimServer;
struct SimConfig;
class QQmlEngine;
class QJSEngine;

/// Starts the app: loads profiles, and with none configured (or --demo) starts the
/// simulator in-process on a loopback port and installs demo profiles against it.
class AppController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool demoMode READ demoMode NOTIFY demoModeChanged)
    Q_PROPERTY(QUrl simulatorUrl READ simulatorUrl NOTIFY demoModeChanged)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString startupError READ startupError NOTIFY startupErrorChanged)

public:
    static AppController *instance();
    static AppController *create(QQmlEngine *, QJSEngine *);

    /// Loads profiles and decides on demo mode (forced by forceDemo).
    void start(bool forceDemo);
    /// Starts the in-process simulator (if not running) and returns its base URL.
    QUrl startSimulator();
    /// The built-in simulator's settings: real time with busier sources, or the clock factor
    /// of TIDEWATCH_DEMO_CLOCK when it is set.
    static SimConfig demoSimConfig();

    bool demoMode() const { return m_demoMode; }
    QUrl simulatorUrl() const;
    QString version() const;
    QString startupError() const { return m_startupError; }
    SimServer *simulator() const { return m_simulator.get(); }
    /// The demo profiles against a simulator at base: one per provider kind plus the
    /// generic demo stream. Their key is Profile::DemoKey; they are never saved.
    static QList<Profile> demoProfiles(const QUrl &base);

    /// Leaves demo mode once the user has added a real profile (keeps the demo profiles
    /// until the next start).
    Q_INVOKABLE void leaveDemoMode();

Q_SIGNALS:
    void demoModeChanged();
    void startupErrorChanged();

private:
    explicit AppController(QObject *parent = nullptr);

    std::unique_ptr<SimServer> m_simulator;
    bool m_demoMode = false;
    QString m_startupError;
};
