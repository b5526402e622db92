#pragma once
// The Streams page's controller: the chosen AlliumStream profile's topic stream, its filter,
// start/stop and the records table.

#include "alliumresults.h"
#include "core/profilesessions.h"
#include "models/allium/alliumstreammodel.h"
#include "providers/allium/alliumcodec.h"
#include "providers/allium/alliumfilter.h"
#include "providers/allium/alliumstreamclient.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <optional>

struct Profile;
class KeyStore;
class ProfileStore;
class QQmlEngine;
class QJSEngine;

/// C++-owned QML singleton. One stream client for the chosen AlliumStream profile and topic;
/// ProfileSessions runs that profile (key, connection, restarts). Demo profiles without
/// subscriptions stream ethereum.blocks.
///
/// Relayed topics (a relay profile's RelayFeed clients, attachExternalClient()) are offered
/// beside the profiles: choosing one shows its records in the same table. Its topic and
/// filter are the relay's; start and stop pause the page's view of it.
class AlliumStreams : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    /// [{id, name, demo, relayed}] of the AlliumStream profiles, then the relayed topics.
    Q_PROPERTY(QVariantList profiles READ profiles NOTIFY profilesChanged)
    Q_PROPERTY(QString profileId READ profileId WRITE setProfileId NOTIFY profileChanged)
    Q_PROPERTY(QStringList topics READ topics CONSTANT)
    Q_PROPERTY(QString topic READ topic NOTIFY topicChanged)
    Q_PROPERTY(int state READ state NOTIFY statusChanged)
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    /// Why the profile is not connected ("Name: reason"), or empty.
    Q_PROPERTY(QString problem READ problem NOTIFY statusChanged)
    Q_PROPERTY(bool started READ started NOTIFY startedChanged)
    Q_PROPERTY(QString appliedFilter READ appliedFilter NOTIFY appliedFilterChanged)
    Q_PROPERTY(AlliumStreamModel *model READ model CONSTANT)
    Q_PROPERTY(int rowCap READ rowCap WRITE setRowCap NOTIFY rowCapChanged)
    Q_PROPERTY(QString counters READ counters NOTIFY countsChanged)
    Q_PROPERTY(QStringList fieldSuggestions READ fieldSuggestions NOTIFY fieldSuggestionsChanged)

public:
    static AlliumStreams *instance();
    static AlliumStreams *create(QQmlEngine *, QJSEngine *);

    /// Not default-constructible on purpose: Qt 6.4 would construct a second instance.
    /// Tests pass their own stores.
    AlliumStreams(ProfileStore *profiles, KeyStore *keys, QObject *parent);
    ~AlliumStreams() override;

    /// Watches the ProfileStore and opens the chosen profile's connection.
    void start();

    QVariantList profiles() const;
    QString profileId() const;
    void setProfileId(const QString &id);
    QStringList topics() const;
    QString topic() const { return m_topic.name(); }
    int state() const;
    QString status() const;
    QString problem() const;
    bool started() const { return m_relayedId.isEmpty() ? m_started : m_relayed && m_relayed->isStarted(); }
    QString appliedFilter() const;
    AlliumStreamModel *model() const { return m_model; }
    int rowCap() const;
    void setRowCap(int cap);
    QString counters() const;
    QStringList fieldSuggestions() const { return m_fields; }
    /// The client whose records the page shows: the chosen profile's, or a relayed one.
    AlliumStreamClient *client() const { return m_relayed ? m_relayed.data() : m_stream.data(); }

    /// Offers a relayed topic's client under id ("<relay profile>/allium/<source>/<topic>"),
    /// named name; the client stays the relay's. A client destroyed by a relay that restarts
    /// keeps its choice ("waiting for the relay") until a client with the same id returns.
    void attachExternalClient(const QString &id, const QString &name, AlliumStreamClient *client);
    /// Drops the relayed topics whose id starts with idPrefix (a relay profile stopped for
    /// good); a chosen one falls back to the first profile, as a removed profile does.
    void detachExternalClients(const QString &idPrefix);

    /// Switches the topic ("<blockchain>.<data_type>"); returns "" or why not.
    Q_INVOKABLE QString selectTopic(const QString &topic);
    Q_INVOKABLE void startStream();
    Q_INVOKABLE void stopStream();
    /// Parses and validates filter JSON ("" = no filter); text is the filter, indented.
    Q_INVOKABLE AlliumFilterCheck checkFilter(const QString &text) const;
    /// How many of the newest n records the filter keeps (matched of total).
    Q_INVOKABLE AlliumFilterCheck previewFilter(const QString &text, int n) const;
    /// Sends the filter (or clears it with ""); returns "" or the problem.
    Q_INVOKABLE QString applyFilter(const QString &text);
    /// For the visual builder: the filter as rows, or why it is not one.
    Q_INVOKABLE AlliumFilterRows filterToRows(const QString &text) const;
    /// From the visual builder to JSON (in text).
    Q_INVOKABLE AlliumFilterCheck rowsToFilter(const QString &op, const QVariantList &rows) const;
    Q_INVOKABLE QString detailText(int row) const;

Q_SIGNALS:
    void profilesChanged();
    void profileChanged();
    void topicChanged();
    void statusChanged();
    void startedChanged();
    void appliedFilterChanged();
    void rowCapChanged();
    void countsChanged();
    void fieldSuggestionsChanged();

private:
    /// The chosen profile changed: its default topic, the page's choice and status.
    void onChosen();
    ProfileSessions::Started startClient(const Profile &profile, const QString &key);
    void stopClient();
    void noteFields(const QList<AlliumRecord> &records);
    /// Shows a relayed client's records (nullptr: none, back to the chosen profile's).
    void showRelayed(AlliumStreamClient *client);
    void onRecords(const QList<AlliumRecord> &records);
    /// The connection whose state the page shows (the profile's or the relayed client's).
    const Connection *shownConnection() const;

    struct Relayed {
        QString id;
        QString name;
        QPointer<AlliumStreamClient> client;
    };
    QList<Relayed> m_relayedChoices;
    QString m_relayedId; ///< the chosen relayed topic, or empty
    QPointer<AlliumStreamClient> m_relayed;

    ProfileSessions *m_run;
    QPointer<AlliumStreamClient> m_stream;
    AlliumTopic m_topic;
    bool m_started = true;
    std::optional<AlliumFilter> m_filter;
    AlliumStreamModel *m_model;
    QStringList m_fields;
};
