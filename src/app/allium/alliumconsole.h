#pragma once
// The API Console's controller: the chosen AlliumApi profile's client, its request history,
// saved requests and the response shown.

#include "alliumresults.h"
#include "models/allium/alliumapihistorymodel.h"
#include "models/allium/alliumsavedrequestsmodel.h"
#include "models/allium/jsontreemodel.h"
#include "providers/allium/alliumapiclient.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

struct Profile;
class Connection;
class KeyStore;
class ProfileSessions;
class ProfileStore;
class QQmlEngine;
class QJSEngine;

/// C++-owned QML singleton. One API client for the chosen AlliumApi profile; ProfileSessions
/// runs that profile (key, connection, restarts). Sends requests, matches their replies
/// into the history and shows one response as a JSON tree.
class AlliumConsole : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    /// [{id, name, demo}] of the AlliumApi profiles.
    Q_PROPERTY(QVariantList profiles READ profiles NOTIFY profilesChanged)
    Q_PROPERTY(QString profileId READ profileId WRITE setProfileId NOTIFY profileChanged)
    Q_PROPERTY(int state READ state NOTIFY statusChanged)
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    /// Why the profile is not connected ("Name: reason"), or empty.
    Q_PROPERTY(QString problem READ problem NOTIFY statusChanged)
    Q_PROPERTY(int inFlight READ inFlight NOTIFY countsChanged)
    Q_PROPERTY(int queued READ queued NOTIFY countsChanged)
    Q_PROPERTY(int maxInFlight READ maxInFlight CONSTANT)
    Q_PROPERTY(QString counters READ counters NOTIFY countsChanged)
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

public:
    static AlliumConsole *instance();
    static AlliumConsole *create(QQmlEngine *, QJSEngine *);

    /// Not default-constructible on purpose: Qt 6.4 would construct a second instance.
    /// Tests pass their own stores.
    AlliumConsole(ProfileStore *profiles, KeyStore *keys, QObject *parent);
    ~AlliumConsole() override;

    /// Watches the ProfileStore and opens the chosen profile's connection.
    void start();

    QVariantList profiles() const;
    QString profileId() const;
    void setProfileId(const QString &id);
    int state() const;
    QString status() const;
    QString problem() const;
    int inFlight() const;
    int queued() const;
    int maxInFlight() const;
    QString counters() const;
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
    AlliumApiClient *client() const { return m_api; }

    /// Whether the body text is a JSON object (empty is fine), and where it is not.
    Q_INVOKABLE AlliumBodyCheck validateBody(const QString &text) const;
    /// Sends a request; returns "" or the reason it was not sent.
    Q_INVOKABLE QString send(const QString &method, const QString &path, const QString &bodyText);
    Q_INVOKABLE void resend(int historyRow);
    Q_INVOKABLE void showHistory(int historyRow);
    /// Saves method, path and body under a name for the current profile.
    Q_INVOKABLE bool saveRequest(const QString &name, const QString &method, const QString &path, const QString &body);

Q_SIGNALS:
    void profilesChanged();
    void profileChanged();
    void statusChanged();
    void countsChanged();
    void resendIdempotentChanged();
    void shownResponseChanged();

private:
    /// The chosen profile changed: its saved requests, the page's choice and status.
    void onChosen();
    Connection *startClient(const Profile &profile, const QString &key);
    void stopClient();
    void showEntry(int historyRow);

    ProfileSessions *m_run;
    QPointer<AlliumApiClient> m_api;
    bool m_resendIdempotent = true;
    AlliumApiHistoryModel *m_history;
    AlliumSavedRequestsModel *m_saved;
    JsonTreeModel *m_tree;
    QString m_shownId;
};
