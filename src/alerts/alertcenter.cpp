#include "alertcenter.h"

#include "alertengine.h"
#include "alertfeeds.h"
#include "alerthistorymodel.h"
#include "alertrulemodel.h"
#include "alertstore.h"
#include "alertreplay.h"
#include "atomicfile.h"
#include "webhooknotifier.h"
#include "notifiers/alertnotifiers.h"
#include "notifiers/alertsound.h"
#include "core/connectionregistry.h"
#include "core/keystore.h"
#include "core/logging.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJSEngine>
#include <QSet>
#include <algorithm>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace {
constexpr int HistoryCap = 2000;
constexpr int SaveDelayMs = 400;
constexpr int BatchMs = 50;
} // namespace

AlertCenter *AlertCenter::instance()
{
    static AlertCenter *center = [] {
        auto *c = new AlertCenter(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                      + QStringLiteral("/alerts"),
                                  qApp);
        // The app's center watches every connection from the moment it exists (the shell
        // creates it at start for the navigation badge), so alerts fire on any page.
        c->follow(ConnectionRegistry::instance());
        c->seedStarterRules();
        c->notifiers()->setKeyStore(KeyStore::instance()); // Telegram bot tokens
        return c;
    }();
    return center;
}

AlertCenter *AlertCenter::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(instance(), QJSEngine::CppOwnership);
    return instance();
}

AlertCenter::AlertCenter(const QString &folder, QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<AlertStore>(folder, HistoryCap))
    , m_engine(new AlertEngine(this))
    , m_feeds(new AlertFeeds(this))
    , m_history(new AlertHistoryModel(HistoryCap, this))
    , m_rules(new AlertRuleModel(this))
    , m_webhooks(new WebhookNotifier(this))
    , m_notifiers(new AlertNotifiers(true, this))
{
    m_rules->setNotifier(m_webhooks);
    m_notifiers->setWebhooks(m_webhooks);
    QSettings settings;
    m_sound = settings.value(QStringLiteral("alerts/sound"), false).toBool();
    m_desktop = settings.value(QStringLiteral("alerts/desktopNotifications"), true).toBool();
    m_engine->setContextWindowSec(settings.value(QStringLiteral("alerts/contextSec"), AlertContext::DefaultWindowSec).toInt());

    QList<AlertRule> rules;
    if (!m_store->loadRules(rules))
        setError(m_store->lastError());
    m_local = rules;
    m_rules->setRules(rules);
    m_engine->setRules(rules);
    m_notifiers->setRules(rules);
    QList<Alert> alerts;
    if (!m_store->loadHistory(alerts))
        setError(m_store->lastError());
    m_history->reset(alerts);
    // How often each rule fired, from the history that survived the restart.
    for (const Alert &a : std::as_const(alerts))
        m_rules->noteFired(a.ruleId, a.timestampMs);

    connect(m_feeds, &AlertFeeds::observed, m_engine, &AlertEngine::observe);
    connect(m_feeds, &AlertFeeds::connectionObserved, m_engine, &AlertEngine::observeConnection);
    // The notifiers see the same input after the engine (recovery of open Alertmanager alerts).
    connect(m_feeds, &AlertFeeds::observed, m_notifiers, &AlertNotifiers::observe);
    connect(m_feeds, &AlertFeeds::connectionObserved, m_notifiers, &AlertNotifiers::observeConnection);
    m_rules->setEngine(m_engine); // each rule's state and last value in the list
    connect(m_engine, &AlertEngine::alertRaised, this, &AlertCenter::onAlert);
    connect(m_engine, &AlertEngine::ruleError, this, [this](const QString &ruleId, const QString &message) {
        const int row = m_rules->rowOf(ruleId);
        const QString name = row >= 0 ? m_rules->rules().at(row).name : ruleId;
        setError(tr("Rule “%1”: %2").arg(name, message));
    });
    connect(m_history, &AlertHistoryModel::unacknowledgedCountChanged, this, &AlertCenter::unacknowledgedCountChanged);
    connect(m_history, &AlertHistoryModel::modified, this, &AlertCenter::scheduleSave);

    m_tick.setInterval(AlertReplay::TickIntervalMs); // a replay ticks at the same pace
    connect(&m_tick, &QTimer::timeout, m_engine, &AlertEngine::tick);
    m_tick.start();
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(SaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &AlertCenter::flush);
    // Alerts arriving in a burst (a replay at full speed) go into the model as one batch.
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(BatchMs);
    connect(&m_batchTimer, &QTimer::timeout, this, [this] {
        const QList<Alert> batch = std::exchange(m_pending, {});
        m_history->prepend(batch);
    });
    if (QCoreApplication::instance())
        connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, &AlertCenter::flush);
}

