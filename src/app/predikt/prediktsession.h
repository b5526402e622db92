#pragma once
// One Predikt profile at work: its client and the models the Prices page shows.

#include "models/predikt/billingledgermodel.h"
#include "core/connection.h"
#include "core/profile.h"
#include "models/predikt/priceboardmodel.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class PrediktClient;

/// Wires a PrediktClient to a price board and a billing ledger. The client exists once the
/// key has been read; until then (or when the key cannot be read) notice() says why.
class PrediktSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Sessions are created by the Predikt workspace")
    Q_PROPERTY(QString profileId READ profileId CONSTANT)
    Q_PROPERTY(QString name READ name CONSTANT)
    Q_PROPERTY(bool demo READ demo CONSTANT)
    Q_PROPERTY(PriceBoardModel *board READ board CONSTANT)
    Q_PROPERTY(BillingLedgerModel *ledger READ ledger CONSTANT)
    Q_PROPERTY(Connection *connection READ connection NOTIFY connectionChanged)
    Q_PROPERTY(QString tierName READ tierName CONSTANT)
    Q_PROPERTY(int symbolCap READ symbolCap CONSTANT)
    Q_PROPERTY(int connectionCap READ connectionCap CONSTANT)
    Q_PROPERTY(int symbolCount READ symbolCount NOTIFY symbolsChanged)
    Q_PROPERTY(QStringList symbols READ symbols NOTIFY symbolsChanged)
    Q_PROPERTY(QString accountId READ accountId NOTIFY accountChanged)
    Q_PROPERTY(QString connectionId READ connectionId NOTIFY accountChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)

public:
    /// Symbols a demo profile without subscriptions watches.
    static QStringList demoSymbols();

    PrediktSession(const Profile &profile, QObject *parent);
    ~PrediktSession() override;

    /// Reads the key and starts the client.
    void start();
    /// Takes a changed profile: symbols are reconciled; other changes need a new session.
    static bool needsRestart(const Profile &before, const Profile &after);
    void applySymbols(const QStringList &symbols);

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
    QString notice() const { return m_notice; }

    /// Adds symbols typed by the user ("SOL, btc eth"). Returns false and sets the notice
    /// when the tier's cap would be exceeded or nothing valid was given.
    Q_INVOKABLE bool addSymbols(const QString &text);
    Q_INVOKABLE void removeSymbol(const QString &symbol);
    Q_INVOKABLE void reconnect();
    Q_INVOKABLE void dismissNotice();

Q_SIGNALS:
    void connectionChanged();
    void symbolsChanged();
    void accountChanged();
    void noticeChanged();
    /// The user changed the symbol list (the workspace persists it in the profile).
    void symbolsEdited(const QStringList &symbols);

private:
    void startClient(const QString &key);
    void setNotice(const QString &notice);
    void syncBoard();

    Profile m_profile;
    PriceBoardModel *m_board = nullptr;
    BillingLedgerModel *m_ledger = nullptr;
    PrediktClient *m_client = nullptr;
    QString m_accountId;
    QString m_connectionId;
    QString m_notice;
};
