#pragma once
// Tweets as Observations: one per new tweet (after TweetsClient's de-duplication), with
// text, author, monitor or rule for TweetMatch rules and the whole record for filter rules.

#include "core/observation.h"
#include "tweet.h"

class TweetsClient;

namespace TweetsObservations {

/// The client's observations (a child of the client); source is its connection's name.
ObservationSource *attach(TweetsClient *client);

Observation fromTweet(const QString &source, const Tweet &tweet);

} // namespace TweetsObservations
