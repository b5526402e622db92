#pragma once
// The profile editor's form state and logic (ProfileEditor.qml only binds to it): the kind
// and what it brings (endpoint, key methods, tiers, the relay's NATS fields), validation,
// the profile to save, and saving it with its key.

#include "app/relay/relayworkspace.h"
#include "core/keystore.h"
#include "core/profilestore.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

/// Backs the "Add a profile" / "Edit profile" dialog, as Tokodon's *EditorBackend classes
/// back theirs. The stores are passed in (from QML: `profiles: ProfileStore` and so on).
///
/// The key is never part of the form's state: save(key) hands it straight to the KeyStore
/// after the profile is saved, so it reaches neither the Profile nor the settings.
class ProfileEditorForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ProfileStore *profiles READ profiles WRITE setProfiles NOTIFY storesChanged)
    Q_PROPERTY(KeyStore *keys READ keys WRITE setKeys NOTIFY storesChanged)
    /// Adds the relay kind ("Relay (NATS)") and its fields; without it only the providers.
    Q_PROPERTY(RelayWorkspace *relays READ relays WRITE setRelays NOTIFY storesChanged)

    /// [{id, label, url, auth, tiers}] of every kind the editor offers.
    Q_PROPERTY(QVariantList kinds READ kinds NOTIFY storesChanged)
    /// The profile being edited; empty for a new one (set by save() once it is stored).
    Q_PROPERTY(QString profileId READ profileId NOTIFY profileIdChanged)
    Q_PROPERTY(int kindIndex READ kindIndex NOTIFY kindChanged)
    Q_PROPERTY(QString kindId READ kindId NOTIFY kindChanged)
    Q_PROPERTY(bool relay READ relay NOTIFY kindChanged)
    /// [{id, label}] of the key methods the kind documents.
    Q_PROPERTY(QVariantList authChoices READ authChoices NOTIFY kindChanged)
    Q_PROPERTY(int authIndex READ authIndex WRITE setAuthIndex NOTIFY authIndexChanged)
    /// The kind's tiers (empty: the kind has none, the field is hidden).
    Q_PROPERTY(QStringList tiers READ tiers NOTIFY kindChanged)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY nameChanged)
    Q_PROPERTY(QString url READ url WRITE setUrl NOTIFY urlChanged)
    Q_PROPERTY(QString tier READ tier WRITE setTier NOTIFY tierChanged)
    /// One subscription (relay: subject pattern) per line.
    Q_PROPERTY(QString subscriptions READ subscriptions WRITE setSubscriptions NOTIFY subscriptionsChanged)

    /// Relay (NATS): [{id, label, secretLabel}] and the chosen one.
    Q_PROPERTY(QVariantList natsModes READ natsModes NOTIFY storesChanged)
    Q_PROPERTY(int natsModeIndex READ natsModeIndex WRITE setNatsModeIndex NOTIFY natsModeChanged)
    Q_PROPERTY(QString natsModeId READ natsModeId NOTIFY natsModeChanged)
    Q_PROPERTY(QString natsUser READ natsUser WRITE setNatsUser NOTIFY relayFieldsChanged)
    Q_PROPERTY(QString natsNkey READ natsNkey WRITE setNatsNkey NOTIFY relayFieldsChanged)
    Q_PROPERTY(bool tls READ tls WRITE setTls NOTIFY relayFieldsChanged)
    Q_PROPERTY(QString tlsCa READ tlsCa WRITE setTlsCa NOTIFY relayFieldsChanged)
    Q_PROPERTY(QString tlsCert READ tlsCert WRITE setTlsCert NOTIFY relayFieldsChanged)
    Q_PROPERTY(QString tlsKey READ tlsKey WRITE setTlsKey NOTIFY relayFieldsChanged)
    Q_PROPERTY(QString stream READ stream WRITE setStream NOTIFY relayFieldsChanged)
    /// The shared rules bucket (empty: none).
    Q_PROPERTY(QString rulesBucket READ rulesBucket WRITE setRulesBucket NOTIFY relayFieldsChanged)

    /// The profile sends a key (or a NATS secret): the key field is shown.
    Q_PROPERTY(bool keyNeeded READ keyNeeded NOTIFY keyFieldChanged)
    Q_PROPERTY(QString keyLabel READ keyLabel NOTIFY keyFieldChanged)
    Q_PROPERTY(QString keyPlaceholder READ keyPlaceholder NOTIFY keyFieldChanged)
    /// Name and endpoint are filled and no key is being written.
    Q_PROPERTY(bool canSave READ canSave NOTIFY canSaveChanged)
    /// The profile is saved and its key is being written to the keychain.
    Q_PROPERTY(bool savingKey READ savingKey NOTIFY savingKeyChanged)
    /// Why the last save did not happen (or its key was not stored); empty otherwise.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit ProfileEditorForm(QObject *parent = nullptr);
    ProfileEditorForm(ProfileStore *profiles, KeyStore *keys, RelayWorkspace *relays, QObject *parent);
    ~ProfileEditorForm() override;

    ProfileStore *profiles() const { return m_profiles; }
    void setProfiles(ProfileStore *profiles);
    KeyStore *keys() const { return m_keys; }
    void setKeys(KeyStore *keys);
    RelayWorkspace *relays() const { return m_relays; }
    void setRelays(RelayWorkspace *relays);

    QVariantList kinds() const;
    QString profileId() const { return m_profileId; }
    int kindIndex() const { return m_kindIndex; }
    QString kindId() const;
    bool relay() const;
    QVariantList authChoices() const { return m_authChoices; }
    int authIndex() const { return m_authIndex; }
    void setAuthIndex(int index);
    QStringList tiers() const;
    QString name() const { return m_name; }
    void setName(const QString &name);
    QString url() const { return m_url; }
    void setUrl(const QString &url);
    QString tier() const { return m_tier; }
    void setTier(const QString &tier);
    QString subscriptions() const { return m_subscriptions; }
    void setSubscriptions(const QString &text);

    QVariantList natsModes() const;
    int natsModeIndex() const { return m_natsModeIndex; }
    void setNatsModeIndex(int index);
    QString natsModeId() const;
    QString natsUser() const { return m_natsUser; }
    void setNatsUser(const QString &v);
    QString natsNkey() const { return m_natsNkey; }
    void setNatsNkey(const QString &v);
    bool tls() const { return m_tls; }
    void setTls(bool on);
    QString tlsCa() const { return m_tlsCa; }
    void setTlsCa(const QString &v);
    QString tlsCert() const { return m_tlsCert; }
    void setTlsCert(const QString &v);
    QString tlsKey() const { return m_tlsKey; }
    void setTlsKey(const QString &v);
    QString stream() const { return m_stream; }
    void setStream(const QString &v);
    QString rulesBucket() const { return m_rulesBucket; }
    void setRulesBucket(const QString &v);

    bool keyNeeded() const;
    QString keyLabel() const;
    QString keyPlaceholder() const;
    bool canSave() const;
    bool savingKey() const { return m_savingKey; }
    QString error() const { return m_error; }

    /// A new profile of the kind ("" = the first kind), with the kind's defaults.
    Q_INVOKABLE void openForNew(const QString &kindId = QString());
    /// A stored profile; false (the form unchanged) when there is none with the id.
    Q_INVOKABLE bool openForEdit(const QString &profileId);
    /// A new profile of a demo profile's kind, tier and subscriptions, at the real endpoint.
    Q_INVOKABLE bool openFromDemo(const QString &profileId);
    /// The user chose a kind: its documented endpoint (unless one of the user's own was
    /// typed), its preferred key method, a tier it has.
    Q_INVOKABLE void chooseKind(int index);
    /// What is wrong with the form before the store's own checks, or empty.
    Q_INVOKABLE QString check() const;
    /// The fields ProfileStore::save() takes (never a key).
    Q_INVOKABLE QVariantMap fields() const;
    /// Saves the profile, then writes the key (when one is given and the profile sends one).
    /// Returns false with `error` set when the profile was not saved; saved() follows once
    /// the profile and its key are stored.
    Q_INVOKABLE bool save(const QString &key = QString());

