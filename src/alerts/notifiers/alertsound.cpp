#include "alertsound.h"

#include <QApplication>
#include <QTimer>

namespace {
constexpr int AlarmBeeps = 3;
constexpr int BeepGapMs = 350; // apart enough to be heard as three
} // namespace

AlertSound::AlertSound(QObject *parent)
    : QObject(parent)
{
}

int AlertSound::beepsFor(const QString &choice, bool globalSwitch)
{
    if (choice.isEmpty() || choice == QLatin1String("default"))
        return globalSwitch ? 1 : 0;
    if (choice == QLatin1String("beep"))
        return 1;
    if (choice == QLatin1String("alarm"))
        return AlarmBeeps;
    return 0; // "none"
}

bool AlertSound::isChoice(const QString &choice)
{
    return choice.isEmpty() || choice == QLatin1String("default") || choice == QLatin1String("none")
        || choice == QLatin1String("beep") || choice == QLatin1String("alarm");
}

QVariantList AlertSound::choices()
{
    auto item = [](const char *id, const QString &label) {
        return QVariantMap{{QStringLiteral("id"), QString::fromLatin1(id)}, {QStringLiteral("label"), label}};
    };
    return {
        item("", tr("Default (the “Play a sound” setting)")),
        item("none", tr("None")),
        item("beep", tr("System beep")),
        item("alarm", tr("Alarm (three beeps)")),
    };
}

void AlertSound::play(const QString &choice, bool globalSwitch)
{
    const int beeps = beepsFor(choice, globalSwitch);
    if (beeps > 0)
        beepLater(beeps);
}

void AlertSound::beepLater(int remaining)
{
    ++m_played;
    if (qobject_cast<QApplication *>(QCoreApplication::instance()))
        QApplication::beep();
    if (remaining > 1)
        QTimer::singleShot(BeepGapMs, this, [this, remaining] { beepLater(remaining - 1); });
}
