#pragma once
// The Allium workspace: turns AlliumApi/AlliumStream profiles into clients and models and
// offers the API Console and Streams pages their state and actions.

#include "app/profilesessions.h"
#include "models/allium/alliumapihistorymodel.h"
#include "models/allium/alliumsavedrequestsmodel.h"
#include "models/allium/alliumstreammodel.h"
#include "models/allium/jsontreemodel.h"
#include "providers/allium/alliumapiclient.h"
#include "providers/allium/alliumstreamclient.h"
#include "providers/allium/alliumcodec.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

struct Profile;
class KeyStore;
class ProfileSessions;
class ProfileStore;
class QQmlEngine;
class QJSEngine;

/// C++-owned QML singleton. One API client for the chosen AlliumApi profile, one stream
/// client for the chosen AlliumStream profile and topic; each kind's ProfileSessions runs
/// the chosen profile (key, connection, restarts). Demo profiles without subscriptions
/// stream ethereum.blocks.
class AlliumWorkspace : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    // API console
    Q_PROPERTY(QVariantList apiProfiles READ apiProfiles NOTIFY profilesChanged)
    Q_PROPERTY(QString apiProfileId READ apiProfileId WRITE setApiProfileId NOTIFY apiProfileChanged)
    Q_PROPERTY(int apiState READ apiState NOTIFY apiStatusChanged)
    Q_PROPERTY(QString apiStatus READ apiStatus NOTIFY apiStatusChanged)
    /// Why the API profile is not connected ("Name: reason"), or empty.
    Q_PROPERTY(QString apiProblem READ apiProblem NOTIFY apiStatusChanged)
    Q_PROPERTY(int inFlight READ inFlight NOTIFY apiCountsChanged)
    Q_PROPERTY(int queued READ queued NOTIFY apiCountsChanged)
    Q_PROPERTY(int maxInFlight READ maxInFlight CONSTANT)
    Q_PROPERTY(QString apiCounters READ apiCounters NOTIFY apiCountsChanged)
    Q_PROPERTY(bool resendIdempotent READ resendIdempotent WRITE setResendIdempotent NOTIFY resendIdempotentChanged)
    Q_PROPERTY(AlliumApiHistoryModel *history READ history CONSTANT)
    Q_PROPERTY(AlliumSavedRequestsModel *savedRequests READ savedRequests CONSTANT)
    Q_PROPERTY(JsonTreeModel *responseTree READ responseTree CONSTANT)
    Q_PROPERTY(QString shownRequestId READ shownRequestId NOTIFY shownResponseChanged)
    Q_PROPERTY(QString shownState READ shownState NOTIFY shownResponseChanged)
    Q_PROPERTY(QString shownStatusText READ shownStatusText NOTIFY shownResponseChanged)
    Q_PROPERTY(int shownRoundTripMs READ shownRoundTripMs NOTIFY shownResponseChanged)
    Q_PROPERTY(QString shownTitle READ shownTitle NOTIFY shownResponseChanged)
    Q_PROPERTY(QVariantList examples READ examples CONSTANT)

    // Streams
    Q_PROPERTY(QVariantList streamProfiles READ streamProfiles NOTIFY profilesChanged)
    Q_PROPERTY(QString streamProfileId READ streamProfileId WRITE setStreamProfileId NOTIFY streamProfileChanged)
    Q_PROPERTY(QStringList topics READ topics CONSTANT)
    Q_PROPERTY(QString topic READ topic NOTIFY topicChanged)
    Q_PROPERTY(int streamState READ streamState NOTIFY streamStatusChanged)
    Q_PROPERTY(QString streamStatus READ streamStatus NOTIFY streamStatusChanged)
    /// Why the streams profile is not connected ("Name: reason"), or empty.
    Q_PROPERTY(QString streamProblem READ streamProblem NOTIFY streamStatusChanged)
    Q_PROPERTY(bool started READ started NOTIFY startedChanged)
    Q_PROPERTY(QString appliedFilter READ appliedFilter NOTIFY appliedFilterChanged)
    Q_PROPERTY(AlliumStreamModel *streamModel READ streamModel CONSTANT)
    Q_PROPERTY(int rowCap READ rowCap WRITE setRowCap NOTIFY rowCapChanged)
    Q_PROPERTY(QString streamCounters READ streamCounters NOTIFY streamCountsChanged)
    Q_PROPERTY(QStringList fieldSuggestions READ fieldSuggestions NOTIFY fieldSuggestionsChanged)

