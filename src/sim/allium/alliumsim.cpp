#include "alliumsim.h"

#include "alliumapisim.h"
#include "alliumstreamsim.h"
#include "sim/simserver.h"

void installAlliumSimulator(SimServer &server)
{
    server.addHandler(new AlliumApiSimHandler(&server));
    server.addHandler(new AlliumStreamSimHandler(&server));
}