AlertCenter::~AlertCenter()
{
    flush();
}

int AlertCenter::unacknowledgedCount() const
{
    return m_history->unacknowledgedCount();
}

QString AlertCenter::storageFolder() const
{
    return m_store->folder();
}

void AlertCenter::setSoundEnabled(bool on)
{
    if (on == m_sound)
        return;
    m_sound = on;
    QSettings().setValue(QStringLiteral("alerts/sound"), on);
    Q_EMIT settingsChanged();
}

void AlertCenter::setDesktopNotifications(bool on)
{
    if (on == m_desktop)
        return;
    m_desktop = on;
    QSettings().setValue(QStringLiteral("alerts/desktopNotifications"), on);
    Q_EMIT settingsChanged();
}

int AlertCenter::contextSeconds() const
{
    return m_engine->contextWindowSec();
}

void AlertCenter::setContextSeconds(int seconds)
{
    const int before = m_engine->contextWindowSec();
    m_engine->setContextWindowSec(seconds); // clamped to 0 .. AlertContext::MaxWindowSec
    if (m_engine->contextWindowSec() == before)
        return;
    QSettings().setValue(QStringLiteral("alerts/contextSec"), m_engine->contextWindowSec());
    Q_EMIT settingsChanged();
}

void AlertCenter::follow(ConnectionRegistry *registry)
{
    m_feeds->follow(registry);
}

void AlertCenter::observe(const Observation &observation)
{
    m_engine->observe(observation);
    m_notifiers->observe(observation);
}

void AlertCenter::flush()
{
    m_saveTimer.stop();
    if (!m_pending.isEmpty()) {
        m_batchTimer.stop();
        m_history->prepend(std::exchange(m_pending, {}));
        m_saveTimer.stop();
    }
    if (!m_store->saveHistory(m_history->alertsOldestFirst()))
        setError(m_store->lastError());
}

void AlertCenter::scheduleSave()
{
    if (!m_saveTimer.isActive())
        m_saveTimer.start();
}

void AlertCenter::setActionHandler(const QString &actionId, ActionHandler handler)
{
    if (handler)
        m_actions.insert(actionId, std::move(handler));
    else
        m_actions.remove(actionId);
}

QString AlertCenter::runActions(const Alert &alert, const AlertRule &rule)
{
    QStringList done;
    for (const QString &action : rule.actions) {
        const ActionHandler handler = m_actions.value(action);
        // A rules file shared with a program that cannot act (the CLI) still fires; it says so.
        done << (handler ? handler(alert) : tr("could not %1 here").arg(AlertRule::actionLabel(action)));
    }
    done.removeAll(QString());
    return done.join(QStringLiteral("; "));
}

void AlertCenter::onAlert(const Alert &fired)
{
    Alert alert = fired;
    const int ruleRow = m_rules->rowOf(alert.ruleId);
    // Actions first: what they did goes into the history entry and the notifications.
    if (ruleRow >= 0)
        alert.actionText = runActions(alert, m_rules->rules().at(ruleRow));
    m_pending.append(alert);
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
    m_rules->noteFired(alert.ruleId, alert.timestampMs);
    const int row = m_rules->rowOf(alert.ruleId);
    if (row >= 0) // webhooks (with their presets) and Alertmanager
        m_notifiers->alertRaised(alert, m_rules->rules().at(row));
    // The rule's sound choice; "" follows the global switch (m_sound), as before.
    m_notifiers->sound()->play(row >= 0 ? m_rules->rules().at(row).sound : QString(), m_sound);
    if (m_desktop && (row < 0 || m_rules->rules().at(row).notifyDesktop))
        Q_EMIT alertFired(alert.ruleName, alert.actionText.isEmpty() ? alert.message : alert.message + QLatin1Char('\n') + alert.actionText,
                          AlertSeverities::toId(alert.severity));
}