public:
    static AlliumWorkspace *instance();
    static AlliumWorkspace *create(QQmlEngine *, QJSEngine *);

    /// Not default-constructible on purpose: Qt 6.4 would construct a second instance.
    /// Tests pass their own stores.
    AlliumWorkspace(ProfileStore *profiles, KeyStore *keys, QObject *parent);
    ~AlliumWorkspace() override;

    /// Watches the ProfileStore and opens the chosen profiles' connections.
    void start();

    // API console
    QVariantList apiProfiles() const { return m_apiProfiles; }
    QString apiProfileId() const { return m_apiProfileId; }
    void setApiProfileId(const QString &id);
    int apiState() const;
    QString apiStatus() const;
    QString apiProblem() const;
    int inFlight() const;
    int queued() const;
    int maxInFlight() const;
    QString apiCounters() const;
    bool resendIdempotent() const { return m_resendIdempotent; }
    void setResendIdempotent(bool on);
    AlliumApiHistoryModel *history() const { return m_history; }
    AlliumSavedRequestsModel *savedRequests() const { return m_saved; }
    JsonTreeModel *responseTree() const { return m_tree; }
    QString shownRequestId() const { return m_shownId; }
    QString shownState() const;
    QString shownStatusText() const;
    int shownRoundTripMs() const;
    QString shownTitle() const;
    QVariantList examples() const;
    AlliumApiClient *apiClient() const { return m_api; }

    /// {ok, message, line, column}: whether the body text is a JSON object (empty is fine).
    Q_INVOKABLE QVariantMap validateBody(const QString &text) const;
    /// Sends a request; returns "" or the reason it was not sent.
    Q_INVOKABLE QString send(const QString &method, const QString &path, const QString &bodyText);
    Q_INVOKABLE void resend(int historyRow);
    Q_INVOKABLE void showHistory(int historyRow);
    /// Saves method, path and body under a name for the current API profile.
    Q_INVOKABLE bool saveRequest(const QString &name, const QString &method, const QString &path, const QString &body);

    // Streams
    QVariantList streamProfiles() const { return m_streamProfiles; }
    QString streamProfileId() const { return m_streamProfileId; }
    void setStreamProfileId(const QString &id);
    QStringList topics() const;
    QString topic() const { return m_topic.name(); }
    int streamState() const;
    QString streamStatus() const;
    QString streamProblem() const;
    bool started() const { return m_started; }
    QString appliedFilter() const;
    AlliumStreamModel *streamModel() const { return m_streamModel; }
    int rowCap() const;
    void setRowCap(int cap);
    QString streamCounters() const;
    QStringList fieldSuggestions() const { return m_fields; }
    AlliumStreamClient *streamClient() const { return m_stream; }

    /// Switches the topic ("<blockchain>.<data_type>"); returns "" or why not.
    Q_INVOKABLE QString selectTopic(const QString &topic);
    Q_INVOKABLE void startStream();
    Q_INVOKABLE void stopStream();
    /// {ok, message, path, pretty}: parses and validates filter JSON ("" = no filter).
    Q_INVOKABLE QVariantMap checkFilter(const QString &text) const;
    /// {ok, message, matched, total}: how many of the newest n records the filter keeps.
    Q_INVOKABLE QVariantMap previewFilter(const QString &text, int n) const;
    /// Sends the filter (or clears it with ""); returns "" or the problem.
    Q_INVOKABLE QString applyFilter(const QString &text);
    /// For the visual builder: {ok, message, op, rows:[{field, operator, value}], representable}.
    Q_INVOKABLE QVariantMap filterToRows(const QString &text) const;
    /// From the visual builder to JSON text: {ok, message, text}.
    Q_INVOKABLE QVariantMap rowsToFilter(const QString &op, const QVariantList &rows) const;
    Q_INVOKABLE QString detailText(int row) const;

Q_SIGNALS:
    void profilesChanged();
    void apiProfileChanged();
    void apiStatusChanged();
    void apiCountsChanged();
    void resendIdempotentChanged();
    void shownResponseChanged();
    void streamProfileChanged();
    void topicChanged();
    void streamStatusChanged();
    void startedChanged();
    void appliedFilterChanged();
    void rowCapChanged();
    void streamCountsChanged();
    void fieldSuggestionsChanged();

private:
    void refreshProfiles();
    Connection *startApiClient(const Profile &profile, const QString &key);
    void stopApiClient();
    ProfileSessions::Started startStreamClient(const Profile &profile, const QString &key);
    void stopStreamClient();
    void showEntry(int historyRow);
    void noteFields(const QList<AlliumRecord> &records);

    ProfileSessions *m_apiRun;
    ProfileSessions *m_streamRun;

    // API
    QVariantList m_apiProfiles;
    QString m_apiProfileId;
    QPointer<AlliumApiClient> m_api;
    bool m_resendIdempotent = true;
    AlliumApiHistoryModel *m_history;
    AlliumSavedRequestsModel *m_saved;
    JsonTreeModel *m_tree;
    QString m_shownId;

    // Streams
    QVariantList m_streamProfiles;
    QString m_streamProfileId;
    QPointer<AlliumStreamClient> m_stream;
    AlliumTopic m_topic;
    bool m_started = true;
    std::optional<AlliumFilter> m_filter;
    AlliumStreamModel *m_streamModel;
    QStringList m_fields;
    bool m_running = false;
};
