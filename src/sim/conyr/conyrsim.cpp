#include "conyrsim.h"

#include "sim/simserver.h"

void installConyrSimulator(SimServer &server)
{
    // The Conyr handlers are added by the Conyr issue.
    Q_UNUSED(server)
}
