#pragma once
// What the dashboard tiles show, kept from the same Observations the alert engine reads:
// prices with a short history, candles, latest blocks with the block rate, tweets per
// minute, balances with a forecast. Bounded per subject; QML is told about changes at most
// four times a second (`revision`), and tiles read snapshots.

#include "core/observation.h"
#include "models/predikt/balanceforecast.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <deque>
#include <functional>

class QQmlEngine;
class QJSEngine;

class DashboardFeed : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)

public:
    using Clock = std::function<qint64()>;

    static DashboardFeed *instance();
    static DashboardFeed *create(QQmlEngine *, QJSEngine *);
    explicit DashboardFeed(QObject *parent);

    int revision() const { return m_revision; }
    void setClock(Clock clock) { m_clock = std::move(clock); }

    /// Takes one observation (connected to the app's AlertFeeds).
    void observe(const Observation &o);

    /// Subjects seen for a tile type ("price", "candles", "blocks", "balance"), sorted.
    Q_INVOKABLE QStringList subjects(const QString &type) const;
    /// The same subjects for the tile's "Follow" menu: [{subject, text}], text naming it as a
    /// person tells tokens apart ("SOL — So111…", a shortened mint alone when its symbol is
    /// unknown, the subject itself when it has no other name), sorted by text.
    Q_INVOKABLE QVariantList subjectChoices(const QString &type) const;
    /// The text of one choice: label (Observation::label) and the start of the subject.
    static QString choiceText(const QString &subject, const QString &label);
    /// {subject, provider, price, changePct, time, history: [numbers]} or {} before data.
    /// An empty subject means the first subject seen.
    Q_INVOKABLE QVariantMap price(const QString &subject) const;
    /// {subject, provider, candles: [{t, o, h, l, c, v}]} (oldest first, at most `count`).
    Q_INVOKABLE QVariantMap candles(const QString &subject, int count = 40) const;
    /// {subject, provider, perMinute, blocks: [{number, time, transactions}]} (newest first).
    Q_INVOKABLE QVariantMap blocks(const QString &subject, int count = 6) const;
    /// {perMinute, total, buckets: [30 counts, one per minute, oldest first]}
    Q_INVOKABLE QVariantMap tweets() const;
    /// {subject, provider, balance, burnPerHour, hoursLeft (-1: not running out), time}
    Q_INVOKABLE QVariantMap balance(const QString &subject) const;
    /// True once any observation of the provider id has arrived.
    Q_INVOKABLE bool hasProvider(const QString &providerId) const { return m_providers.contains(providerId); }

Q_SIGNALS:
    void revisionChanged();

private:
    struct Candle {
        qint64 t;
        double o, h, l, c, v;
    };
    struct Block {
        qint64 number;
        qint64 t;
        double transactions;
        qint64 receivedMs;
    };
    struct Series {
        QString provider;
        QString label; // Observation::label: what the tile's title says (a token's symbol)
        std::deque<std::pair<qint64, double>> points;
    };
    struct CandleSeries {
        QString provider;
        QString label;
        std::deque<Candle> candles;
    };
    struct BlockSeries {
        QString provider;
        std::deque<Block> blocks;
    };
    struct BalanceSeries {
        QString provider;
        BalanceForecast::History history; // the one forecast, as the ledger and the rule use it
    };
    void touch();
    qint64 now() const;

    QHash<QString, Series> m_prices;
    QHash<QString, CandleSeries> m_candles;
    QHash<QString, BlockSeries> m_blocks;
    QHash<QString, BalanceSeries> m_balances;
    std::deque<qint64> m_tweetTimes; // receive times, last 30 minutes
    qint64 m_tweetTotal = 0;
    QSet<QString> m_providers;
    QString m_lastProvider; // the provider of the last observation (already in m_providers)
    QStringList m_order; // subjects in the order first seen (for "first subject")
    QString m_lastRememberedType, m_lastRememberedSubject; // the last entry of m_order seen
    Clock m_clock;
    QTimer m_notify;
    int m_revision = 0;
};
