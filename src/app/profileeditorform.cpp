// The profile editor's logic: kind defaults, validation, the fields to save, the key after them.

#include "profileeditorform.h"

#include "app/relay/relayworkspace.h"
#include "core/keystore.h"
#include "core/profilestore.h"

#include <algorithm>

namespace {
QString idOf(const QVariant &entry)
{
    return entry.toMap().value(QStringLiteral("id")).toString();
}

int indexOfId(const QVariantList &list, const QString &id)
{
    for (int i = 0; i < list.size(); ++i) {
        if (idOf(list.at(i)) == id)
            return i;
    }
    return -1;
}
} // namespace

ProfileEditorForm::ProfileEditorForm(QObject *parent)
    : QObject(parent)
{
}

ProfileEditorForm::ProfileEditorForm(ProfileStore *profiles, KeyStore *keys, RelayWorkspace *relays, QObject *parent)
    : QObject(parent)
{
    setProfiles(profiles);
    setKeys(keys);
    setRelays(relays);
}

ProfileEditorForm::~ProfileEditorForm() = default;

void ProfileEditorForm::setProfiles(ProfileStore *profiles)
{
    if (profiles == m_profiles)
        return;
    m_profiles = profiles;
    Q_EMIT storesChanged();
}

void ProfileEditorForm::setKeys(KeyStore *keys)
{
    if (keys == m_keys)
        return;
    if (m_keys)
        m_keys->disconnect(this);
    m_keys = keys;
    if (m_keys) {
        connect(m_keys, &KeyStore::keyWritten, this, &ProfileEditorForm::onKeyWritten);
        connect(m_keys, &KeyStore::keyError, this, &ProfileEditorForm::onKeyError);
    }
    Q_EMIT storesChanged();
}

void ProfileEditorForm::setRelays(RelayWorkspace *relays)
{
    if (relays == m_relays)
        return;
    m_relays = relays;
    Q_EMIT storesChanged();
}

QVariantList ProfileEditorForm::kinds() const
{
    QVariantList out = m_profiles ? m_profiles->providerKinds() : QVariantList();
    if (m_relays)
        out << m_relays->profileKind();
    return out;
}

int ProfileEditorForm::kindIndexOf(const QString &kindId) const
{
    return std::max(0, indexOfId(kinds(), kindId));
}

QString ProfileEditorForm::kindId() const
{
    return idOf(kinds().value(m_kindIndex));
}

bool ProfileEditorForm::relay() const
{
    return kindId() == Provider::toId(Provider::Kind::Relay);
}

QStringList ProfileEditorForm::tiers() const
{
    return kinds().value(m_kindIndex).toMap().value(QStringLiteral("tiers")).toStringList();
}

QVariantList ProfileEditorForm::natsModes() const
{
    return m_relays ? m_relays->authModes() : QVariantList();
}

QString ProfileEditorForm::natsModeId() const
{
    const QString id = idOf(natsModes().value(m_natsModeIndex));
    return id.isEmpty() ? QStringLiteral("none") : id;
}

// Setters: what the user typed or picked. Ignored while the form itself tells QML its
// values (a box whose model changes selects its first row on its own).
template<typename T>
bool ProfileEditorForm::take(T &member, const T &value) const
{
    if (m_filling || member == value)
        return false;
    member = value;
    return true;
}

void ProfileEditorForm::setName(const QString &value)
{
    if (!take(m_name, value))
        return;
    Q_EMIT nameChanged();
    Q_EMIT canSaveChanged();
}

void ProfileEditorForm::setUrl(const QString &value)
{
    if (!take(m_url, value))
        return;
    Q_EMIT urlChanged();
    Q_EMIT canSaveChanged();
}

void ProfileEditorForm::setTier(const QString &value)
{
    if (!take(m_tier, value))
        return;
    Q_EMIT tierChanged();
}

