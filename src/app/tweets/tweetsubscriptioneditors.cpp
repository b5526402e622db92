#include "tweetsubscriptioneditors.h"

#include "providers/tweets/tweetsrestclient.h"
#include "tweetssubscriptionscontroller.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

using namespace TweetsRest;

namespace {
bool httpsUrl(const QString &s)
{
    const QUrl url(s.trimmed(), QUrl::StrictMode);
    return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty();
}

QString number(double v)
{
    return QLocale().toString(v, 'f', v == std::floor(v) ? 0 : 1);
}
} // namespace

// ---- shared ---------------------------------------------------------------------------------

TweetEditorBase::TweetEditorBase(QObject *parent)
    : QObject(parent)
{
}

void TweetEditorBase::setController(TweetsSubscriptionsController *controller)
{
    if (m_controller == controller)
        return;
    if (m_controller)
        m_controller->disconnect(this);
    m_controller = controller;
    if (m_controller) {
        // Readiness, totals and tiers feed canSave and the cost lines.
        connect(m_controller, &TweetsSubscriptionsController::stateChanged, this, &TweetEditorBase::errorsChanged);
        connect(m_controller, &TweetsSubscriptionsController::stateChanged, this, &TweetEditorBase::controllerChanged);
        connect(m_controller, &TweetsSubscriptionsController::totalsChanged, this, &TweetEditorBase::controllerChanged);
        connect(m_controller, &TweetsSubscriptionsController::pricingChanged, this, &TweetEditorBase::controllerChanged);
    }
    Q_EMIT controllerChanged();
}

QVariantMap TweetEditorBase::fieldErrors() const
{
    // The server's word wins for a field it named; ours covers the rest.
    QVariantMap map;
    // Our own checks only for fields the user has touched (or all after a save attempt), so a
    // new form does not open full of complaints.
    const QMap<QString, QString> local = localErrors();
    for (auto it = local.cbegin(); it != local.cend(); ++it) {
        if (m_showAll || m_touched.contains(it.key()))
            map.insert(it.key(), it.value());
    }
    for (auto it = m_serverErrors.cbegin(); it != m_serverErrors.cend(); ++it)
        map.insert(it.key(), it.value());
    return map;
}

bool TweetEditorBase::canSave() const
{
    return !m_saving && localErrors().isEmpty() && m_controller && m_controller->client();
}

void TweetEditorBase::resetErrors()
{
    m_serverErrors.clear();
    m_saveError.clear();
    m_touched.clear();
    m_showAll = false;
    Q_EMIT errorsChanged();
}

void TweetEditorBase::fieldEdited(const QString &field)
{
    m_touched.insert(field);
    m_serverErrors.remove(field);
    m_serverErrors.remove(QStringLiteral("body"));
    Q_EMIT errorsChanged();
}

bool TweetEditorBase::startSave()
{
    if (m_saving)
        return false;
    if (!m_controller || !m_controller->client()) {
        m_saveError = tr("Not connected: the key of this profile has not been read yet.");
        Q_EMIT errorsChanged();
        return false;
    }
    if (!localErrors().isEmpty()) {
        m_showAll = true;
        m_saveError = tr("Fix the marked fields first.");
        Q_EMIT errorsChanged();
        return false;
    }
    m_saving = true;
    m_saveError.clear();
    m_serverErrors.clear();
    Q_EMIT savingChanged();
    Q_EMIT errorsChanged();
    return true;
}

void TweetEditorBase::watchSave(TweetsRestReply *reply, std::function<QString(TweetsRestReply *)> onOk)
{
    // The client goes (and its replies with it) when the profile is switched or edited.
    connect(reply, &QObject::destroyed, this, [this] {
        if (!m_saving)
            return;
        m_saving = false;
        m_saveError = tr("The connection to the server was reset before it answered; nothing typed was lost. Save again.");
        Q_EMIT savingChanged();
        Q_EMIT errorsChanged();
    });
    connect(reply, &TweetsRestReply::finished, this, [this, reply, onOk = std::move(onOk)] {
        reply->deleteLater();
        m_saving = false;
        Q_EMIT savingChanged();
        if (reply->ok()) {
            const QString id = onOk(reply);
            m_saveError.clear();
            Q_EMIT errorsChanged();
            Q_EMIT saved(id);
            return;
        }
        // Nothing typed is touched: only the messages change.
        const RestError &e = reply->error();
        m_serverErrors = e.fieldErrors;
        if (e.kind == RestError::Kind::Duplicate && !m_serverErrors.contains(QStringLiteral("name")))
            m_serverErrors.insert(QStringLiteral("name"), tr("This name is already taken."));
        m_saveError = e.message;
        Q_EMIT errorsChanged();
    });
}

