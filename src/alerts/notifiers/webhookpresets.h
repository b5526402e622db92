#pragma once
// Webhook presets: the body (and, for Telegram, the URL) a chat service's incoming webhook
// takes, beside the generic JSON body. Pure functions, so each shape is testable alone.
//
//   generic   {"text": "[SEVERITY] message", "alert": {...}}   (WebhookNotifier::bodyFor)
//   slack     {"text": "..."}                                    (Slack incoming webhook)
//   discord   {"content": "..."}                                 (Discord webhook, ≤ 2000 chars)
//   telegram  {"chat_id": "...", "text": "..."} to
//             <base>/bot<token>/sendMessage                      (Bot API, ≤ 4096 chars)
//
// The Telegram bot token is a secret: it lives in the key store under tokenKeyId(rule id),
// never in the rules file, and is masked wherever text is logged or shown.

#include "alerts/alert.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace WebhookPresets {

enum class Preset { Generic, Slack, Discord, Telegram };

QString id(Preset preset);
bool fromId(const QString &id, Preset &out);
QString label(Preset preset);
QList<Preset> all();

/// The Bot API base used when a Telegram rule names none.
QString defaultTelegramBase();
/// The key store entry holding a rule's bot token.
QString tokenKeyId(const QString &ruleId);

/// One line for chat services: "[CRITICAL] BTC high: BTC rose above 100: 101".
QString textFor(const Alert &alert);
/// The JSON body for the preset (chatId: Telegram only).
QByteArray bodyFor(Preset preset, const Alert &alert, const QString &chatId = {});
/// Where to post: the rule's URL, or for Telegram <base>/bot<token>/sendMessage.
QUrl urlFor(Preset preset, const QUrl &base, const QString &token = {});
/// The URL as it may be shown (Telegram's token replaced by the mask).
QString displayUrl(Preset preset, const QUrl &base);

} // namespace WebhookPresets
