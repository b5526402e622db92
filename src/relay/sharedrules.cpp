// SharedRules: key-value entries → AlertRule set.

#include "sharedrules.h"

#include <QJsonDocument>
#include <QJsonObject>

SharedRules::SharedRules(KvBucket *bucket, QObject *parent)
    : QObject(parent)
    , m_bucket(bucket)
{
    m_emit.setSingleShot(true);
    m_emit.setInterval(0);
    connect(&m_emit, &QTimer::timeout, this, [this] { Q_EMIT rulesChanged(rules()); });
    connect(bucket, &KvBucket::entryChanged, this, &SharedRules::onEntry);
    connect(bucket, &KvBucket::initialValuesDone, this, [this] {
        m_ready = true;
        m_emit.start();
    });
}

bool SharedRules::start(QString *error)
{
    return m_bucket->watch(QStringLiteral(">"), error);
}

void SharedRules::startInBackground(const QString &bucket)
{
    // A new watch delivers every current value again: what a key held before may be gone.
    m_rules.clear();
    m_ready = false;
    m_bucket->watchInBackground(bucket);
}

QString SharedRules::keyFor(const AlertRule &rule)
{
    // Key-value keys allow [-/_=.a-zA-Z0-9].
    QString key;
    for (const QChar c : rule.id) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') || c == QLatin1Char('_')
            || c == QLatin1Char('=');
        key.append(ok ? c : QLatin1Char('_'));
    }
    return key.isEmpty() ? QStringLiteral("_") : key;
}

int SharedRules::push(KvBucket &bucket, const QList<AlertRule> &rules, QString *error)
{
    int written = 0;
    for (const AlertRule &rule : rules) {
        if (bucket.put(keyFor(rule), QJsonDocument(rule.toJson()).toJson(QJsonDocument::Compact), error) == 0)
            return written;
        ++written;
    }
    return written;
}

void SharedRules::onEntry(const QString &key, const QByteArray &value, quint64, bool deleted)
{
    if (deleted) {
        if (m_rules.remove(key) > 0 && m_ready)
            m_emit.start();
        return;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(value, &parseError);
    AlertRule rule;
    QString problem;
    if (!doc.isObject()) {
        problem = tr("not a JSON object (%1)").arg(parseError.errorString());
    } else if (!AlertRule::fromJson(doc.object(), rule, &problem)) {
        // problem says why
    } else if (const QString invalid = rule.validate(); !invalid.isEmpty()) {
        problem = invalid;
    }
    if (!problem.isEmpty()) {
        Q_EMIT ruleRejected(key, problem);
        return;
    }
    m_rules.insert(key, rule);
    if (m_ready)
        m_emit.start();
}