// ---- rule -----------------------------------------------------------------------------------

TweetRuleEditor::TweetRuleEditor(QObject *parent)
    : TweetEditorBase(parent)
{
    connect(this, &TweetEditorBase::controllerChanged, this, &TweetRuleEditor::fieldsChanged);
}

void TweetRuleEditor::setTag(const QString &v)
{
    if (v == m_draft.tag)
        return;
    m_draft.tag = v;
    fieldEdited(QStringLiteral("tag"));
    Q_EMIT fieldsChanged();
}

void TweetRuleEditor::setQuery(const QString &v)
{
    if (v == m_draft.query)
        return;
    m_draft.query = v;
    fieldEdited(QStringLiteral("query"));
    Q_EMIT fieldsChanged();
    // A check of another text no longer applies.
    if (m_validated && m_validatedQuery != v.trimmed()) {
        m_validated = false;
        Q_EMIT validationChanged();
    }
}

void TweetRuleEditor::setIntervalSeconds(double v)
{
    if (qFuzzyCompare(v, m_draft.intervalSeconds))
        return;
    m_draft.intervalSeconds = v;
    fieldEdited(QStringLiteral("interval_seconds"));
    Q_EMIT fieldsChanged();
}

void TweetRuleEditor::setMaxResultsPerPoll(int v)
{
    if (v == m_draft.maxResultsPerPoll)
        return;
    m_draft.maxResultsPerPoll = v;
    fieldEdited(QStringLiteral("max_results_per_poll"));
    Q_EMIT fieldsChanged();
}

void TweetRuleEditor::setWebhookUrl(const QString &v)
{
    if (v == m_draft.webhookUrl)
        return;
    m_draft.webhookUrl = v;
    fieldEdited(QStringLiteral("webhook_url"));
    Q_EMIT fieldsChanged();
}

QMap<QString, QString> TweetRuleEditor::localErrors() const
{
    QMap<QString, QString> e;
    const QString tag = m_draft.tag.trimmed();
    if (tag.isEmpty())
        e.insert(QStringLiteral("tag"), tr("A tag is required."));
    else if (tag.size() > MaxNameLength)
        e.insert(QStringLiteral("tag"), tr("At most %1 characters.").arg(MaxNameLength));
    const QString query = m_draft.query.trimmed();
    if (query.isEmpty())
        e.insert(QStringLiteral("query"), tr("A query is required."));
    else if (query.size() > MaxQueryLength)
        e.insert(QStringLiteral("query"), tr("At most %1 characters.").arg(MaxQueryLength));
    if (!(m_draft.intervalSeconds >= MinIntervalSeconds) || m_draft.intervalSeconds > MaxIntervalSeconds)
        e.insert(QStringLiteral("interval_seconds"), tr("Between 0.1 and 86,400 seconds."));
    if (m_draft.maxResultsPerPoll < 1 || m_draft.maxResultsPerPoll > MaxResultsPerPollLimit)
        e.insert(QStringLiteral("max_results_per_poll"), tr("Between 1 and 100."));
    if (!m_draft.webhookUrl.trimmed().isEmpty() && !httpsUrl(m_draft.webhookUrl))
        e.insert(QStringLiteral("webhook_url"), tr("The webhook URL must use HTTPS."));
    return e;
}

QString TweetRuleEditor::pricingTier() const
{
    return ruleTierFor(m_draft.intervalSeconds, controller() ? controller()->tiers() : QList<PricingTier>()).label;
}

double TweetRuleEditor::creditsPerDay() const
{
    return ruleTierFor(m_draft.intervalSeconds, controller() ? controller()->tiers() : QList<PricingTier>()).creditsPerRulePerDay;
}

QString TweetRuleEditor::costText() const
{
    if (pricingTier().isEmpty())
        return tr("No pricing tier for this interval.");
    return tr("%1 tier: %2 credits per day").arg(pricingTier(), number(creditsPerDay()));
}

QString TweetRuleEditor::totalAfterText() const
{
    if (!controller() || pricingTier().isEmpty())
        return {};
    const double others = controller()->activeCreditsExcept(editId());
    return tr("With this rule active, everything on this key costs %1 credits per day (now %2).")
        .arg(number(others + creditsPerDay()), number(controller()->totalCreditsPerDay()));
}

