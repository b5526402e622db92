#include "subscriptionset.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QUrl>
#include <algorithm>

namespace SubscriptionSet {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SubscriptionSet", text);
}

const QList<Provider::Kind> &setProviders()
{
    static const QList<Provider::Kind> kinds = {Provider::Kind::AlliumStream, Provider::Kind::Conyr, Provider::Kind::Predikt,
                                                Provider::Kind::Tweets};
    return kinds;
}

/// The kinds of subscription each provider has.
QStringList kindsOf(Provider::Kind provider)
{
    switch (provider) {
    case Provider::Kind::AlliumStream: return {QStringLiteral("topic")};
    case Provider::Kind::Conyr: return {QStringLiteral("channel")};
    case Provider::Kind::Predikt: return {QStringLiteral("symbol")};
    case Provider::Kind::Tweets: return {QStringLiteral("monitor"), QStringLiteral("rule")};
    default: return {};
    }
}

QString providerName(Provider::Kind provider)
{
    return Provider::label(provider);
}

/// Names compare as their provider does: symbols in any case, the rest exactly.
QString identity(const Item &item)
{
    return item.kind + QLatin1Char('|') + (item.kind == QLatin1String("symbol") ? item.name.toUpper() : item.name);
}

QJsonObject itemToJson(const Item &item)
{
    QJsonObject o{{QStringLiteral("kind"), item.kind}, {QStringLiteral("name"), item.name}};
    if (item.optional)
        o.insert(QStringLiteral("optional"), true);
    if (item.kind == QLatin1String("topic") && !item.filter.isEmpty())
        o.insert(QStringLiteral("filter"), item.filter);
    if (item.kind == QLatin1String("monitor")) {
        o.insert(QStringLiteral("usernames"), QJsonArray::fromStringList(item.usernames));
        if (!item.filterTypes.isEmpty())
            o.insert(QStringLiteral("filterTypes"), QJsonArray::fromStringList(item.filterTypes));
    }
    if (item.kind == QLatin1String("rule")) {
        o.insert(QStringLiteral("query"), item.query);
        o.insert(QStringLiteral("intervalSeconds"), item.intervalSeconds);
        o.insert(QStringLiteral("maxResultsPerPoll"), item.maxResultsPerPoll);
    }
    return o;
}

bool stringList(const QJsonValue &v, QStringList &out)
{
    if (v.isUndefined())
        return true;
    if (!v.isArray())
        return false;
    for (const QJsonValue &s : v.toArray()) {
        if (!s.isString())
            return false;
        out << s.toString();
    }
    return true;
}

/// "3 channels", "1 symbol", "2 monitors and 1 rule" …
QString countText(const QList<Item> &items)
{
    int channels = 0, symbols = 0, monitors = 0, rules = 0;
    for (const Item &i : items) {
        channels += i.kind == QLatin1String("channel");
        symbols += i.kind == QLatin1String("symbol");
        monitors += i.kind == QLatin1String("monitor");
        rules += i.kind == QLatin1String("rule");
    }
    QStringList parts;
    if (channels)
        parts << QCoreApplication::translate("SubscriptionSet", "%n channel(s)", nullptr, channels);
    if (symbols)
        parts << QCoreApplication::translate("SubscriptionSet", "%n symbol(s)", nullptr, symbols);
    for (const Item &i : items) {
        if (i.kind == QLatin1String("topic"))
            parts << tr("the topic %1").arg(i.name);
    }
    if (monitors)
        parts << QCoreApplication::translate("SubscriptionSet", "%n monitor(s)", nullptr, monitors);
    if (rules)
        parts << QCoreApplication::translate("SubscriptionSet", "%n filter rule(s)", nullptr, rules);
    return QLocale().createSeparatedList(parts);
}

} // namespace

bool Item::operator==(const Item &o) const
{
    return kind == o.kind && name == o.name && optional == o.optional && filter == o.filter && usernames == o.usernames
        && filterTypes == o.filterTypes && query == o.query && intervalSeconds == o.intervalSeconds
        && maxResultsPerPoll == o.maxResultsPerPoll;
}

bool isSetProvider(Provider::Kind kind)
{
    return setProviders().contains(kind);
}

QString shareableUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

