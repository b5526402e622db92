#include "alertcontext.h"

#include <QSet>
#include <algorithm>

namespace {

/// "SOL-USD", "SOL/USDC" → "sol": the same asset in another provider's pair.
QString baseOf(const QString &lowerName)
{
    for (qsizetype i = 1; i < lowerName.size(); ++i) {
        const QChar c = lowerName.at(i);
        if (c == QLatin1Char('-') || c == QLatin1Char('/') || c == QLatin1Char('_') || c == QLatin1Char(':'))
            return lowerName.left(i);
    }
    return lowerName;
}

char16_t lowerAscii(QChar c)
{
    const char16_t u = c.unicode();
    return u >= 'A' && u <= 'Z' ? char16_t(u + 32) : u;
}

/// The value is the name, or the name's pair ("SOL-USD" for "sol"), in any case.
bool sameOrPair(const QString &value, const QString &lowerName)
{
    if (value.size() < lowerName.size() || lowerName.isEmpty())
        return false;
    // Most of the window is about other subjects: reject on the first and last letter before
    // a full case-insensitive compare (this runs over the whole window for every alert).
    if (lowerAscii(value.at(0)) != lowerName.at(0).unicode() && value.at(0).unicode() < 128)
        return false;
    if (value.size() == lowerName.size()) {
        const QChar last = value.at(value.size() - 1);
        if (last.unicode() < 128 && lowerAscii(last) != lowerName.at(lowerName.size() - 1).unicode())
            return false;
        return value.compare(lowerName, Qt::CaseInsensitive) == 0;
    }
    const QChar next = value.at(lowerName.size());
    return (next == QLatin1Char('-') || next == QLatin1Char('/') || next == QLatin1Char('_') || next == QLatin1Char(':'))
        && QStringView(value).left(lowerName.size()).compare(lowerName, Qt::CaseInsensitive) == 0;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

/// The name as a word of the text (SOL in "$SOL pumps", not in "solid").
bool mentions(const QString &text, const QString &lowerName)
{
    if (lowerName.size() < 2)
        return false;
    qsizetype from = 0;
    while ((from = text.indexOf(lowerName, from, Qt::CaseInsensitive)) >= 0) {
        const qsizetype end = from + lowerName.size();
        const bool startOk = from == 0 || !isWordChar(text.at(from - 1));
        const bool endOk = end >= text.size() || !isWordChar(text.at(end));
        if (startOk && endOk)
            return true;
        from = end;
    }
    return false;
}

QString number(double v)
{
    return QString::number(v, 'g', 12);
}

} // namespace

void AlertContext::setWindowSec(int seconds)
{
    m_windowSec = std::clamp(seconds, 0, MaxWindowSec);
    if (m_windowSec == 0)
        m_buffer.clear();
}

void AlertContext::add(const Observation &o, qint64 receivedMs)
{
    if (m_windowSec == 0 || o.kind == QLatin1String("paused") || o.kind == QLatin1String("resumed"))
        return;
    const qint64 t = o.timestampMs > 0 ? o.timestampMs : receivedMs;
    m_buffer.push_back({t, o});
    const qint64 oldest = t - qint64(m_windowSec) * 1000;
    while (!m_buffer.empty() && (m_buffer.front().timeMs < oldest || m_buffer.size() > size_t(MaxBuffered)))
        m_buffer.pop_front();
}

bool AlertContext::touches(const Observation &o, const QStringList &lowerNames)
{
    // No copies: this runs over the whole window for every alert.
    for (const QString &name : lowerNames) {
        if (sameOrPair(o.subject, name) || sameOrPair(o.label, name))
            return true;
    }
    if (o.kind == QLatin1String("tweet")) {
        const QString text = o.text(QStringLiteral("text"));
        for (const QString &name : lowerNames) {
            if (mentions(text, name))
                return true;
        }
        return false;
    }
    // A transfer of the token, a trade in it: a field that names a token says so. The typed
    // texts first; of a lazily parsed record only the fields that name tokens (parsing every
    // field of every record in the window would cost more than the alert). Prices, candles
    // and blocks are about their subject only.
    if (o.kind != QLatin1String("record") && o.kind != QLatin1String("trade") && o.kind != QLatin1String("transfer"))
        return false;
    for (auto it = o.texts.cbegin(); it != o.texts.cend(); ++it) {
        for (const QString &name : lowerNames) {
            if (it.value().size() == name.size() && it.value().compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    if (o.fields) {
        static const QStringList tokenFields = {QStringLiteral("symbol"), QStringLiteral("token"), QStringLiteral("token_symbol"),
                                                QStringLiteral("asset"), QStringLiteral("currency"), QStringLiteral("mint")};
        for (const QString &field : tokenFields) {
            const std::optional<QString> value = o.fields->text(field);
            if (!value)
                continue;
            for (const QString &name : lowerNames) {
                if (value->size() == name.size() && value->compare(name, Qt::CaseInsensitive) == 0)
                    return true;
            }
        }
    }
    return false;
}

QString AlertContext::describe(const Observation &o)
{
    if (o.kind == QLatin1String("tweet")) {
        QString text = o.text(QStringLiteral("text")).simplified();
        if (text.size() > 200)
            text = text.left(199) + QChar(0x2026);
        QString author = o.text(QStringLiteral("author"));
        if (!author.isEmpty() && !author.startsWith(QLatin1Char('@')))
            author.prepend(QLatin1Char('@'));
        return author.isEmpty() ? text : author + QStringLiteral(": ") + text;
    }
    QHash<QString, double> metrics;
    QHash<QString, QString> texts;
    o.allFields(metrics, texts);
    // The numbers a person looks for first, then whatever else there is, at most five.
    static const QStringList preferred = {QStringLiteral("price"), QStringLiteral("vwap"), QStringLiteral("close"),
                                          QStringLiteral("amount"), QStringLiteral("value"), QStringLiteral("volume"),
                                          QStringLiteral("size"), QStringLiteral("balance"), QStringLiteral("number")};
    QStringList parts{o.kind};
    QSet<QString> used;
    for (const QString &name : preferred) {
        const auto it = metrics.constFind(name);
        if (it != metrics.cend() && parts.size() < 6) {
            parts << name + QLatin1Char(' ') + number(*it);
            used.insert(name);
        }
    }
    QStringList rest = metrics.keys();
    std::sort(rest.begin(), rest.end());
    for (const QString &name : rest) {
        if (parts.size() >= 6)
            break;
        if (!used.contains(name))
            parts << name + QLatin1Char(' ') + number(metrics.value(name));
    }
    for (const char *field : {"side", "symbol", "from", "to"}) {
        const QString value = texts.value(QLatin1String(field));
        if (!value.isEmpty() && value.size() <= 64)
            parts << QLatin1String(field) + QLatin1Char(' ') + value;
    }
    return parts.join(QStringLiteral(" · "));
}

QJsonArray AlertContext::eventsFor(const QStringList &names, qint64 atMs, bool *truncated) const
{
    if (truncated)
        *truncated = false;
    QStringList lower;
    for (const QString &name : names) {
        const QString n = name.trimmed().toLower();
        if (!n.isEmpty() && !lower.contains(n))
            lower << n;
        const QString base = baseOf(n);
        if (!base.isEmpty() && !lower.contains(base))
            lower << base;
    }
    if (lower.isEmpty() || m_windowSec == 0)
        return {};
    const qint64 from = atMs - qint64(m_windowSec) * 1000;
    // Newest first until MaxEvents are found (one more only says there were more).
    std::vector<const Entry *> found;
    int scanned = 0;
    for (auto it = m_buffer.crbegin(); it != m_buffer.crend(); ++it, ++scanned) {
        if (scanned == MaxScanned) { // a flood: older events of the window are not looked at
            if (truncated && it->timeMs >= from)
                *truncated = true;
            break;
        }
        if (it->timeMs > atMs)
            continue;
        if (it->timeMs < from)
            continue; // feeds' clocks differ: older entries may follow newer ones
        if (!touches(it->observation, lower))
            continue;
        if (int(found.size()) == MaxEvents) {
            if (truncated)
                *truncated = true;
            break;
        }
        found.push_back(&*it);
    }
    // Oldest first by their own times (feeds deliver in arrival order, not always in time order).
    std::reverse(found.begin(), found.end());
    std::stable_sort(found.begin(), found.end(), [](const Entry *a, const Entry *b) { return a->timeMs < b->timeMs; });
    QJsonArray out;
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        const Observation &o = (*it)->observation;
        QJsonObject event{{QStringLiteral("t"), (*it)->timeMs},
                          {QStringLiteral("provider"), o.provider},
                          {QStringLiteral("source"), o.source},
                          {QStringLiteral("kind"), o.kind},
                          {QStringLiteral("subject"), o.subject},
                          {QStringLiteral("text"), describe(o)}};
        if (!o.label.isEmpty())
            event.insert(QStringLiteral("label"), o.label);
        out.append(event);
    }
    return out;
}
