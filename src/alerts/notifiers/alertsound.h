#pragma once
// A rule's sound. This build has no Qt Multimedia (Debian's qt6-multimedia-dev is not a
// dependency), so there are no sound files to play: the choices are the system beep
// (QApplication::beep, the bell of the desktop's sound theme) once or three times, or none.
//
//   ""        "default": the global "Play a sound" switch decides (one beep), as before
//   "none"    never, whatever the switch says
//   "beep"    one beep, also with the switch off
//   "alarm"   three beeps (for alerts that must not be missed), also with the switch off

#include <QObject>
#include <QString>
#include <QVariantList>

class AlertSound : public QObject
{
    Q_OBJECT

public:
    explicit AlertSound(QObject *parent = nullptr);

    /// How many beeps a rule's choice gives with the global switch on or off.
    static int beepsFor(const QString &choice, bool globalSwitch);
    static bool isChoice(const QString &choice);
    /// [{id, label}] for the rule editor.
    static QVariantList choices();

    /// Plays the choice (nothing without a QApplication, e.g. in the CLI or tests).
    void play(const QString &choice, bool globalSwitch);
    /// Beeps requested so far (tests read it; the beep itself cannot be heard headless).
    int played() const { return m_played; }

private:
    void beepLater(int remaining);

    int m_played = 0;
};
