#pragma once
// The Markets page's controller: Conyr profiles → sessions (client + channel set) → the
// chart, tape and subscription models, and the actions the page calls.

#include "candleseriesmodel.h"
#include "conyrcatalogmodel.h"
#include "core/connection.h"
#include "subscriptionmodel.h"
#include "tradetapemodel.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <memory>

class CandleAggregator;
class ConyrClient;
class ConyrSession;
class KeyStore;
class ProfileSessions;
class ProfileStore;
class QQmlEngine;
class QJSEngine;
struct Profile;

/// C++-owned QML singleton. Each Conyr profile gets a ConyrSession (its client and channel
/// set); ProfileSessions runs the profiles, their keys and connections. The page works on
/// the current profile: its subscription model, and one chart (a token and interval) with
/// the trades tape beside it.
///
/// The chart's bars come from REST backfill merged with, in order of preference, the
/// token's ohlcv channel for that interval, or candles built locally from its trades
/// channel (intervals Conyr does not stream, or no candle channel subscribed).
class ConyrWorkspace : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QVariantList profiles READ profiles NOTIFY profilesChanged)
    Q_PROPERTY(QString currentProfileId READ currentProfileId WRITE setCurrentProfileId NOTIFY currentChanged)
    Q_PROPERTY(QString profileName READ profileName NOTIFY currentChanged)
    Q_PROPERTY(Connection *connection READ connection NOTIFY currentChanged)
    Q_PROPERTY(SubscriptionModel *subscriptions READ subscriptions NOTIFY currentChanged)
    Q_PROPERTY(CandleSeriesModel *candles READ candles CONSTANT)
    Q_PROPERTY(TradeTapeModel *tape READ tape CONSTANT)
    Q_PROPERTY(int activeCount READ activeCount NOTIFY countsChanged)
    Q_PROPERTY(int cap READ cap NOTIFY currentChanged)
    Q_PROPERTY(QString tierLabel READ tierLabel NOTIFY currentChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    Q_PROPERTY(QString chartMint READ chartMint NOTIFY chartChanged)
    Q_PROPERTY(QString chartSymbol READ chartSymbol NOTIFY chartChanged)
    Q_PROPERTY(QString chartInterval READ chartInterval NOTIFY chartChanged)
    Q_PROPERTY(QString chartSource READ chartSource NOTIFY chartChanged)
    Q_PROPERTY(qint64 chartDrops READ chartDrops NOTIFY countsChanged)
    Q_PROPERTY(bool tapeChartOnly READ tapeChartOnly WRITE setTapeChartOnly NOTIFY tapeChartOnlyChanged)
    /// The page's pause: the tape holds new trades (TradeTapeModel::paused) and the chart
    /// stops following; the client, the bars and the alerts keep receiving everything.
    Q_PROPERTY(bool paused READ paused WRITE setPaused NOTIFY pausedChanged)
    Q_PROPERTY(QVariantList tokens READ tokens CONSTANT)
    Q_PROPERTY(QStringList intervals READ intervals CONSTANT)
    Q_PROPERTY(QStringList streamedIntervals READ streamedIntervals CONSTANT)
    Q_PROPERTY(QStringList variants READ variants CONSTANT)
    Q_PROPERTY(bool live READ live NOTIFY liveChanged)
    /// The channel catalog, its availability decided for the current profile's tier.
    Q_PROPERTY(ConyrCatalogModel *catalog READ catalog CONSTANT)

public:
    static ConyrWorkspace *instance();
    static ConyrWorkspace *create(QQmlEngine *, QJSEngine *);
    /// Not default-constructible on purpose (Qt 6.4 would bypass create()). Tests pass
    /// their own stores.
    ConyrWorkspace(ProfileStore *profiles, KeyStore *keys, QObject *parent);
    ~ConyrWorkspace() override;

    /// Watches the ProfileStore and starts a session per Conyr profile.
    void start();

    QVariantList profiles() const;
    QString currentProfileId() const { return m_currentId; }
    void setCurrentProfileId(const QString &id);
    QString profileName() const;
    Connection *connection() const;
    SubscriptionModel *subscriptions() const;
    CandleSeriesModel *candles() const { return m_candles; }
    TradeTapeModel *tape() const { return m_tape; }
    int activeCount() const;
    int cap() const;
    QString tierLabel() const;
    /// Why the current profile is not connected (key, connection, tier), or empty.
    QString problem() const;
    QString chartMint() const { return m_chartMint; }
    QString chartSymbol() const;
    QString chartInterval() const { return m_chartInterval; }
    QString chartSource() const { return m_chartSource; }
    qint64 chartDrops() const;
    bool tapeChartOnly() const { return m_tapeChartOnly; }
    void setTapeChartOnly(bool on);
    bool paused() const { return m_tape->isPaused(); }
    void setPaused(bool paused) { m_tape->setPaused(paused); }
    QVariantList tokens() const;
    QStringList intervals() const;
    QStringList streamedIntervals() const;
    QStringList variants() const;
    bool live() const { return m_candles->rowCount() > 0; }
    ConyrCatalogModel *catalog() const { return m_catalog; }
    /// Every profile's session, in the order they were added (the Subscriptions overview).
    QList<ConyrSession *> sessions() const;

    /// A client fed from elsewhere (a relay profile's, src/app/relay) shown as one more
    /// profile under shown.id until detachExternalClient(); the caller owns the client.
    void attachExternalClient(const Profile &shown, ConyrClient *client);
    void detachExternalClient(const QString &id);

    /// Adds a channel built from the picker: kind "trades", "ticks" or "ohlcv" (variant, interval).
    Q_INVOKABLE bool addChannel(const QString &mint, const QString &kind, const QString &variant, const QString &interval);
    /// Adds a channel by name (any shape; unknown ones flow to the generic view).
    Q_INVOKABLE bool addChannelName(const QString &name);
    /// Adds a channel picked from the catalog: entry id, the mint or wallet address, and for
    /// candles the view and timeframe. Refused (with a notice) when the tier cannot use it.
    Q_INVOKABLE bool addCatalogChannel(const QString &entryId, const QString &subject, const QString &view,
                                       const QString &interval);
    /// What adding that channel would do, before it is added: {ok, name, error, quotaText,
    /// costText} (the what-if line under the picker).
    Q_INVOKABLE QVariantMap previewCatalogChannel(const QString &entryId, const QString &subject, const QString &view,
                                                  const QString &interval) const;
    /// A channel's readable title: "Wallet PnL · 7xKX…AsU" for catalogued names, else the name.
    Q_INVOKABLE QString channelTitle(const QString &name) const;
    /// The tier label a channel needs ("Layer 2"), empty when it is not in the catalog.
    Q_INVOKABLE QString channelTier(const QString &name) const;
    /// A generic payload as "field value · field value".
    Q_INVOKABLE QString readablePayload(const QString &json) const;
    Q_INVOKABLE void removeChannel(const QString &name);
    Q_INVOKABLE void setMuted(const QString &name, bool muted);
    Q_INVOKABLE void selectChart(const QString &mint, const QString &interval);
    /// A candle view (full, filtered) as people read it; the channel keeps the id.
    Q_INVOKABLE static QString variantLabel(const QString &variant);
    Q_INVOKABLE QString symbolFor(const QString &mint) const;
    /// The bars of one "mint/interval" subject (as Conyr's candle observations name them), for
    /// the dashboard's candle tile: backfilled over REST by the current profile, then live
    /// from its candle channel. Null for a subject of another shape. The workspace owns it.
    Q_INVOKABLE CandleSeriesModel *tileSeries(const QString &subject);

Q_SIGNALS:
    void profilesChanged();
    void currentChanged();
    void countsChanged();
    void problemChanged();
    void chartChanged();
    void tapeChartOnlyChanged();
    void pausedChanged();
    void liveChanged();
    /// A sentence for a transient notice (a refused subscribe, a server error).
    void notice(const QString &text);

private:
    void followSessions();
    void addProfile(const Profile &profile);
    void removeProfile(const QString &id);
    ConyrSession *current() const;
    void wire(ConyrSession *session);
    void refreshChartSource();
    void loadChart();
    void onFrame();
    bool countsInChart(const Conyr::Trade &trade) const;
    void requestTileBackfill(const QString &subject);

    void syncCatalogTier();

    ProfileSessions *m_run;
    ConyrCatalogModel *m_catalog;
    QHash<QString, ConyrSession *> m_sessions;
    QStringList m_order;
    QString m_currentId;
    CandleSeriesModel *m_candles;
    TradeTapeModel *m_tape;
    QString m_chartMint;
    QString m_chartInterval;
    QString m_chartSource;       ///< "stream", "trades", "ticks" or "rest"
    QString m_chartChannel;      ///< the ohlcv channel the chart follows (stream)
    QString m_chartBackfillKey;  ///< the ohlcv name backfill answers come under
    QString m_chartView = QStringLiteral("filtered"); ///< "filtered" or "full": which trades the bars count
    std::unique_ptr<CandleAggregator> m_aggregator;
    bool m_tapeChartOnly = true;
    bool m_wasLive = false;
    QTimer m_frame;
    QTimer m_second;
    QHash<QString, CandleSeriesModel *> m_tileSeries; ///< "mint/interval" → bars for the dashboard
};
