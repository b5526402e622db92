#pragma once
// One Predikt profile at work: its client and the models the Prices page shows.

#include "core/profilesessions.h"
#include "models/predikt/billingledgermodel.h"
#include "core/connection.h"
#include "core/profile.h"
#include "models/predikt/priceboardmodel.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class PrediktClient;

/// Wires a PrediktClient to a price board and a billing ledger. The workspace's
/// ProfileSessions starts the client once the key has been read (and again after every
/// change of the profile or its key); until then, or when the key cannot be read, problem()
/// says why.
class PrediktSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Sessions are created by the Predikt workspace")
    Q_PROPERTY(QString profileId READ profileId CONSTANT)
    Q_PROPERTY(QString name READ name NOTIFY profileChanged)
    Q_PROPERTY(bool demo READ demo CONSTANT)
    Q_PROPERTY(PriceBoardModel *board READ board CONSTANT)
    Q_PROPERTY(BillingLedgerModel *ledger READ ledger CONSTANT)
    Q_PROPERTY(Connection *connection READ connection NOTIFY connectionChanged)
    Q_PROPERTY(QString tierName READ tierName NOTIFY profileChanged)
    Q_PROPERTY(int symbolCap READ symbolCap NOTIFY profileChanged)
    Q_PROPERTY(int connectionCap READ connectionCap NOTIFY profileChanged)
    Q_PROPERTY(int symbolCount READ symbolCount NOTIFY symbolsChanged)
    Q_PROPERTY(QStringList symbols READ symbols NOTIFY symbolsChanged)
    Q_PROPERTY(QString accountId READ accountId NOTIFY accountChanged)
    Q_PROPERTY(QString connectionId READ connectionId NOTIFY accountChanged)
    /// A transient message (refused symbols, a server error); the user dismisses it.
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    /// Why the profile is not connected ("Name: reason": no key, a rejected key …), or empty.
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)

public:
    /// Symbols a demo profile without subscriptions watches.
    static QStringList demoSymbols();

    PrediktSession(const Profile &profile, QObject *parent);
    ~PrediktSession() override;

    /// Builds and opens the client for the profile (as it is now) with its key; returns the
    /// connection it reads from.
    ProfileSessions::Started startClient(const Profile &profile, const QString &key);
    /// Closes and deletes the client; the board and the ledger stay. An adopted client is
    /// only let go.
    void stopClient();
    /// Shows a client someone else owns and feeds (a relay's) on the board and the ledger.
    void adoptClient(PrediktClient *client);
    /// Takes the profile's symbol list while the client runs.
    void applySymbols(const QStringList &symbols);
    void setProblem(const QString &problem);

    QString profileId() const { return m_profile.id; }
    QString name() const { return m_profile.name; }
    bool demo() const { return m_profile.demo; }
    const Profile &profile() const { return m_profile; }
    PriceBoardModel *board() const { return m_board; }
    BillingLedgerModel *ledger() const { return m_ledger; }
    PrediktClient *client() const { return m_client; }
    Connection *connection() const;
    QString tierName() const;
    int symbolCap() const;
    int connectionCap() const;
    int symbolCount() const;
    QStringList symbols() const;
    QString accountId() const { return m_accountId; }
    QString connectionId() const { return m_connectionId; }
    /// "Connection ID … · Account …" for the Connections page; empty before the server's connected event.
    QString sessionDetails() const;
    QString notice() const { return m_notice; }
    QString problem() const { return m_problem; }

    /// Adds symbols typed by the user ("SOL, btc eth"). Returns false and sets the notice
    /// when the tier's cap would be exceeded or nothing valid was given.
    Q_INVOKABLE bool addSymbols(const QString &text);
    Q_INVOKABLE void removeSymbol(const QString &symbol);
    /// Starts over with the key read again (reconnectRequested()).
    Q_INVOKABLE void reconnect();
    Q_INVOKABLE void dismissNotice();

Q_SIGNALS:
    void connectionChanged();
    void symbolsChanged();
    void accountChanged();
    void noticeChanged();
    void problemChanged();
    void profileChanged();
    /// The user pressed Reconnect: the workspace restarts the profile with its key read again.
    void reconnectRequested();
    /// The user changed the symbol list (the workspace persists it in the profile).
    void symbolsEdited(const QStringList &symbols);

private:
    void setNotice(const QString &notice);
    void syncBoard();
    void wireClient();

    Profile m_profile;
    PriceBoardModel *m_board = nullptr;
    BillingLedgerModel *m_ledger = nullptr;
    PrediktClient *m_client = nullptr;
    bool m_adopted = false;
    QString m_accountId;
    QString m_connectionId;
    QString m_notice;
    QString m_problem;
};