QString TweetRuleEditor::validationText() const
{
    if (m_validating)
        return tr("Checking the query…");
    if (!m_validationError.isEmpty())
        return m_validationError;
    if (!m_validated)
        return {};
    if (!m_validation.valid)
        return m_validation.error.isEmpty() ? tr("The server says the query is not valid.")
                                            : tr("Not valid: %1").arg(m_validation.error);
    if (m_validation.sampleCount < 0)
        return tr("The query is valid.");
    return tr("The query is valid: %n matching tweet(s) in a sample.", nullptr, m_validation.sampleCount);
}

QVariantList TweetRuleEditor::samples() const
{
    QVariantList list;
    if (!m_validated)
        return list;
    for (const SampleTweet &s : m_validation.samples)
        list.append(QVariantMap{{QStringLiteral("author"), s.author}, {QStringLiteral("text"), s.text}});
    return list;
}

void TweetRuleEditor::startNew()
{
    m_editId.clear();
    m_draft = RuleDraft();
    m_validation = RuleValidation();
    m_validated = false;
    m_validationError.clear();
    resetErrors();
    Q_EMIT loadedChanged();
    Q_EMIT fieldsChanged();
    Q_EMIT validationChanged();
}

bool TweetRuleEditor::load(const QString &ruleId)
{
    startNew();
    const FilterRule *r = controller() ? controller()->rules()->find(ruleId) : nullptr;
    if (!r)
        return false;
    m_editId = r->id;
    m_draft.tag = r->tag;
    m_draft.query = r->query;
    m_draft.intervalSeconds = r->intervalSeconds;
    m_draft.maxResultsPerPoll = r->maxResultsPerPoll;
    m_draft.webhookUrl = r->webhookUrl;
    Q_EMIT loadedChanged();
    Q_EMIT fieldsChanged();
    Q_EMIT errorsChanged();
    return true;
}

void TweetRuleEditor::validate()
{
    if (m_validating || !controller() || !controller()->client() || m_draft.query.trimmed().isEmpty())
        return;
    m_validating = true;
    m_validationError.clear();
    Q_EMIT validationChanged();
    const QString query = m_draft.query.trimmed();
    TweetsRestReply *reply = controller()->client()->validateQuery(query);
    connect(reply, &QObject::destroyed, this, [this] {
        if (m_validating) {
            m_validating = false;
            Q_EMIT validationChanged();
        }
    });
    connect(reply, &TweetsRestReply::finished, this, [this, reply, query] {
        reply->deleteLater();
        m_validating = false;
        if (reply->ok()) {
            m_validation = reply->validation;
            m_validatedQuery = query;
            m_validated = query == m_draft.query.trimmed();
        } else {
            m_validated = false;
            m_validationError = reply->error().message;
        }
        Q_EMIT validationChanged();
    });
}

void TweetRuleEditor::save()
{
    if (!startSave())
        return;
    TweetsRestClient *client = controller()->client();
    TweetsRestReply *reply = editing() ? client->updateRule(m_editId, encodeRule(m_draft)) : client->createRule(m_draft);
    QPointer<TweetsSubscriptionsController> c = controller();
    watchSave(reply, [this, c](TweetsRestReply *r) {
        if (c)
            c->ruleSaved(r->rule);
        m_editId = r->rule.id;
        Q_EMIT loadedChanged();
        return r->rule.id;
    });
}

// ---- monitor --------------------------------------------------------------------------------

TweetMonitorEditor::TweetMonitorEditor(QObject *parent)
    : TweetEditorBase(parent)
{
    connect(this, &TweetEditorBase::controllerChanged, this, &TweetMonitorEditor::fieldsChanged);
}

void TweetMonitorEditor::setName(const QString &v)
{
    if (v == m_draft.name)
        return;
    m_draft.name = v;
    fieldEdited(QStringLiteral("name"));
    Q_EMIT fieldsChanged();
}

void TweetMonitorEditor::setUsernamesText(const QString &v)
{
    if (v == m_usernamesText)
        return;
    m_usernamesText = v;
    fieldEdited(QStringLiteral("usernames"));
    Q_EMIT fieldsChanged();
}

QStringList TweetMonitorEditor::usernames() const
{
    QStringList out;
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    for (QString u : m_usernamesText.split(separators, Qt::SkipEmptyParts)) {
        if (u.startsWith(QLatin1Char('@')))
            u.remove(0, 1);
        if (!u.isEmpty() && !out.contains(u, Qt::CaseInsensitive))
            out.append(u);
    }
    return out;
}

