#include "profilestore.h"

#include "logging.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>

namespace {


/// The tiers a provider documents, for the editor's suggestions.
QStringList tiersFor(Provider::Kind kind)
{
    switch (kind) {
    case Provider::Kind::Conyr:
        return {QStringLiteral("layer1"), QStringLiteral("layer2"), QStringLiteral("layer3"), QStringLiteral("enterprise")};
    case Provider::Kind::Predikt:
        return {QStringLiteral("STANDARD"), QStringLiteral("PRO"), QStringLiteral("ENTERPRISE")};
    default:
        return {};
    }
}

QVariantMap toVariantMap(const Profile &p)
{
    return {
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("kind"), Provider::toId(p.kind)},
        {QStringLiteral("kindLabel"), Provider::label(p.kind)},
        {QStringLiteral("url"), p.url.toString()},
        {QStringLiteral("auth"), Auth::toId(p.auth)},
        {QStringLiteral("tier"), p.tier},
        {QStringLiteral("subscriptions"), p.subscriptions},
        {QStringLiteral("demo"), p.demo},
    };
}

} // namespace

ProfileStore *ProfileStore::instance()
{
    static ProfileStore *store = new ProfileStore(QStringLiteral("profiles"), qApp);
    return store;
}

ProfileStore *ProfileStore::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(instance(), QJSEngine::CppOwnership);
    return instance();
}

ProfileStore::ProfileStore(const QString &settingsGroup, QObject *parent)
    : QAbstractListModel(parent)
    , m_group(settingsGroup)
{
}

int ProfileStore::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

QVariant ProfileStore::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid));
    const Profile &p = m_profiles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return p.name;
    case IdRole: return p.id;
    case KindRole: return Provider::toId(p.kind);
    case KindLabelRole: return Provider::label(p.kind);
    case UrlRole: return Redact::url(p.url);
    case AuthRole: return Auth::toId(p.auth);
    case AuthLabelRole: return Auth::label(p.auth);
    case TierRole: return p.tier;
    case SubscriptionsRole: return p.subscriptions;
    case DemoRole: return p.demo;
    }
    return {};
}

QHash<int, QByteArray> ProfileStore::roleNames() const
{
    static const QHash<int, QByteArray> names = {
        {IdRole, "profileId"}, {NameRole, "name"}, {KindRole, "kind"}, {KindLabelRole, "kindLabel"},
        {UrlRole, "url"}, {AuthRole, "auth"}, {AuthLabelRole, "authLabel"}, {TierRole, "tier"},
        {SubscriptionsRole, "subscriptions"}, {DemoRole, "demo"},
    };
    return names;
}

QList<Profile> ProfileStore::profilesOfKind(Provider::Kind kind) const
{
    QList<Profile> out;
    for (const Profile &p : m_profiles) {
        if (p.kind == kind)
            out << p;
    }
    return out;
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_profiles.at(row);
}

std::optional<Profile> ProfileStore::profileByName(const QString &name) const
{
    for (const Profile &p : m_profiles) {
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

bool ProfileStore::hasUserProfiles() const
{
    return std::any_of(m_profiles.cbegin(), m_profiles.cend(), [](const Profile &p) { return !p.demo; });
}

QString ProfileStore::settingsFile() const
{
    return QSettings().fileName();
}

int ProfileStore::rowOf(const QString &id) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            return i;
    }
    return -1;
}

void ProfileStore::report(const QString &message)
{
    qCInfo(lcProfiles).noquote() << message;
    if (m_lastError != message) {
        m_lastError = message;
        Q_EMIT lastErrorChanged();
    }
    Q_EMIT error(message);
}

void ProfileStore::clearError()
{
    if (m_lastError.isEmpty())
        return;
    m_lastError.clear();
    Q_EMIT lastErrorChanged();
}

void ProfileStore::updateDemoMode()
{
    const bool demo = std::any_of(m_profiles.cbegin(), m_profiles.cend(), [](const Profile &p) { return p.demo; });
    if (demo != m_demoMode) {
        m_demoMode = demo;
        Q_EMIT demoModeChanged();
    }
}

void ProfileStore::upsert(const Profile &profile)
{
    const int row = rowOf(profile.id);
    if (row >= 0) {
        m_profiles[row] = profile;
        Q_EMIT dataChanged(index(row), index(row));
    } else {
        const int at = int(m_profiles.size());
        beginInsertRows({}, at, at);
        m_profiles.append(profile);
        endInsertRows();
        Q_EMIT countChanged();
    }
    if (!profile.demo)
        persist();
    updateDemoMode();
    if (row >= 0)
        Q_EMIT profileChanged(profile.id);
    else
        Q_EMIT profileAdded(profile.id);
}

void ProfileStore::notifyKeyChanged(const QString &id)
{
    if (rowOf(id) >= 0)
        Q_EMIT profileChanged(id);
}

