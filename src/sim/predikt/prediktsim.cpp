#include "prediktsim.h"

#include "prediktsimhandler.h"
#include "sim/simserver.h"

void installPrediktSimulator(SimServer &server)
{
    server.addHandler(new PrediktSimHandler(&server));
}