void ProfileEditorForm::setSubscriptions(const QString &value)
{
    if (!take(m_subscriptions, value))
        return;
    Q_EMIT subscriptionsChanged();
}

void ProfileEditorForm::setNatsUser(const QString &value)
{
    if (!take(m_natsUser, value))
        return;
    Q_EMIT relayFieldsChanged();
}

void ProfileEditorForm::setNatsNkey(const QString &value)
{
    if (!take(m_natsNkey, value))
        return;
    Q_EMIT relayFieldsChanged();
}

void ProfileEditorForm::setTls(bool value)
{
    if (!take(m_tls, value))
        return;
    Q_EMIT relayFieldsChanged();
}

void ProfileEditorForm::setTlsCa(const QString &value)
{
    if (!take(m_tlsCa, value))
        return;
    Q_EMIT relayFieldsChanged();
}

void ProfileEditorForm::setTlsCert(const QString &value)
{
    if (!take(m_tlsCert, value))
        return;
    Q_EMIT relayFieldsChanged();
}

void ProfileEditorForm::setTlsKey(const QString &value)
{
    if (!take(m_tlsKey, value))
        return;
    Q_EMIT relayFieldsChanged();
}

void ProfileEditorForm::setStream(const QString &value)
{
    if (!take(m_stream, value))
        return;
    Q_EMIT relayFieldsChanged();
}

void ProfileEditorForm::setRulesBucket(const QString &value)
{
    if (!take(m_rulesBucket, value))
        return;
    Q_EMIT relayFieldsChanged();
}

void ProfileEditorForm::setAuthIndex(int index)
{
    if (m_filling || index == m_authIndex || index < 0 || index >= m_authChoices.size())
        return;
    m_authIndex = index;
    Q_EMIT authIndexChanged();
    Q_EMIT keyFieldChanged();
}

void ProfileEditorForm::setNatsModeIndex(int index)
{
    if (m_filling || index == m_natsModeIndex || index < 0 || index >= natsModes().size())
        return;
    m_natsModeIndex = index;
    Q_EMIT natsModeChanged();
    Q_EMIT keyFieldChanged();
}

bool ProfileEditorForm::keyNeeded() const
{
    if (relay())
        return natsModeId() != QLatin1String("none");
    const QString auth = idOf(m_authChoices.value(m_authIndex));
    return !auth.isEmpty() && auth != Auth::toId(Auth::Method::None);
}

QString ProfileEditorForm::keyLabel() const
{
    if (relay())
        return natsModes().value(m_natsModeIndex).toMap().value(QStringLiteral("secretLabel")).toString();
    return m_profileId.isEmpty() ? tr("API key") : tr("Replace key");
}

QString ProfileEditorForm::keyPlaceholder() const
{
    return m_profileId.isEmpty() ? tr("Stored in your system keychain, never shown again")
                                 : tr("Leave empty to keep the stored key");
}

bool ProfileEditorForm::canSave() const
{
    return !m_savingKey && !m_name.trimmed().isEmpty() && !m_url.trimmed().isEmpty();
}

void ProfileEditorForm::setKind(int index, const QString &preferredAuth)
{
    m_kindIndex = index;
    m_authChoices = m_profiles ? m_profiles->authMethods(kindId()) : QVariantList();
    m_authIndex = std::max(0, indexOfId(m_authChoices, preferredAuth));
}

void ProfileEditorForm::announceAll()
{
    // The kind first: the tier box gets the kind's tiers as its model (and shows its first
    // row), then the tier the form holds.
    Q_EMIT kindChanged();
    Q_EMIT authIndexChanged();
    Q_EMIT tierChanged();
    Q_EMIT nameChanged();
    Q_EMIT urlChanged();
    Q_EMIT subscriptionsChanged();
    Q_EMIT natsModeChanged();
    Q_EMIT relayFieldsChanged();
    Q_EMIT keyFieldChanged();
    Q_EMIT canSaveChanged();
}