void ProfileStore::setDemoProfiles(const QList<Profile> &profiles)
{
    QStringList removed;
    for (int row = int(m_profiles.size()) - 1; row >= 0; --row) {
        if (!m_profiles.at(row).demo)
            continue;
        beginRemoveRows({}, row, row);
        removed << m_profiles.takeAt(row).id;
        endRemoveRows();
    }
    QStringList added;
    if (!profiles.isEmpty()) {
        const int first = int(m_profiles.size());
        beginInsertRows({}, first, first + int(profiles.size()) - 1);
        for (Profile p : profiles) {
            p.demo = true;
            added << p.id;
            m_profiles.append(p);
        }
        endInsertRows();
    }
    if (!removed.isEmpty() || !added.isEmpty())
        Q_EMIT countChanged();
    updateDemoMode();
    for (const QString &id : std::as_const(removed))
        Q_EMIT profileRemoved(id);
    for (const QString &id : std::as_const(added))
        Q_EMIT profileAdded(id);
}

bool ProfileStore::load()
{
    QSettings settings;
    if (settings.status() != QSettings::NoError) {
        report(tr("The settings file %1 is damaged or unreadable; profiles were not loaded.").arg(settings.fileName()));
        return false;
    }
    QList<Profile> loaded;
    QList<QVariantMap> unreadable;
    QStringList problems;
    settings.beginGroup(m_group);
    const int n = settings.beginReadArray(QStringLiteral("list"));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        QJsonObject o;
        for (const char *field : {"id", "name", "kind", "url", "auth", "tier"})
            o.insert(QLatin1String(field), settings.value(QLatin1String(field)).toString());
        o.insert(QStringLiteral("subscriptions"),
                 QJsonArray::fromStringList(settings.value(QStringLiteral("subscriptions")).toStringList()));
        const QJsonDocument options = QJsonDocument::fromJson(settings.value(QStringLiteral("options")).toByteArray());
        if (options.isObject())
            o.insert(QStringLiteral("options"), options.object());
        Profile p;
        QString why;
        if (Profile::fromJson(o, p, &why)) {
            const bool duplicate = std::any_of(loaded.cbegin(), loaded.cend(), [&p](const Profile &q) { return q.id == p.id; });
            if (!duplicate)
                loaded << p;
        } else {
            problems << why;
            QVariantMap raw;
            for (const QString &key : settings.childKeys())
                raw.insert(key, settings.value(key));
            unreadable << raw;
        }
    }
    settings.endArray();
    settings.endGroup();

    // Keep the demo profiles (they are not stored); replace the stored ones.
    beginResetModel();
    QList<Profile> demo;
    for (const Profile &p : std::as_const(m_profiles)) {
        if (p.demo)
            demo << p;
    }
    const QList<Profile> before = m_profiles;
    m_profiles = loaded + demo;
    m_unreadable = unreadable;
    endResetModel();
    Q_EMIT countChanged();
    for (const Profile &p : before) {
        if (!p.demo && rowOf(p.id) < 0)
            Q_EMIT profileRemoved(p.id);
    }
    for (const Profile &p : std::as_const(loaded)) {
        const bool known = std::any_of(before.cbegin(), before.cend(), [&p](const Profile &q) { return q.id == p.id; });
        if (known)
            Q_EMIT profileChanged(p.id);
        else
            Q_EMIT profileAdded(p.id);
    }

    if (!problems.isEmpty()) {
        report(tr("%n stored profile(s) could not be read and were skipped: %1", "", int(problems.size()))
                   .arg(problems.join(QLatin1Char(' '))));
        return false;
    }
    clearError();
    return true;
}

bool ProfileStore::persist()
{
    QSettings settings;
    // One sync() writes the whole group: QSettings writes to a temporary file and renames
    // it over the old one, so a crash leaves either the old or the new list, never half.
    settings.remove(m_group);
    settings.beginGroup(m_group);
    settings.setValue(QStringLiteral("version"), 1);
    settings.beginWriteArray(QStringLiteral("list"));
    int i = 0;
    for (const Profile &p : std::as_const(m_profiles)) {
        if (p.demo)
            continue;
        settings.setArrayIndex(i++);
        settings.setValue(QStringLiteral("id"), p.id);
        settings.setValue(QStringLiteral("name"), p.name);
        settings.setValue(QStringLiteral("kind"), Provider::toId(p.kind));
        settings.setValue(QStringLiteral("url"), p.url.toString());
        settings.setValue(QStringLiteral("auth"), Auth::toId(p.auth));
        settings.setValue(QStringLiteral("tier"), p.tier);
        settings.setValue(QStringLiteral("subscriptions"), p.subscriptions);
        if (!p.options.isEmpty()) {
            settings.setValue(QStringLiteral("options"),
                              QJsonDocument(QJsonObject::fromVariantMap(p.options)).toJson(QJsonDocument::Compact));
        }
    }
    for (const QVariantMap &raw : std::as_const(m_unreadable)) {
        settings.setArrayIndex(i++);
        for (auto it = raw.cbegin(); it != raw.cend(); ++it)
            settings.setValue(it.key(), it.value());
    }
    settings.endArray();
    settings.endGroup();
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        report(settings.status() == QSettings::AccessError
                   ? tr("Profiles could not be saved: %1 is not writable.").arg(settings.fileName())
                   : tr("Profiles could not be saved: %1 is damaged.").arg(settings.fileName()));
        return false;
    }
    return true;
}

