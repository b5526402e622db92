#pragma once
// What adding a subscription would do, as a typed value QML reads by property name
// (SubscriptionsOverview's what-if invokables return it).

#include <QString>
#include <QtQml/qqmlregistration.h>

/// The quota and cost effect of adding a Predikt symbol or a tweets filter rule, before it is
/// added. `text` is the sentence to show (the effect when ok, the reason when refused).
class SubscriptionPreview
{
    Q_GADGET
    QML_VALUE_TYPE(subscriptionPreview)
    Q_PROPERTY(bool known MEMBER known)
    Q_PROPERTY(bool ok MEMBER ok)
    Q_PROPERTY(int adding MEMBER adding)
    Q_PROPERTY(QString error MEMBER error)
    Q_PROPERTY(QString quotaText MEMBER quotaText)
    Q_PROPERTY(QString costText MEMBER costText)
    Q_PROPERTY(QString text MEMBER text)
    Q_PROPERTY(double creditsPerDay MEMBER creditsPerDay)
    Q_PROPERTY(double totalCreditsPerDay MEMBER totalCreditsPerDay)

public:
    bool known = false;            ///< the profile is one the overview sees (else nothing to say)
    bool ok = false;               ///< it fits: adding is allowed
    int adding = 0;                ///< how many would be added (symbols: new ones typed)
    QString error;                 ///< why not, with the tier's cap; empty when ok
    QString quotaText;             ///< the quota after adding ("9/10 symbols on this connection")
    QString costText;              ///< "this rule costs 10,000 credits/day — your total becomes 31,500"
    QString text;                  ///< the sentence to show: the effect, or the error
    double creditsPerDay = 0;      ///< tweets: what the rule adds
    double totalCreditsPerDay = 0; ///< tweets: the key's total with it
};

/// What importing a subscription set file would do, before anything is changed.
class SubscriptionImportCheck
{
    Q_GADGET
    QML_VALUE_TYPE(subscriptionImportCheck)
    Q_PROPERTY(bool ok MEMBER ok)
    Q_PROPERTY(QString error MEMBER error)
    Q_PROPERTY(QString summary MEMBER summary)
    Q_PROPERTY(int count MEMBER count)

public:
    bool ok = false;               ///< the file is a set this Tidewatch reads
    QString error;                 ///< why not (nothing was changed)
    QString summary;               ///< "Adds 3 channels to Desk and 2 symbols to Prices. …"
    int count = 0;                 ///< subscriptions and optional marks it would add (0: nothing to do)
};
