#pragma once
// Varied tweet texts for the simulator: per topic, sentence templates filled from word lists
// (thousands of distinct texts), so a demo timeline does not repeat itself every minute.

#include <QRandomGenerator>
#include <QString>

namespace TweetTexts {

/// A text for the source's topic (by source id: "mon-101" … "rule-203"; others get the
/// general topic). Slots are filled from `random`, so a seeded generator repeats exactly.
QString compose(const QString &sourceId, QRandomGenerator &random);

} // namespace TweetTexts