void ProfileEditorForm::chooseKind(int index)
{
    const QVariantList all = kinds();
    if (index < 0 || index >= all.size())
        return;
    const QVariantMap kind = all.at(index).toMap();
    m_filling = true;
    // Prefill the documented endpoint unless the user typed one of their own.
    bool typed = !m_url.trimmed().isEmpty();
    for (const QVariant &k : all) {
        if (k.toMap().value(QStringLiteral("url")).toString() == m_url.trimmed())
            typed = false;
    }
    if (!typed)
        m_url = kind.value(QStringLiteral("url")).toString();
    setKind(index, kind.value(QStringLiteral("auth")).toString());
    const QStringList kindTiers = kind.value(QStringLiteral("tiers")).toStringList();
    if (!kindTiers.contains(m_tier))
        m_tier = kindTiers.value(0);
    announceAll();
    m_filling = false;
}

void ProfileEditorForm::fill(const QVariantMap &fields)
{
    setError({});
    setSavingKey(false);
    m_filling = true;
    m_name = fields.value(QStringLiteral("name")).toString();
    setKind(kindIndexOf(fields.value(QStringLiteral("kind")).toString()), fields.value(QStringLiteral("auth")).toString());
    m_url = fields.value(QStringLiteral("url")).toString();
    m_tier = fields.value(QStringLiteral("tier")).toString();
    m_subscriptions = fields.value(QStringLiteral("subscriptions")).toStringList().join(QLatin1Char('\n'));
    fillRelay(m_relays ? m_relays->profileFields(fields.value(QStringLiteral("id")).toString()) : QVariantMap());
    announceAll();
    m_filling = false;
}

void ProfileEditorForm::fillRelay(const QVariantMap &f)
{
    m_natsModeIndex = std::max(0, indexOfId(natsModes(), f.value(QStringLiteral("natsAuth")).toString()));
    m_natsUser = f.value(QStringLiteral("natsUser")).toString();
    m_natsNkey = f.value(QStringLiteral("natsNkey")).toString();
    m_tls = f.value(QStringLiteral("tls")).toBool();
    m_tlsCa = f.value(QStringLiteral("tlsCa")).toString();
    m_tlsCert = f.value(QStringLiteral("tlsCert")).toString();
    m_tlsKey = f.value(QStringLiteral("tlsKey")).toString();
    m_stream = f.value(QStringLiteral("stream")).toString();
    m_rulesBucket = f.value(QStringLiteral("rulesBucket")).toString();
    m_tlsInsecure = f.value(QStringLiteral("tlsInsecure")).toBool();
    m_deliver = f.value(QStringLiteral("deliver"), QStringLiteral("all")).toString();
}

void ProfileEditorForm::openForNew(const QString &kind)
{
    if (!m_profiles)
        return;
    setProfileId({});
    const QString id = kind.isEmpty() ? idOf(kinds().value(0)) : kind;
    QVariantMap fields = m_profiles->newProfile(id);
    fields.insert(QStringLiteral("name"), QString());
    fields.remove(QStringLiteral("id"));
    fill(fields);
}

bool ProfileEditorForm::openForEdit(const QString &profileId)
{
    if (!m_profiles)
        return false;
    const QVariantMap fields = m_profiles->get(profileId);
    if (fields.isEmpty())
        return false;
    setProfileId(profileId);
    fill(fields);
    return true;
}

bool ProfileEditorForm::openFromDemo(const QString &profileId)
{
    if (!m_profiles)
        return false;
    const QVariantMap demo = m_profiles->get(profileId);
    if (demo.isEmpty())
        return false;
    openForNew(demo.value(QStringLiteral("kind")).toString());
    m_filling = true;
    m_tier = demo.value(QStringLiteral("tier")).toString();
    m_subscriptions = demo.value(QStringLiteral("subscriptions")).toStringList().join(QLatin1Char('\n'));
    Q_EMIT tierChanged();
    Q_EMIT subscriptionsChanged();
    m_filling = false;
    return true;
}