void AlertCenter::setError(const QString &message)
{
    if (message == m_lastError)
        return;
    m_lastError = message;
    if (!message.isEmpty())
        qCWarning(lcApp).noquote() << "alerts:" << message;
    Q_EMIT lastErrorChanged();
}

void AlertCenter::rulesChanged()
{
    applyRules(true);
}

QHash<QString, QString> AlertCenter::sharedFrom() const
{
    QHash<QString, QString> out;
    for (const SharedSet &set : m_shared) {
        for (const AlertRule &rule : set.rules) {
            if (!out.contains(rule.id)) // two buckets with one id: the first source's runs
                out.insert(rule.id, set.from);
        }
    }
    return out;
}

void AlertCenter::applyRules(bool saveLocal)
{
    const QHash<QString, QString> shared = sharedFrom();
    QList<AlertRule> effective;
    for (const AlertRule &rule : std::as_const(m_local)) {
        if (!shared.contains(rule.id))
            effective << rule;
    }
    QSet<QString> taken;
    for (const SharedSet &set : std::as_const(m_shared)) {
        for (const AlertRule &rule : set.rules) {
            if (!taken.contains(rule.id)) {
                taken.insert(rule.id);
                effective << rule;
            }
        }
    }
    m_rules->sync(effective, shared);
    m_engine->setRules(effective);
    m_notifiers->setRules(effective);
    if (saveLocal && !m_store->saveRules(m_local))
        setError(m_store->lastError());
}

void AlertCenter::setSharedRules(const QString &sourceId, const QString &from, const QList<AlertRule> &rules)
{
    if (rules.isEmpty() && !m_shared.contains(sourceId))
        return;
    if (rules.isEmpty())
        m_shared.remove(sourceId);
    else
        m_shared.insert(sourceId, SharedSet{from, rules});
    applyRules(false);
}

bool AlertCenter::isShared(const QString &ruleId) const
{
    return sharedFrom().contains(ruleId);
}

QVariantList AlertCenter::ruleKinds() const
{
    QVariantList out;
    for (AlertRule::Kind kind : AlertRule::allKinds()) {
        out << QVariantMap{
            {QStringLiteral("id"), AlertRule::kindId(kind)},
            {QStringLiteral("label"), AlertRule::kindLabel(kind)},
            {QStringLiteral("parameters"), AlertRule::parameterNames(kind)},
            {QStringLiteral("defaultTemplate"), AlertRule::defaultTemplate(kind)},
            {QStringLiteral("defaultMetric"), AlertRule::defaultMetric(kind)},
        };
    }
    return out;
}

QVariantList AlertCenter::ruleActions() const
{
    QVariantList out;
    for (const QString &id : AlertRule::actionIds()) {
        out << QVariantMap{{QStringLiteral("id"), id},
                           {QStringLiteral("label"), AlertRule::actionLabel(id)},
                           {QStringLiteral("available"), m_actions.contains(id)}};
    }
    return out;
}

