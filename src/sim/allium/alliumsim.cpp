#include "alliumsim.h"

#include "sim/simserver.h"

void installAlliumSimulator(SimServer &server)
{
    // The Allium handlers are added by the Allium issue.
    Q_UNUSED(server)
}
