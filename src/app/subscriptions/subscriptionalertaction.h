#pragma once
// The alert action "pause optional subscriptions": a rule that names it (AlertRule::actions)
// runs the same code as the Subscriptions page's "Pause all optional" when it fires. The
// alerts code only knows the action's id; this registers what it does.

class AlertCenter;
class SubscriptionsOverview;

/// Registers the handler of AlertRule::PauseOptionalAction with the center: it pauses every
/// optional subscription the overview sees and says how many ("paused 3 optional subscriptions").
void installSubscriptionAlertActions(AlertCenter *center, SubscriptionsOverview *overview);

/// The app's wiring: the app's alert center and overview (called once at start).
void startSubscriptionsOverview();
