#pragma once
// What an Allium server's close frame means. The documents name no close codes or error
// frames for either WebSocket endpoint (reference/allium.md §2, §7), so besides the codes
// every provider shares (Failure::classifyClose) the close reason's words decide.

#include "core/failure.h"

#include <QString>
#include <optional>

namespace AlliumClose {

/// Limit (429, rate limit, too many connections, quota) → Failure::Kind::Limit; a rejected
/// or unentitled key (401/403, unauthorized, invalid key, not enabled, no topic access) →
/// Failure::Kind::Auth; anything else: nullopt (the default classification applies).
/// Installed by both Allium clients with Connection::setCloseClassifier().
std::optional<Failure::Verdict> classify(int code, const QString &reason);

} // namespace AlliumClose
