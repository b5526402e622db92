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
    installConyrSimulator(*this);
    installPrediktSimulator(*this);
    installTweetsSimulator(*this);
}