QVariantMap AlertCenter::newRule(const QString &kindId) const
{
    AlertRule r;
    if (!AlertRule::kindFromId(kindId, r.kind))
        r.kind = AlertRule::Kind::PriceAbove;
    r.id.clear();
    r.name = AlertRule::kindLabel(r.kind);
    switch (r.kind) {
    case AlertRule::Kind::PercentChange: r.threshold = 2; r.windowSec = 300; break;
    case AlertRule::Kind::AmountChange: r.threshold = 1; r.windowSec = 60; break;
    case AlertRule::Kind::VolumeSpike: r.threshold = 3; r.samples = 20; break;
    case AlertRule::Kind::StreamStale: r.windowSec = 30; break;
    case AlertRule::Kind::ConnectionDown: r.windowSec = 30; break;
    case AlertRule::Kind::BlockGap: r.threshold = 1; break;
    case AlertRule::Kind::BalanceForecast: r.threshold = 24; break;
    case AlertRule::Kind::RecordMatch:
        r.filter = QJsonObject{{QStringLiteral("field"), QStringLiteral("value")},
                               {QStringLiteral("operator"), QStringLiteral(">")},
                               {QStringLiteral("value"), 1000}};
        break;
    case AlertRule::Kind::Composite: {
        // "A, then B": a price level, then a move, as a start the user edits.
        r.combine = QStringLiteral("sequence");
        r.withinSec = 60;
        AlertRule first;
        first.kind = AlertRule::Kind::PriceAbove;
        AlertRule second;
        second.kind = AlertRule::Kind::PercentChange;
        second.threshold = 2;
        second.windowSec = 60;
        r.conditions = {first, second};
        break;
    }
    default: break;
    }
    return r.toJson().toVariantMap();
}

