// The set of handlers the simulator serves by default: the demo stream and every provider.

#include "demostream.h"
#include "simserver.h"
#include "sim/allium/alliumsim.h"
#include "sim/conyr/conyrsim.h"
#include "sim/predikt/prediktsim.h"
#include "sim/tweets/tweetssim.h"

void SimServer::installStandardHandlers()
{
    addHandler(new DemoStreamHandler(this));
    installAlliumSimulator(*this);
    // Tweets before Conyr: Conyr's REST handler answers every /v1/* path it does not know with
    // 401/404, while the tweets handler claims only its own /v1/twitter/stream/… paths.
    installTweetsSimulator(*this);
    installConyrSimulator(*this);
    installPrediktSimulator(*this);
}
