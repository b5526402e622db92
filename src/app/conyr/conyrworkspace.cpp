#include "app/workspaces.h"

void startConyrWorkspace()
{
    // The Conyr workspace is added by the Conyr issue.
}
