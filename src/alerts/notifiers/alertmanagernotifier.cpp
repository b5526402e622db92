#include "alertmanagernotifier.h"

#include "core/logging.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

/// How many resend intervals ahead an open alert's endsAt lies (Prometheus uses 4): a
/// missed post or two do not end it, a Tidewatch that stopped does after a few minutes.
constexpr int OpenIntervals = 4;

QString formatValue(double v)
{
    return QString::number(v, 'g', 12);
}

} // namespace

AlertmanagerNotifier::AlertmanagerNotifier(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_resend.setInterval(m_settings.resendIntervalMs);
    connect(&m_resend, &QTimer::timeout, this, &AlertmanagerNotifier::resendAll);
}

void AlertmanagerNotifier::setSettings(const AlertmanagerSettings &settings)
{
    m_settings = settings;
    m_resend.setInterval(std::max(100, settings.resendIntervalMs));
}

qint64 AlertmanagerNotifier::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

QJsonObject AlertmanagerNotifier::labelsFor(const Alert &alert, const QJsonObject &extraLabels)
{
    QJsonObject labels;
    auto put = [&labels](const QString &name, const QString &value) {
        if (!value.isEmpty())
            labels.insert(name, value);
    };
    for (auto it = extraLabels.constBegin(); it != extraLabels.constEnd(); ++it)
        put(it.key(), it.value().toString());
    put(QStringLiteral("alertname"), alert.ruleName.isEmpty() ? alert.ruleId : alert.ruleName);
    put(QStringLiteral("rule_id"), alert.ruleId);
    put(QStringLiteral("provider"), alert.provider);
    put(QStringLiteral("source"), alert.source);
    put(QStringLiteral("instance"), alert.source);
    put(QStringLiteral("subject"), alert.subject);
    put(QStringLiteral("severity"), AlertSeverities::toId(alert.severity));
    if (alert.blind) // its own alert beside the rule's condition (another fingerprint)
        put(QStringLiteral("blind"), QStringLiteral("true"));
    return labels;
}

QJsonObject AlertmanagerNotifier::annotationsFor(const Alert &alert)
{
    const QString name = alert.ruleName.isEmpty() ? alert.ruleId : alert.ruleName;
    // The subject as a person calls it (a token's symbol); the id stays in the labels.
    const QString shown = alert.values.value(QStringLiteral("subject"), alert.subject).toString();
    const QString summary = shown.isEmpty() ? name : QStringLiteral("%1: %2").arg(name, shown);
    return {
        {QStringLiteral("summary"), summary},
        {QStringLiteral("description"), alert.message},
        {QStringLiteral("value"), formatValue(alert.value)},
        {QStringLiteral("kind"), AlertRule::kindId(alert.kind)},
    };
}

QUrl AlertmanagerNotifier::endpointFor(const QUrl &base)
{
    QUrl url = base;
    QString path = url.path();
    if (path.endsWith(QLatin1String("/api/v2/alerts")))
        return url;
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/api/v2/alerts"));
    return url;
}

QJsonObject AlertmanagerNotifier::alertJson(const QJsonObject &labels, const QJsonObject &annotations,
                                            qint64 startsAtMs, qint64 endsAtMs)
{
    return {
        {QStringLiteral("labels"), labels},
        {QStringLiteral("annotations"), annotations},
        {QStringLiteral("startsAt"), isoTime(startsAtMs)},
        {QStringLiteral("endsAt"), isoTime(endsAtMs)},
    };
}

bool AlertmanagerNotifier::fire(const QString &key, const QUrl &base, const Alert &alert,
                                const QJsonObject &extraLabels, qint64 fixedEndMs)
{
    if (!base.isValid() || (base.scheme() != QLatin1String("http") && base.scheme() != QLatin1String("https"))
        || base.host().isEmpty()) {
        target(base).error = tr("The Alertmanager URL is not a valid http(s) URL.");
        setStatus(target(base).error);
        return false;
    }
    auto it = m_entries.find(key);
    const bool reopen = it == m_entries.end() || it->resolvedAtMs > 0 || it->base != base;
    if (it != m_entries.end() && it->base != base) {
        // Moved to another Alertmanager: end it at the old one.
        resolve(key);
        it = m_entries.end();
    }
    Entry e = it == m_entries.end() ? Entry{} : *it;
    e.ruleId = alert.ruleId;
    e.base = base;
    e.labels = labelsFor(alert, extraLabels);
    e.annotations = annotationsFor(alert);
    if (reopen)
        e.startsAtMs = alert.timestampMs > 0 ? alert.timestampMs : now();
    e.fixedEndMs = fixedEndMs;
    e.resolvedAtMs = 0;
    e.generation = ++m_generation;
    m_entries.insert(key, e);
    schedule(base);
    if (!m_resend.isActive())
        m_resend.start();
    return true;
}

void AlertmanagerNotifier::resolve(const QString &key)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end() || it->resolvedAtMs > 0)
        return;
    it->resolvedAtMs = std::max(now(), it->startsAtMs);
    it->generation = ++m_generation;
    schedule(it->base);
}

void AlertmanagerNotifier::resolveRule(const QString &ruleId)
{
    QStringList keys;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it->ruleId == ruleId)
            keys << it.key();
    }
    for (const QString &key : std::as_const(keys))
        resolve(key);
}

int AlertmanagerNotifier::openCount() const
{
    int n = 0;
    for (const Entry &e : m_entries)
        n += e.resolvedAtMs == 0 ? 1 : 0;
    return n;
}