QByteArray toJson(const QList<ProfileSet> &profiles)
{
    QJsonArray list;
    for (const ProfileSet &p : profiles) {
        if (!isSetProvider(p.provider))
            continue;
        QJsonArray items;
        for (const Item &item : p.items) {
            if (kindsOf(p.provider).contains(item.kind))
                items.append(itemToJson(item));
        }
        QJsonObject o{{QStringLiteral("provider"), Provider::toId(p.provider)},
                      {QStringLiteral("name"), p.name},
                      {QStringLiteral("url"), shareableUrl(QUrl(p.url))},
                      {QStringLiteral("subscriptions"), items}};
        if (!p.tier.isEmpty())
            o.insert(QStringLiteral("tier"), p.tier);
        list.append(o);
    }
    const QJsonObject root{{QStringLiteral("format"), QString::fromLatin1(FormatName)},
                           {QStringLiteral("version"), FormatVersion},
                           {QStringLiteral("profiles"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool fromJson(const QByteArray &bytes, QList<ProfileSet> &out, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parse);
    if (parse.error != QJsonParseError::NoError)
        return fail(tr("This file is not JSON (at character %1: %2).").arg(parse.offset).arg(parse.errorString()));
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QLatin1String("format")).toString() != QLatin1String(FormatName))
        return fail(tr("This is not a Tidewatch subscription set (it has no \"format\": \"%1\").").arg(QString::fromLatin1(FormatName)));
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() != FormatVersion)
        return fail(tr("This subscription set is version %1; this Tidewatch reads version %2.")
                        .arg(version.isDouble() ? QString::number(version.toDouble()) : version.toVariant().toString())
                        .arg(FormatVersion));
    if (!root.value(QLatin1String("profiles")).isArray())
        return fail(tr("The set has no list of profiles."));
    QList<ProfileSet> profiles;
    const QJsonArray list = root.value(QLatin1String("profiles")).toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject p = list.at(i).toObject();
        const QString id = p.value(QLatin1String("provider")).toString();
        const Provider::Kind kind = Provider::fromId(id, Provider::Kind::Generic);
        const QString where = tr("Profile %1").arg(i + 1);
        if (!isSetProvider(kind) || Provider::toId(kind) != id) {
            QStringList known;
            for (Provider::Kind k : setProviders())
                known << Provider::toId(k);
            return fail(tr("%1 names the provider “%2”, which a subscription set cannot hold (%3).")
                            .arg(where, id, known.join(QStringLiteral(", "))));
        }
        ProfileSet set;
        set.provider = kind;
        set.name = p.value(QLatin1String("name")).toString().trimmed();
        set.url = p.value(QLatin1String("url")).toString().trimmed();
        set.tier = p.value(QLatin1String("tier")).toString();
        if (set.name.isEmpty() && set.url.isEmpty())
            return fail(tr("%1 has neither a name nor a URL.").arg(where));
        const QJsonValue subscriptions = p.value(QLatin1String("subscriptions"));
        if (!subscriptions.isArray() && !subscriptions.isUndefined())
            return fail(tr("%1: “subscriptions” is not a list.").arg(where));
        const QJsonArray items = subscriptions.toArray();
        for (int j = 0; j < items.size(); ++j) {
            const QJsonObject o = items.at(j).toObject();
            Item item;
            item.kind = o.value(QLatin1String("kind")).toString();
            item.name = o.value(QLatin1String("name")).toString().trimmed();
            item.optional = o.value(QLatin1String("optional")).toBool(false);
            const QString at = tr("%1, subscription %2").arg(where).arg(j + 1);
            if (!kindsOf(kind).contains(item.kind))
                return fail(tr("%1: %2 has no subscriptions of the kind “%3” (%4).")
                                .arg(at, providerName(kind), item.kind, kindsOf(kind).join(QStringLiteral(", "))));
            if (item.name.isEmpty())
                return fail(tr("%1 has no name.").arg(at));
            item.filter = o.value(QLatin1String("filter")).toObject();
            if (!stringList(o.value(QLatin1String("usernames")), item.usernames)
                || !stringList(o.value(QLatin1String("filterTypes")), item.filterTypes))
                return fail(tr("%1: usernames and filter types must be lists of text.").arg(at));
            if (item.kind == QLatin1String("monitor") && item.usernames.isEmpty())
                return fail(tr("%1: a monitor needs at least one username.").arg(at));
            if (item.kind == QLatin1String("rule")) {
                item.query = o.value(QLatin1String("query")).toString();
                item.intervalSeconds = o.value(QLatin1String("intervalSeconds")).toDouble(60);
                item.maxResultsPerPoll = o.value(QLatin1String("maxResultsPerPoll")).toInt(20);
                if (item.query.trimmed().isEmpty())
                    return fail(tr("%1: a filter rule needs its query.").arg(at));
            }
            set.items.append(item);
        }
        profiles.append(set);
    }
    out = profiles;
    return true;
}

