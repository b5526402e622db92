#include "chartoptions.h"

#include <QSettings>
#include <algorithm>

ChartOptions::ChartOptions(QObject *parent)
    : QObject(parent)
{
}

void ChartOptions::setSettingsGroup(const QString &group)
{
    if (m_group == group)
        return;
    m_group = group;
    if (!m_group.isEmpty()) {
        QSettings settings;
        settings.beginGroup(m_group);
        m_log = settings.value(QStringLiteral("logScale"), false).toBool();
        m_vwap = settings.value(QStringLiteral("vwap"), false).toBool();
        m_ema = settings.value(QStringLiteral("ema"), false).toBool();
        bool ok = false;
        const int period = settings.value(QStringLiteral("emaPeriod"), DefaultEmaPeriod).toInt(&ok);
        // A hand-edited or foreign value falls back to the default rather than a nonsense line.
        m_period = ok && period >= minEmaPeriod() && period <= maxEmaPeriod() ? period : DefaultEmaPeriod;
    }
    Q_EMIT changed();
}

void ChartOptions::save(const char *key, const QVariant &value) const
{
    if (m_group.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(m_group);
    settings.setValue(QLatin1String(key), value);
}

void ChartOptions::setLogScale(bool on)
{
    if (m_log == on)
        return;
    m_log = on;
    save("logScale", on);
    Q_EMIT changed();
}

void ChartOptions::setShowVwap(bool on)
{
    if (m_vwap == on)
        return;
    m_vwap = on;
    save("vwap", on);
    Q_EMIT changed();
}

void ChartOptions::setShowEma(bool on)
{
    if (m_ema == on)
        return;
    m_ema = on;
    save("ema", on);
    Q_EMIT changed();
}

void ChartOptions::setEmaPeriod(int period)
{
    period = std::clamp(period, minEmaPeriod(), maxEmaPeriod());
    if (m_period == period)
        return;
    m_period = period;
    save("emaPeriod", period);
    Q_EMIT changed();
}
