#pragma once
// A subscription set: what a team watches, as a JSON file to share — every profile's Conyr
// channels, Predikt symbols, Allium topic and filter, tweets monitors and filter rules (their
// definitions), each with its essential/optional mark. Never a key: profiles are named by
// provider, name and URL (without user info or query), and nothing is read from the key store.
//
// Import matches the file's profiles to the ones here, says what it would add, and then adds
// only that (nothing is removed or replaced). Pure values and functions; the workspaces are
// reached through a Target (subscriptionsetsources.cpp is the live one, tests pass their own).

#include "core/profile.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace SubscriptionSet {

/// The "format" marker and the version this Tidewatch writes and reads.
inline constexpr const char *FormatName = "tidewatch-subscriptions";
inline constexpr int FormatVersion = 1;

/// One subscription as the set carries it.
struct Item {
    QString kind;                  ///< "channel", "symbol", "topic", "monitor", "rule"
    QString name;                  ///< channel name, symbol, topic, monitor name, rule tag
    bool optional = false;
    QString localId;               ///< here only (tweets: the server's id; never exported)
    // topic
    QJsonObject filter;            ///< the Allium stream filter; empty = none
    // monitor
    QStringList usernames;
    QStringList filterTypes;
    // rule
    QString query;
    double intervalSeconds = 60;
    int maxResultsPerPoll = 20;

    bool operator==(const Item &o) const;
};

/// One profile and its subscriptions.
struct ProfileSet {
    Provider::Kind provider = Provider::Kind::Conyr;
    QString profileId;             ///< here only (never exported)
    QString name;
    QString url;                   ///< without user info, query or fragment
    QString tier;
    bool listed = true;            ///< tweets: monitors and rules were listed (else not exported)
    QList<Item> items;
};

/// The providers a set holds (Allium streams, Conyr, Predikt, tweets); others are left out.
bool isSetProvider(Provider::Kind kind);
/// A URL as a set writes it: no user info, query or fragment (where a key could hide).
QString shareableUrl(const QUrl &url);

/// The file's bytes (indented JSON).
QByteArray toJson(const QList<ProfileSet> &profiles);
/// Reads a file; false with a sentence (bad JSON, wrong format or version, unknown provider,
/// a subscription its provider does not have, a field of the wrong type).
bool fromJson(const QByteArray &bytes, QList<ProfileSet> &out, QString *error);

/// What an import would add to one profile here.
struct Addition {
    QString profileId;
    QString profileName;
    Provider::Kind provider = Provider::Kind::Conyr;
    QList<Item> items;             ///< new subscriptions
    QList<Item> markOptional;      ///< present already, marked optional in the file (and not here)
    QStringList notes;             ///< what is left as it is ("keeps its topic …")
};

struct Plan {
    QList<Addition> additions;     ///< only profiles that gain something
    QStringList unmatched;         ///< the file's profiles with no profile here, in words
    QStringList notes;
    int itemCount = 0;             ///< subscriptions added
    int markCount = 0;             ///< optional marks added
    /// "Adds 3 channels to Desk and 2 symbols to Prices. Not found here: …", or "Nothing to add …".
    QString summary() const;
    bool isEmpty() const { return itemCount == 0 && markCount == 0; }
};

/// Matches each profile of the file to one here: same provider and name (and URL, when two
/// have the name), else the one profile of that provider with the same URL.
Plan plan(const QList<ProfileSet> &incoming, const QList<ProfileSet> &here);

/// Where a set is read from and applied to.
class Target
{
public:
    virtual ~Target() = default;
    /// The profiles here with what they subscribe to now.
    virtual QList<ProfileSet> profiles() const = 0;
    /// Adds one profile's new subscriptions; returns "" or the sentence saying what failed.
    virtual QString add(const Addition &addition) = 0;
};

/// Applies a plan; returns what happened in a sentence or two.
QString apply(const Plan &plan, Target &target);

} // namespace SubscriptionSet
