#include "secrets.h"

#include <QByteArrayMatcher>
#include <QHash>
#include <QMutex>
#include <QUrl>
#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

namespace {

struct Pattern {
    QByteArray bytes;
    QByteArrayMatcher matcher;
    bool wholeValueOnly = false;
};

/// The patterns of every registered secret, longest first (so that a longer form of a
/// secret is masked before a shorter one that it contains). Immutable once published.
struct Snapshot {
    std::vector<Pattern> patterns;
};

struct Registry {
    QMutex mutex;
    QHash<QString, int> uses;
    std::shared_ptr<const Snapshot> snapshot;
    std::atomic<quint64> generation{0};
    std::atomic<bool> any{false};
};

Registry &registry()
{
    static Registry r;
    return r;
}

QByteArray hex4(uint code)
{
    return QByteArray::number(code, 16).rightJustified(4, '0');
}

/// The text with the hex digits after each escape introducer in lower (or upper) case.
QByteArray caseHexEscapes(QByteArray text, const char *introducer, int digits, bool upper)
{
    const qsizetype skip = qsizetype(qstrlen(introducer));
    for (qsizetype i = text.indexOf(introducer); i >= 0; i = text.indexOf(introducer, i + skip)) {
        for (qsizetype k = i + skip; k < i + skip + digits && k < text.size(); ++k)
            text[k] = upper ? char(toupper(uchar(text.at(k)))) : char(tolower(uchar(text.at(k))));
    }
    return text;
}

QByteArray lowerHexEscapes(const QByteArray &text, const char *introducer, int digits)
{
    return caseHexEscapes(text, introducer, digits, false);
}

QByteArray upperHexEscapes(const QByteArray &text)
{
    return caseHexEscapes(text, "\\u", 4, true);
}

/// The secret as JSON encoders write it inside a string: Qt-style (only " and \ and
/// control characters escaped) and strict-ASCII style (also / and everything non-ASCII,
/// as Python's and PHP's defaults do).
QList<QByteArray> jsonForms(const QString &secret)
{
    QString minimal;
    QByteArray ascii;
    for (const QChar c : secret) {
        const ushort u = c.unicode();
        if (u == '"' || u == '\\') {
            minimal += QLatin1Char('\\') + c;
            ascii += '\\';
            ascii += char(u);
        } else if (u < 0x20) {
            minimal += QLatin1String("\\u") + QLatin1String(hex4(u));
            ascii += "\\u" + hex4(u);
        } else if (u == '/') {
            minimal += c;
            ascii += "\\/";
        } else if (u < 0x80) {
            minimal += c;
            ascii += char(u);
        } else {
            minimal += c; // UTF-8 as it is; a pair of surrogates stays one character
            ascii += "\\u" + hex4(u);
        }
    }
    const QByteArray minimalUtf8 = minimal.toUtf8();
    // Some encoders write \u escapes in upper-case hex.
    return {minimalUtf8, ascii, upperHexEscapes(ascii)};
}

std::shared_ptr<const Snapshot> build(const QHash<QString, int> &uses)
{
    auto snapshot = std::make_shared<Snapshot>();
    QList<QPair<QByteArray, bool>> forms;
    for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
        const QString &secret = it.key();
        const bool whole = secret.size() < Secrets::MinFreeTextLength;
        QList<QByteArray> bytes{secret.toUtf8()};
        const QList<QByteArray> json = jsonForms(secret);
        bytes += json;
        // A frame quoted inside another JSON string (a server's error quoting the request)
        // escapes twice.
        if (json.constFirst() != bytes.constFirst())
            bytes += jsonForms(QString::fromUtf8(json.constFirst())).constFirst();
        const QByteArray percent = QUrl::toPercentEncoding(secret);
        bytes += percent;
        bytes += lowerHexEscapes(percent, "%", 2);
        for (const QByteArray &b : std::as_const(bytes)) {
            if (!b.isEmpty() && !forms.contains(qMakePair(b, whole)))
                forms.append({b, whole});
        }
    }
    std::sort(forms.begin(), forms.end(), [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    snapshot->patterns.reserve(size_t(forms.size()));
    for (const auto &[bytes, whole] : std::as_const(forms))
        snapshot->patterns.push_back({bytes, QByteArrayMatcher(bytes), whole});
    return snapshot;
}

void publish(Registry &r)
{
    r.snapshot = r.uses.isEmpty() ? nullptr : build(r.uses);
    r.any.store(!r.uses.isEmpty(), std::memory_order_relaxed);
    r.generation.fetch_add(1, std::memory_order_release);
}

/// This thread's copy of the published patterns: taken under the lock only when the
/// registry changed since, so the hot path takes no lock.
const Snapshot *current()
{
    Registry &r = registry();
    thread_local std::shared_ptr<const Snapshot> cached;
    thread_local quint64 cachedGeneration = 0;
    if (r.generation.load(std::memory_order_acquire) != cachedGeneration) {
        QMutexLocker lock(&r.mutex);
        cached = r.snapshot;
        cachedGeneration = r.generation.load(std::memory_order_relaxed);
    }
    return cached.get();
}

bool endsValue(char c)
{
    return c == '&' || c == '#' || c == '"' || c == '\'' || c == ',' || c == ';' || c == ' ' || c == '\t'
        || c == '\r' || c == '\n';
}

/// A short secret only counts as a whole JSON string or a whole query/assignment value.
bool standsAlone(const QByteArray &text, qsizetype at, qsizetype length)
{
    if (at == 0)
        return false;
    const char before = text.at(at - 1);
    const qsizetype end = at + length;
    if (before == '"')
        return end < text.size() && text.at(end) == '"';
    if (before == '=')
        return end == text.size() || endsValue(text.at(end));
    return false;
}

} // namespace

namespace Secrets {

void add(const QString &secret)
{
    if (secret.isEmpty())
        return;
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    if (r.uses[secret]++ == 0)
        publish(r);
}

void remove(const QString &secret)
{
    if (secret.isEmpty())
        return;
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    const auto it = r.uses.find(secret);
    if (it == r.uses.end())
        return;
    if (--it.value() <= 0) {
        r.uses.erase(it);
        publish(r);
    }
}

bool any()
{
    return registry().any.load(std::memory_order_relaxed);
}

int count()
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    return int(r.uses.size());
}

bool contains(const QString &secret)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    return r.uses.contains(secret);
}