QVariantMap ProfileStore::get(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? QVariantMap() : toVariantMap(m_profiles.at(row));
}

QVariantMap ProfileStore::newProfile(const QString &kindId) const
{
    Profile p;
    p.kind = Provider::fromId(kindId, Provider::Kind::Generic);
    p.url = Provider::defaultUrl(p.kind);
    p.auth = Provider::defaultAuth(p.kind);
    const QStringList tiers = tiersFor(p.kind);
    if (!tiers.isEmpty())
        p.tier = tiers.constFirst();
    return toVariantMap(p);
}

QString ProfileStore::save(const QVariantMap &fields)
{
    const QString id = fields.value(QStringLiteral("id")).toString();
    const int existing = id.isEmpty() ? -1 : rowOf(id);
    if (existing >= 0 && m_profiles.at(existing).demo) {
        report(tr("Demo profiles cannot be edited. Add a profile of your own instead."));
        return {};
    }

    QJsonObject o;
    o.insert(QStringLiteral("id"), id.isEmpty() ? Profile::newId() : id);
    o.insert(QStringLiteral("name"), fields.value(QStringLiteral("name")).toString().trimmed());
    o.insert(QStringLiteral("kind"), fields.value(QStringLiteral("kind")).toString());
    o.insert(QStringLiteral("url"), fields.value(QStringLiteral("url")).toString().trimmed());
    o.insert(QStringLiteral("auth"), fields.value(QStringLiteral("auth")).toString());
    o.insert(QStringLiteral("tier"), fields.value(QStringLiteral("tier")).toString().trimmed());
    // Subscriptions come as a list or as text with one per line or comma-separated.
    QStringList subscriptions;
    const QVariant subs = fields.value(QStringLiteral("subscriptions"));
    const QStringList raw = subs.typeId() == QMetaType::QString
        ? subs.toString().split(QRegularExpression(QStringLiteral("[,\\n]")))
        : subs.toStringList();
    for (const QString &s : raw) {
        if (!s.trimmed().isEmpty() && !subscriptions.contains(s.trimmed()))
            subscriptions << s.trimmed();
    }
    o.insert(QStringLiteral("subscriptions"), QJsonArray::fromStringList(subscriptions));

    Profile p;
    QString why;
    if (o.value(QStringLiteral("auth")).toString().isEmpty())
        o.insert(QStringLiteral("auth"), Auth::toId(Provider::defaultAuth(Provider::fromId(o.value(QStringLiteral("kind")).toString()))));
    if (!Profile::fromJson(o, p, &why)) {
        report(why);
        return {};
    }
    if (Auth::toId(p.auth) != o.value(QStringLiteral("auth")).toString()) {
        report(tr("Choose how the key is sent to the server."));
        return {};
    }
    // The options before the checks: a relay profile's credentials, TLS files, stream and
    // subjects are checked by Profile::problem() here as on import.
    p.options = existing >= 0 ? m_profiles.at(existing).options : QVariantMap();
    if (fields.contains(QStringLiteral("options")))
        p.options = fields.value(QStringLiteral("options")).toMap();
    why = p.problem();
    if (!why.isEmpty()) {
        report(why);
        return {};
    }
    for (const Profile &other : std::as_const(m_profiles)) {
        if (other.id != p.id && other.name.compare(p.name, Qt::CaseInsensitive) == 0) {
            report(tr("Another profile is already called \"%1\". Choose a different name.").arg(p.name));
            return {};
        }
    }
    clearError();
    upsert(p);
    return p.id;
}

void ProfileStore::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    const Profile removed = m_profiles.takeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
    if (!removed.demo)
        persist();
    updateDemoMode();
    Q_EMIT profileRemoved(id);
}

QVariantList ProfileStore::providerKinds() const
{
    QVariantList out;
    using K = Provider::Kind;
    for (K kind : {K::AlliumApi, K::AlliumStream, K::Conyr, K::Predikt, K::Tweets, K::Generic}) {
        out << QVariantMap{
            {QStringLiteral("id"), Provider::toId(kind)},
            {QStringLiteral("label"), Provider::label(kind)},
            {QStringLiteral("url"), Provider::defaultUrl(kind).toString()},
            {QStringLiteral("auth"), Auth::toId(Provider::defaultAuth(kind))},
            {QStringLiteral("tiers"), tiersFor(kind)},
        };
    }
    return out;
}

QVariantList ProfileStore::authMethods(const QString &kindId) const
{
    QVariantList out;
    for (Auth::Method m : Provider::authMethods(Provider::fromId(kindId))) {
        out << QVariantMap{{QStringLiteral("id"), Auth::toId(m)}, {QStringLiteral("label"), Auth::label(m)}};
    }
    return out;
}
