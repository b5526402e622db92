#include "subscriptionalertaction.h"

#include "alerts/alertcenter.h"
#include "subscriptionsoverview.h"

#include <QCoreApplication>
#include <QPointer>

void installSubscriptionAlertActions(AlertCenter *center, SubscriptionsOverview *overview)
{
    QPointer<SubscriptionsOverview> target(overview);
    center->setActionHandler(QString::fromLatin1(AlertRule::PauseOptionalAction), [target](const Alert &) {
        if (!target)
            return QCoreApplication::translate("SubscriptionsOverview", "could not pause optional subscriptions");
        const int paused = target->pauseAllOptional();
        return paused > 0 ? QCoreApplication::translate("SubscriptionsOverview", "paused %n optional subscription(s)", nullptr, paused)
                          : QCoreApplication::translate("SubscriptionsOverview", "no optional subscription was running");
    });
}

void startSubscriptionsOverview()
{
    installSubscriptionAlertActions(AlertCenter::instance(), SubscriptionsOverview::instance());
}