QVariantMap ProfileEditorForm::fields() const
{
    QVariantMap out{
        {QStringLiteral("id"), m_profileId},
        {QStringLiteral("name"), m_name},
        {QStringLiteral("kind"), kindId()},
        {QStringLiteral("url"), m_url},
        {QStringLiteral("auth"), idOf(m_authChoices.value(m_authIndex))},
        {QStringLiteral("tier"), m_tier},
        {QStringLiteral("subscriptions"), m_subscriptions},
    };
    if (relay()) {
        const QString mode = natsModeId();
        out.insert(QStringLiteral("tier"), QString());
        out.insert(QStringLiteral("options"),
                   QVariantMap{
                       {QStringLiteral("natsAuth"), mode},
                       {QStringLiteral("natsUser"), mode == QLatin1String("user") ? m_natsUser.trimmed() : QString()},
                       {QStringLiteral("natsNkey"), mode == QLatin1String("nkey") ? m_natsNkey.trimmed() : QString()},
                       {QStringLiteral("tls"), m_tls},
                       {QStringLiteral("tlsCa"), m_tlsCa.trimmed()},
                       {QStringLiteral("tlsCert"), m_tlsCert.trimmed()},
                       {QStringLiteral("tlsKey"), m_tlsKey.trimmed()},
                       {QStringLiteral("tlsInsecure"), m_tlsInsecure},
                       {QStringLiteral("stream"), m_stream.trimmed().isEmpty() ? QStringLiteral("TIDEWATCH") : m_stream.trimmed()},
                       {QStringLiteral("deliver"), m_deliver},
                       {QStringLiteral("rulesBucket"), m_rulesBucket.trimmed()},
                   });
    }
    return out;
}

QString ProfileEditorForm::check() const
{
    if (!m_profiles)
        return tr("Profiles cannot be saved right now.");
    if (m_name.trimmed().isEmpty())
        return tr("Give the profile a name.");
    if (m_url.trimmed().isEmpty())
        return tr("Enter the endpoint URL.");
    if (relay() && m_relays)
        return m_relays->problemOf(fields());
    return {};
}

bool ProfileEditorForm::save(const QString &key)
{
    setError({});
    const QString why = check();
    if (!why.isEmpty()) {
        setError(why);
        return false;
    }
    // The profile first, then its key: the sessions connect a profile once its key arrives.
    const QString id = m_profiles->save(fields());
    if (id.isEmpty()) {
        setError(m_profiles->lastError());
        return false;
    }
    setProfileId(id);
    if (keyNeeded() && !key.trimmed().isEmpty() && m_keys) {
        setSavingKey(true);
        m_keys->storeKey(id, key); // answers with keyWritten or keyError (maybe at once)
    } else {
        Q_EMIT saved(id);
    }
    return true;
}

void ProfileEditorForm::onKeyWritten(const QString &profileId)
{
    if (!m_savingKey || profileId != m_profileId)
        return;
    setSavingKey(false);
    Q_EMIT saved(profileId);
}

void ProfileEditorForm::onKeyError(const QString &profileId, const QString &message)
{
    if (!m_savingKey || profileId != m_profileId)
        return;
    setSavingKey(false);
    setError(tr("The profile was saved, but the key was not: %1").arg(message));
}

void ProfileEditorForm::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

void ProfileEditorForm::setSavingKey(bool on)
{
    if (on == m_savingKey)
        return;
    m_savingKey = on;
    Q_EMIT savingKeyChanged();
    Q_EMIT canSaveChanged();
}

void ProfileEditorForm::setProfileId(const QString &id)
{
    if (id == m_profileId)
        return;
    m_profileId = id;
    Q_EMIT profileIdChanged();
    Q_EMIT keyFieldChanged();
}
