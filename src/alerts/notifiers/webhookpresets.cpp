#include "webhookpresets.h"

#include "alerts/webhooknotifier.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

constexpr int DiscordLimit = 2000;  // characters in "content"
constexpr int TelegramLimit = 4096; // characters in "text"

QString clip(const QString &text, int limit)
{
    return text.size() <= limit ? text : text.left(limit - 1) + QChar(0x2026);
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

namespace WebhookPresets {

QString id(Preset preset)
{
    switch (preset) {
    case Preset::Generic: return QStringLiteral("generic");
    case Preset::Slack: return QStringLiteral("slack");
    case Preset::Discord: return QStringLiteral("discord");
    case Preset::Telegram: return QStringLiteral("telegram");
    }
    return QStringLiteral("generic");
}

bool fromId(const QString &text, Preset &out)
{
    for (Preset p : all()) {
        if (id(p) == text) {
            out = p;
            return true;
        }
    }
    return false;
}

QString label(Preset preset)
{
    switch (preset) {
    case Preset::Generic: return QCoreApplication::translate("WebhookPresets", "Generic JSON");
    case Preset::Slack: return QCoreApplication::translate("WebhookPresets", "Slack");
    case Preset::Discord: return QCoreApplication::translate("WebhookPresets", "Discord");
    case Preset::Telegram: return QCoreApplication::translate("WebhookPresets", "Telegram bot");
    }
    return {};
}

QList<Preset> all()
{
    return {Preset::Generic, Preset::Slack, Preset::Discord, Preset::Telegram};
}

QString defaultTelegramBase()
{
    return QStringLiteral("https://api.telegram.org");
}

QString tokenKeyId(const QString &ruleId)
{
    return QStringLiteral("webhook-token:") + ruleId;
}

QString textFor(const Alert &alert)
{
    const QString severity = AlertSeverities::toId(alert.severity).toUpper();
    if (alert.ruleName.isEmpty() || alert.message.startsWith(alert.ruleName))
        return QStringLiteral("[%1] %2").arg(severity, alert.message);
    return QStringLiteral("[%1] %2: %3").arg(severity, alert.ruleName, alert.message);
}

QByteArray bodyFor(Preset preset, const Alert &alert, const QString &chatId)
{
    switch (preset) {
    case Preset::Generic: return WebhookNotifier::bodyFor(alert);
    case Preset::Slack: return compact({{QStringLiteral("text"), textFor(alert)}});
    case Preset::Discord: return compact({{QStringLiteral("content"), clip(textFor(alert), DiscordLimit)}});
    case Preset::Telegram:
        return compact({{QStringLiteral("chat_id"), chatId}, {QStringLiteral("text"), clip(textFor(alert), TelegramLimit)}});
    }
    return {};
}

QUrl urlFor(Preset preset, const QUrl &base, const QString &token)
{
    if (preset != Preset::Telegram)
        return base;
    QUrl url = base.isEmpty() ? QUrl(defaultTelegramBase()) : base;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/bot") + token + QStringLiteral("/sendMessage"));
    return url;
}

QString displayUrl(Preset preset, const QUrl &base)
{
    return Redact::url(urlFor(preset, base, preset == Preset::Telegram ? QString::fromUtf8(Redact::Mask) : QString()));
}

} // namespace WebhookPresets