namespace {

/// The editor sends a filter as the text the user typed: an object, or a sentence on why not.
QString readFilterText(QJsonObject &json)
{
    const QJsonValue filter = json.value(QLatin1String("filter"));
    if (!filter.isString())
        return {};
    const QString text = filter.toString().trimmed();
    if (text.isEmpty()) {
        json.remove(QStringLiteral("filter"));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return AlertCenter::tr("The filter is not a JSON object: %1").arg(error.errorString());
    json.insert(QStringLiteral("filter"), doc.object());
    return {};
}

} // namespace

bool AlertCenter::ruleFromFields(const QVariantMap &fields, AlertRule &rule, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QJsonObject json = QJsonObject::fromVariantMap(fields);
    // The editor sends the filter as text and keywords as a comma-separated line.
    if (const QString problem = readFilterText(json); !problem.isEmpty())
        return fail(problem);
    // A composite's conditions have filters of their own.
    if (json.value(QLatin1String("conditions")).isArray()) {
        QJsonArray conditions = json.value(QLatin1String("conditions")).toArray();
        for (int i = 0; i < conditions.size(); ++i) {
            QJsonObject condition = conditions.at(i).toObject();
            if (const QString problem = readFilterText(condition); !problem.isEmpty())
                return fail(tr("Condition %1: %2").arg(i + 1).arg(problem));
            conditions[i] = condition;
        }
        json.insert(QStringLiteral("conditions"), conditions);
    }
    if (json.value(QLatin1String("id")).toString().isEmpty())
        json.insert(QStringLiteral("id"), AlertRule::newId());
    QString why;
    if (!AlertRule::fromJson(json, rule, &why))
        return fail(why);
    return true;
}

QString AlertCenter::saveRule(const QVariantMap &fields)
{
    AlertRule rule;
    QString error;
    if (!ruleFromFields(fields, rule, &error))
        return error;
    if (const QString from = sharedFrom().value(rule.id); !from.isEmpty())
        return tr("“%1” is a shared rule (%2): the team edits it in the bucket, not here.").arg(rule.name, from);
    const auto it = std::find_if(m_local.begin(), m_local.end(), [&rule](const AlertRule &r) { return r.id == rule.id; });
    if (it != m_local.end())
        *it = rule;
    else
        m_local << rule;
    rulesChanged();
    return {};
}

void AlertCenter::removeRule(const QString &ruleId)
{
    if (isShared(ruleId))
        return; // the bucket's, read-only here (the list offers no Delete for it)
    const qsizetype before = m_local.size();
    m_local.removeIf([&ruleId](const AlertRule &r) { return r.id == ruleId; });
    if (m_local.size() != before)
        rulesChanged();
}

void AlertCenter::setRuleEnabled(const QString &ruleId, bool enabled)
{
    if (isShared(ruleId))
        return;
    const auto it = std::find_if(m_local.begin(), m_local.end(), [&ruleId](const AlertRule &r) { return r.id == ruleId; });
    if (it == m_local.end() || it->enabled == enabled)
        return;
    it->enabled = enabled;
    rulesChanged();
}

bool AlertCenter::acknowledge(const QString &alertId)
{
    return m_history->acknowledge(alertId);
}

int AlertCenter::acknowledgeAll()
{
    return m_history->acknowledgeAll();
}

void AlertCenter::clearHistory()
{
    m_history->clear();
}

QString AlertCenter::importRules(const QUrl &file)
{
    QList<AlertRule> rules;
    QString error;
    if (!loadRulesFile(file.isLocalFile() ? file.toLocalFile() : file.toString(), rules, &error))
        return error;
    m_local = rules;
    rulesChanged();
    return {};
}

bool AlertCenter::exportRules(const QUrl &file)
{
    QJsonArray array;
    for (const AlertRule &r : std::as_const(m_local)) // the team's rules live in their bucket
        array.append(r.toJson());
    QString error;
    const bool ok = AtomicFile::write(file.toLocalFile(),
                                      QJsonDocument(QJsonObject{{QStringLiteral("rules"), array}}).toJson(), &error);
    if (!ok)
        setError(error);
    return ok;
}

void AlertCenter::seedStarterRules()
{
    if (QFile::exists(m_store->rulesPath()) || QFile::exists(m_store->rulesPath() + QStringLiteral(".damaged")))
        return;
    auto make = [](AlertRule::Kind kind, const QString &name, AlertSeverity severity, int cooldownSec) {
        AlertRule r;
        r.id = AlertRule::newId();
        r.kind = kind;
        r.name = name;
        r.severity = severity;
        r.cooldownSec = cooldownSec;
        return r;
    };
    QList<AlertRule> rules;
    AlertRule down = make(AlertRule::Kind::ConnectionDown, tr("A connection is down"), AlertSeverity::Critical, 300);
    down.windowSec = 30;
    rules << down;
    AlertRule stale = make(AlertRule::Kind::StreamStale, tr("A feed went quiet"), AlertSeverity::Warning, 300);
    stale.windowSec = 120;
    rules << stale;
    AlertRule gap = make(AlertRule::Kind::BlockGap, tr("Blocks were skipped"), AlertSeverity::Warning, 60);
    gap.threshold = 1;
    rules << gap;
    AlertRule move = make(AlertRule::Kind::PercentChange, tr("Price moves 1 % within 5 minutes"), AlertSeverity::Info, 300);
    move.threshold = 1;
    move.windowSec = 300;
    move.hysteresisPct = 20;
    rules << move;
    AlertRule runway = make(AlertRule::Kind::BalanceForecast, tr("Balance runs out within a day"), AlertSeverity::Critical, 3600);
    runway.threshold = 24;
    rules << runway;
    AlertRule tweet = make(AlertRule::Kind::TweetMatch, tr("Tweet mentions an ETF"), AlertSeverity::Info, 60);
    tweet.keywords = {QStringLiteral("ETF")};
    rules << tweet;
    m_local = rules;
    rulesChanged();
}

bool loadRulesFile(const QString &path, QList<AlertRule> &out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("AlertCenter", "Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = QCoreApplication::translate("AlertCenter", "%1 is not valid JSON: %2").arg(path, parseError.errorString());
        return false;
    }
    // Either {"rules": [...]} or a bare array of rules.
    const QJsonArray array = doc.isArray() ? doc.array() : doc.object().value(QLatin1String("rules")).toArray();
    QList<AlertRule> rules;
    for (int i = 0; i < array.size(); ++i) {
        AlertRule rule;
        QString problem;
        if (!AlertRule::fromJson(array.at(i).toObject(), rule, &problem)) {
            if (error)
                *error = QCoreApplication::translate("AlertCenter", "Rule %1 in %2: %3").arg(i + 1).arg(path, problem);
            return false;
        }
        rules << rule;
    }
    out = rules;
    return true;
}
