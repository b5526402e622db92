#include "prediktsim.h"

#include "sim/simserver.h"

void installPrediktSimulator(SimServer &server)
{
    // The Predikt handlers are added by the Predikt issue.
    Q_UNUSED(server)
}
