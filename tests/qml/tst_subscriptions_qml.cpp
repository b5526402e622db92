// Qt Quick tests of the Subscriptions page: the overview is fed a fixed set of profiles (one
// per provider and tier), and the quota and cost figures the page shows are checked against
// those profiles' documented tiers.

#include "app/subscriptions/subscriptionsoverview.h"
#include "qml/quicktestsupport.h"

#include <QLocale>

using namespace SubscriptionLedger;

namespace {

Subscription sub(const QString &what, const QString &kind, double credits = 0, int units = 0)
{
    Subscription s;
    s.what = what;
    s.id = what;
    s.kind = kind;
    s.creditsPerDay = credits;
    s.units = units;
    s.rate = 2;
    s.lastMessageAgeMs = 1500;
    return s;
}

KeyState key(Provider provider, const QString &name, const QString &tier, const QList<Subscription> &subs)
{
    KeyState k;
    k.provider = provider;
    k.profileId = name.toLower();
    k.profileName = name;
    k.tier = tier;
    k.connections = k.openConnections = 1;
    k.subscriptions = subs;
    return k;
}

QList<KeyState> profiles()
{
    QList<Subscription> channels;
    for (int i = 0; i < 47; ++i)
        channels.append(sub(QStringLiteral("token:mint%1:trades").arg(i), QStringLiteral("channel")));
    QList<Subscription> symbols;
    for (const char *s : {"SOL", "BTC", "ETH", "BONK", "WIF", "JUP", "PYTH", "RAY"})
        symbols.append(sub(QLatin1String(s), QStringLiteral("symbol")));
    return {
        key(Provider::Conyr, QStringLiteral("Desk"), QStringLiteral("layer2"), channels),
        key(Provider::Predikt, QStringLiteral("Prices"), QStringLiteral("STANDARD"), symbols),
        key(Provider::Tweets, QStringLiteral("Social"), {},
            {sub(QStringLiteral("founders"), QStringLiteral("monitor"), 12 * 1333, 12),
             sub(QStringLiteral("#sol"), QStringLiteral("rule"), 10000)}),
    };
}

class SubscriptionsQmlSetup : public TwQuickTestSetup
{
    Q_OBJECT
protected:
    void prepare(QQmlEngine *) override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        SubscriptionsOverview::instance()->setSource(&profiles);
    }
};

} // namespace

TW_QUICK_TEST_MAIN_WITH_SETUP(tst_subscriptions_qml, "qml/subscriptions", SubscriptionsQmlSetup)

#include "tst_subscriptions_qml.moc"