void TweetMonitorEditor::setFilterType(const QString &type, bool on)
{
    QStringList types = m_draft.filterTypes;
    if (on && !types.contains(type))
        types.append(type);
    if (!on)
        types.removeAll(type);
    // Keep the documented order, so the list reads the same however it was clicked.
    QStringList ordered;
    for (const QString &t : documentedFilterTypes()) {
        if (types.contains(t))
            ordered.append(t);
    }
    if (ordered == m_draft.filterTypes)
        return;
    m_draft.filterTypes = ordered;
    fieldEdited(QStringLiteral("filter_types"));
    Q_EMIT fieldsChanged();
}

void TweetMonitorEditor::setWebhookUrl(const QString &v)
{
    if (v == m_draft.webhookUrl)
        return;
    m_draft.webhookUrl = v;
    fieldEdited(QStringLiteral("webhook_url"));
    Q_EMIT fieldsChanged();
}

QMap<QString, QString> TweetMonitorEditor::localErrors() const
{
    QMap<QString, QString> e;
    const QString name = m_draft.name.trimmed();
    if (name.isEmpty())
        e.insert(QStringLiteral("name"), tr("A name is required."));
    else if (name.size() > MaxNameLength)
        e.insert(QStringLiteral("name"), tr("At most %1 characters.").arg(MaxNameLength));
    const QStringList names = usernames();
    static const QRegularExpression handle(QStringLiteral("^[A-Za-z0-9_]{1,15}$"));
    if (names.isEmpty())
        e.insert(QStringLiteral("usernames"), tr("At least one username."));
    else if (names.size() > MaxUsernames)
        e.insert(QStringLiteral("usernames"), tr("At most %1 usernames per monitor.").arg(MaxUsernames));
    else {
        QStringList bad;
        for (const QString &u : names) {
            if (!handle.match(u).hasMatch())
                bad.append(u);
        }
        if (!bad.isEmpty())
            e.insert(QStringLiteral("usernames"), tr("Not a username: %1").arg(bad.join(QStringLiteral(", "))));
    }
    if (!m_draft.webhookUrl.trimmed().isEmpty() && !httpsUrl(m_draft.webhookUrl))
        e.insert(QStringLiteral("webhook_url"), tr("The webhook URL must use HTTPS."));
    return e;
}

QString TweetMonitorEditor::pricingTier() const
{
    return monitorTierLabel(accountCount());
}

double TweetMonitorEditor::creditsPerDay() const
{
    return monitorCreditsPerDay(accountCount());
}

QString TweetMonitorEditor::costText() const
{
    const int n = accountCount();
    if (n == 0)
        return tr("Add usernames to see the cost.");
    return tr("%n account(s) × %1 = %2 credits per day (%3)", nullptr, n)
        .arg(number(monitorCreditsPerAccount(n)), number(creditsPerDay()), pricingTier());
}

QString TweetMonitorEditor::totalAfterText() const
{
    if (!controller() || accountCount() == 0)
        return {};
    const double others = controller()->activeCreditsExcept(editId());
    return tr("With this monitor active, everything on this key costs %1 credits per day (now %2).")
        .arg(number(others + creditsPerDay()), number(controller()->totalCreditsPerDay()));
}

void TweetMonitorEditor::startNew()
{
    m_editId.clear();
    m_draft = MonitorDraft();
    m_usernamesText.clear();
    resetErrors();
    Q_EMIT loadedChanged();
    Q_EMIT fieldsChanged();
}

bool TweetMonitorEditor::load(const QString &monitorId)
{
    startNew();
    const StreamMonitor *m = controller() ? controller()->monitors()->find(monitorId) : nullptr;
    if (!m)
        return false;
    m_editId = m->id;
    m_draft.name = m->name;
    m_draft.filterTypes = m->filterTypes;
    m_draft.webhookUrl = m->webhookUrl;
    m_usernamesText = m->usernames.join(QStringLiteral(", "));
    Q_EMIT loadedChanged();
    Q_EMIT fieldsChanged();
    Q_EMIT errorsChanged();
    return true;
}

void TweetMonitorEditor::save()
{
    if (!startSave())
        return;
    MonitorDraft draft = m_draft;
    draft.usernames = usernames();
    TweetsRestClient *client = controller()->client();
    TweetsRestReply *reply = editing() ? client->updateMonitor(m_editId, encodeMonitor(draft)) : client->createMonitor(draft);
    QPointer<TweetsSubscriptionsController> c = controller();
    watchSave(reply, [this, c](TweetsRestReply *r) {
        if (c)
            c->monitorSaved(r->monitor);
        m_editId = r->monitor.id;
        Q_EMIT loadedChanged();
        return r->monitor.id;
    });
}