QByteArray mask(const QByteArray &utf8)
{
    if (!any() || utf8.isEmpty())
        return utf8;
    const Snapshot *snapshot = current();
    if (!snapshot)
        return utf8;
    QByteArray out;
    const QByteArray *text = &utf8;
    for (const Pattern &p : snapshot->patterns) {
        const qsizetype length = p.bytes.size();
        if (text->size() < length)
            continue;
        qsizetype at = p.matcher.indexIn(*text, 0);
        if (at < 0)
            continue;
        QByteArray next;
        qsizetype copied = 0;
        while (at >= 0) {
            if (p.wholeValueOnly && !standsAlone(*text, at, length)) {
                at = p.matcher.indexIn(*text, at + 1);
                continue;
            }
            if (next.isEmpty())
                next.reserve(text->size());
            next.append(text->constData() + copied, at - copied);
            next.append(Mask);
            copied = at + length;
            at = p.matcher.indexIn(*text, copied);
        }
        if (copied == 0)
            continue; // only short-secret matches inside other text
        next.append(text->constData() + copied, text->size() - copied);
        out = std::move(next);
        text = &out;
    }
    return text == &utf8 ? utf8 : out;
}

QString mask(const QString &text)
{
    if (!any() || text.isEmpty())
        return text;
    const QByteArray utf8 = text.toUtf8();
    const QByteArray masked = mask(utf8);
    if (masked.constData() == utf8.constData())
        return text;
    return QString::fromUtf8(masked);
}

void Hold::set(const QString &secret)
{
    if (secret == m_secret)
        return;
    // Add the new one first: a secret shared with the old one never drops out in between.
    add(secret);
    remove(m_secret);
    m_secret = secret;
}

} // namespace Secrets
