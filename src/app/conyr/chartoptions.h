#pragma once
// What a person chose for a chart (price scale, overlays), kept in the settings.

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

/// The choices of one chart, read from and written to QSettings under settingsGroup
/// (e.g. "markets/chart") as soon as they change. Until a group is set nothing is stored.
class ChartOptions : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString settingsGroup READ settingsGroup WRITE setSettingsGroup NOTIFY changed)
    Q_PROPERTY(bool logScale READ logScale WRITE setLogScale NOTIFY changed)
    Q_PROPERTY(bool showVwap READ showVwap WRITE setShowVwap NOTIFY changed)
    Q_PROPERTY(bool showEma READ showEma WRITE setShowEma NOTIFY changed)
    Q_PROPERTY(int emaPeriod READ emaPeriod WRITE setEmaPeriod NOTIFY changed)
    Q_PROPERTY(int minEmaPeriod READ minEmaPeriod CONSTANT)
    Q_PROPERTY(int maxEmaPeriod READ maxEmaPeriod CONSTANT)

public:
    static constexpr int DefaultEmaPeriod = 20;

    explicit ChartOptions(QObject *parent = nullptr);

    QString settingsGroup() const { return m_group; }
    /// Loads the choices stored under the group (defaults for what is missing or invalid).
    void setSettingsGroup(const QString &group);
    bool logScale() const { return m_log; }
    void setLogScale(bool on);
    bool showVwap() const { return m_vwap; }
    void setShowVwap(bool on);
    bool showEma() const { return m_ema; }
    void setShowEma(bool on);
    int emaPeriod() const { return m_period; }
    /// Clamped to minEmaPeriod … maxEmaPeriod.
    void setEmaPeriod(int period);
    static int minEmaPeriod() { return 2; }
    static int maxEmaPeriod() { return 500; }

Q_SIGNALS:
    void changed();

private:
    void save(const char *key, const QVariant &value) const;

    QString m_group;
    bool m_log = false;
    bool m_vwap = false;
    bool m_ema = false;
    int m_period = DefaultEmaPeriod;
};
