#pragma once
// Shared main() for Qt Quick Test executables: a QApplication (ChartView needs one), the
// Tidewatch QML module on the import path (Qt 6.4 does not search qrc:/qt/qml itself), and
// an optional hook that puts test fixtures into the engine.
//
//   TW_QUICK_TEST_MAIN(tst_streams_qml, "qml/streams")      // directory under tests/
//   TW_QUICK_TEST_MAIN_WITH_SETUP(tst_x_qml, "qml/x", MySetup) // MySetup derives TwQuickTestSetup

#include <QApplication>
#include <QObject>
#include <QQmlEngine>
#include <QtQuickTest/quicktest.h>

class TwQuickTestSetup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine);

protected:
    /// Override to add fixtures (e.g. engine->rootContext() is NOT used; set singletons'
    /// contents through their C++ instances instead).
    virtual void prepare(QQmlEngine *engine) { Q_UNUSED(engine) }
    /// For a prepare() that fills singletons (they outlive each test file's engine): true the
    /// first time only, after pointing the application's data and settings at test locations
    /// of its own (applicationName) and emptying them.
    bool isolateOnce(const char *applicationName);

private:
    bool m_isolated = false;
};

int twQuickTestMain(int argc, char **argv, const char *name, const char *dir, TwQuickTestSetup *setup);

#define TW_QUICK_TEST_MAIN_WITH_SETUP(name, dir, SetupClass)                                        \
    int main(int argc, char **argv)                                                                 \
    {                                                                                               \
        QApplication app(argc, argv);                                                               \
        SetupClass setup;                                                                           \
        return twQuickTestMain(argc, argv, #name, TW_SOURCE_DIR "/tests/" dir, &setup);           \
    }

#define TW_QUICK_TEST_MAIN(name, dir) TW_QUICK_TEST_MAIN_WITH_SETUP(name, dir, TwQuickTestSetup)