Plan plan(const QList<ProfileSet> &incoming, const QList<ProfileSet> &here)
{
    Plan out;
    // URLs compare without case in scheme and host and without a trailing slash.
    auto normal = [](const QString &url) {
        QString text = QUrl(url).adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                                          | QUrl::StripTrailingSlash).toString();
        return text.toLower();
    };
    for (const ProfileSet &wanted : incoming) {
        // By name first (two profiles of a provider often share its default URL), the URL
        // deciding between equal names; else the one profile of that provider at that URL.
        QList<const ProfileSet *> byName, byUrl;
        for (const ProfileSet &p : here) {
            if (p.provider != wanted.provider)
                continue;
            if (!wanted.name.isEmpty() && p.name.compare(wanted.name, Qt::CaseInsensitive) == 0)
                byName << &p;
            if (!wanted.url.isEmpty() && normal(p.url) == normal(wanted.url))
                byUrl << &p;
        }
        const ProfileSet *match = byName.isEmpty() ? nullptr : byName.constFirst();
        for (const ProfileSet *p : std::as_const(byName)) {
            if (byUrl.contains(p)) {
                match = p;
                break;
            }
        }
        if (!match && byUrl.size() == 1)
            match = byUrl.constFirst();
        if (!match) {
            out.unmatched << tr("%1 “%2”").arg(providerName(wanted.provider), wanted.name.isEmpty() ? wanted.url : wanted.name);
            continue;
        }
        if (!match->listed) {
            out.notes << tr("The monitors and rules of %1 are not listed yet: open the Tweets page, then import again.").arg(match->name);
            continue;
        }
        Addition add;
        add.profileId = match->profileId;
        add.profileName = match->name;
        add.provider = match->provider;
        const bool hasTopic = std::any_of(match->items.cbegin(), match->items.cend(),
                                          [](const Item &i) { return i.kind == QLatin1String("topic"); });
        for (const Item &item : wanted.items) {
            const auto present = std::find_if(match->items.cbegin(), match->items.cend(),
                                              [&item](const Item &i) { return identity(i) == identity(item); });
            if (present != match->items.cend()) {
                if (item.optional && !present->optional) {
                    Item mark = *present;
                    mark.optional = true;
                    add.markOptional << mark;
                }
                continue;
            }
            // One topic per Allium stream: a profile that has one keeps it.
            if (item.kind == QLatin1String("topic") && hasTopic) {
                add.notes << tr("%1 keeps its topic (the set has %2).").arg(match->name, item.name);
                continue;
            }
            if (std::any_of(add.items.cbegin(), add.items.cend(), [&item](const Item &i) { return identity(i) == identity(item); }))
                continue;
            add.items << item;
        }
        out.notes << add.notes;
        if (add.items.isEmpty() && add.markOptional.isEmpty())
            continue;
        out.itemCount += int(add.items.size());
        out.markCount += int(add.markOptional.size());
        out.additions << add;
    }
    return out;
}

QString Plan::summary() const
{
    QStringList parts;
    for (const Addition &a : additions) {
        if (!a.items.isEmpty())
            parts << QCoreApplication::translate("SubscriptionSet", "%1 to %2").arg(countText(a.items), a.profileName);
    }
    QString text = parts.isEmpty() ? QCoreApplication::translate("SubscriptionSet", "Nothing to add: everything in the set is here already.")
                                   : QCoreApplication::translate("SubscriptionSet", "Adds %1.").arg(QLocale().createSeparatedList(parts));
    if (markCount > 0)
        text += QLatin1Char(' ') + QCoreApplication::translate("SubscriptionSet", "Marks %n subscription(s) optional.", nullptr, markCount);
    if (!unmatched.isEmpty())
        text += QLatin1Char(' ') + QCoreApplication::translate("SubscriptionSet", "Not found here (add the profile first): %1.").arg(unmatched.join(QStringLiteral(", ")));
    for (const QString &note : notes)
        text += QLatin1Char(' ') + note;
    return text;
}

QString apply(const Plan &plan, Target &target)
{
    QStringList problems;
    for (const Addition &a : plan.additions) {
        const QString problem = target.add(a);
        if (!problem.isEmpty())
            problems << problem;
    }
    QString text = QCoreApplication::translate("SubscriptionSet", "Added %n subscription(s).", nullptr, plan.itemCount);
    if (!problems.isEmpty())
        text += QLatin1Char(' ') + problems.join(QLatin1Char(' '));
    return text;
}

} // namespace SubscriptionSet
