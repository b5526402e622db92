#include "tweetssim.h"

#include "sim/simserver.h"

void installTweetsSimulator(SimServer &server)
{
    // The Tweets handlers are added by the Tweets issue.
    Q_UNUSED(server)
}