Q_SIGNALS:
    void storesChanged();
    void profileIdChanged();
    void kindChanged();
    void authIndexChanged();
    void nameChanged();
    void urlChanged();
    void tierChanged();
    void subscriptionsChanged();
    void natsModeChanged();
    void relayFieldsChanged();
    void keyFieldChanged();
    void canSaveChanged();
    void savingKeyChanged();
    void errorChanged();
    /// The profile (and its key, if one was given) is stored: the dialog may close.
    void saved(const QString &profileId);

private:
    void fill(const QVariantMap &fields);
    void fillRelay(const QVariantMap &relayFields);
    void setKind(int index, const QString &preferredAuth);
    /// Tells QML every field, after a fill: kind first (the tier box's model), then the tier.
    void announceAll();
    void setError(const QString &error);
    void setSavingKey(bool on);
    void setProfileId(const QString &id);
    void onKeyWritten(const QString &profileId);
    void onKeyError(const QString &profileId, const QString &message);
    int kindIndexOf(const QString &kindId) const;
    /// Sets member to value unless the form is filling or nothing changes; true when set.
    template<typename T>
    bool take(T &member, const T &value) const;

    QPointer<ProfileStore> m_profiles;
    QPointer<KeyStore> m_keys;
    QPointer<RelayWorkspace> m_relays;

    QString m_profileId;
    int m_kindIndex = -1;
    QVariantList m_authChoices;
    int m_authIndex = 0;
    QString m_name;
    QString m_url;
    QString m_tier;
    QString m_subscriptions;
    int m_natsModeIndex = 0;
    QString m_natsUser;
    QString m_natsNkey;
    bool m_tls = false;
    QString m_tlsCa;
    QString m_tlsCert;
    QString m_tlsKey;
    QString m_stream;
    QString m_rulesBucket;
    // Kept as they were: no field of their own in the editor (labs and first runs only).
    bool m_tlsInsecure = false;
    QString m_deliver = QStringLiteral("all");
    bool m_savingKey = false;
    QString m_error;
    /// While a fill or a kind change is told to QML: the boxes' own resets (a new model
    /// selects its first row) do not write back into the form.
    bool m_filling = false;
};