bool AlertmanagerNotifier::isOpen(const QString &key) const
{
    const auto it = m_entries.constFind(key);
    return it != m_entries.cend() && it->resolvedAtMs == 0;
}

QString AlertmanagerNotifier::lastError(const QUrl &base) const
{
    return m_targets.value(base.toString()).error;
}

AlertmanagerNotifier::Target &AlertmanagerNotifier::target(const QUrl &base)
{
    Target &t = m_targets[base.toString()];
    if (!t.retry) {
        t.retry = new QTimer(this);
        t.retry->setSingleShot(true);
        connect(t.retry, &QTimer::timeout, this, [this, base] { post(base); });
    }
    return t;
}

void AlertmanagerNotifier::schedule(const QUrl &base)
{
    Target &t = target(base);
    if (t.inFlight) {
        t.again = true;
        return;
    }
    // While backing off after a failure the next attempt carries the change; otherwise
    // post on the next event-loop turn, so a burst of alerts becomes one request.
    if (t.failures > 0 && t.retry->isActive())
        return;
    t.retry->start(0);
}

void AlertmanagerNotifier::resendAll()
{
    const qint64 t = now();
    QSet<QString> bases;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->resolvedAtMs == 0 && it->fixedEndMs > 0 && it->fixedEndMs <= t) {
            it = m_entries.erase(it); // an event that has ended by itself at Alertmanager
            continue;
        }
        bases.insert(it->base.toString());
        ++it;
    }
    for (const QString &base : std::as_const(bases))
        schedule(QUrl(base));
    if (m_entries.isEmpty())
        m_resend.stop();
}

void AlertmanagerNotifier::post(const QUrl &base)
{
    Target &t = target(base);
    if (t.inFlight)
        return;
    const qint64 at = now();
    QJsonArray alerts;
    QHash<QString, quint64> sent;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        const Entry &e = it.value();
        if (e.base != base)
            continue;
        qint64 ends = e.resolvedAtMs;
        if (ends == 0)
            ends = e.fixedEndMs > 0 ? e.fixedEndMs : at + qint64(OpenIntervals) * m_settings.resendIntervalMs;
        alerts.append(alertJson(e.labels, e.annotations, e.startsAtMs, ends));
        sent.insert(it.key(), e.generation);
    }
    if (alerts.isEmpty())
        return;
    QNetworkRequest request(endpointFor(base));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Tidewatch/" TIDEWATCH_VERSION));
    request.setTransferTimeout(m_settings.timeoutMs);
    t.inFlight = true;
    t.again = false;
    ++m_inFlight;
    QNetworkReply *reply = m_network->post(request, QJsonDocument(alerts).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, base, sent] { finished(reply, base, sent); });
}

void AlertmanagerNotifier::finished(QNetworkReply *reply, const QUrl &base, const QHash<QString, quint64> &sent)
{
    reply->deleteLater();
    --m_inFlight;
    Target &t = target(base);
    t.inFlight = false;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString where = Redact::url(base);
    if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
        t.failures = 0;
        t.error.clear();
        // Resolved alerts that went out unchanged are done.
        for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
            const auto e = m_entries.constFind(it.key());
            if (e != m_entries.cend() && e->generation == it.value() && e->resolvedAtMs > 0)
                m_entries.remove(it.key());
        }
        setStatus(tr("Alertmanager at %1 accepted %n alert(s).", "", int(sent.size())).arg(where));
        Q_EMIT delivered(base, int(sent.size()));
        if (t.again)
            schedule(base);
        return;
    }
    bool retry = true;
    QString error;
    if (status > 0) {
        // Alertmanager explains a rejected post in its body ("invalid label set: …").
        QString detail = Redact::text(QString::fromUtf8(reply->readAll()).trimmed()).left(200);
        if (detail.startsWith(QLatin1Char('"')) && detail.endsWith(QLatin1Char('"')) && detail.size() > 1)
            detail = detail.mid(1, detail.size() - 2);
        error = detail.isEmpty() ? tr("Alertmanager at %1 answered HTTP %2.").arg(where).arg(status)
                                 : tr("Alertmanager at %1 answered HTTP %2: %3").arg(where).arg(status).arg(detail);
        retry = status == 429 || status == 408 || status >= 500;
    } else {
        // Qt's error text can quote the URL; the shown URL has its secrets masked.
        QString detail = reply->errorString();
        detail.replace(reply->url().toString(), Redact::url(reply->url()));
        error = tr("Alertmanager at %1 could not be reached: %2").arg(where, Redact::text(detail));
    }
    ++t.failures;
    t.error = error;
    qCWarning(lcApp).noquote() << "alertmanager:" << error;
    setStatus(error);
    Q_EMIT failed(base, error);
    if (!retry) {
        // A rejected post will not get better by itself: drop the resolved ones (their
        // alerts end at Alertmanager by their last endsAt) and wait for the next change
        // or resend.
        for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
            const auto e = m_entries.constFind(it.key());
            if (e != m_entries.cend() && e->generation == it.value() && e->resolvedAtMs > 0)
                m_entries.remove(it.key());
        }
        t.failures = 0;
        return;
    }
    const int delay = std::min(m_settings.maxRetryMs, m_settings.firstRetryMs << std::min(t.failures - 1, 16));
    t.retry->start(delay);
}

void AlertmanagerNotifier::setStatus(const QString &text)
{
    if (text == m_statusText)
        return;
    m_statusText = text;
    Q_EMIT statusChanged();
}
