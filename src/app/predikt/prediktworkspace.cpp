#include "app/workspaces.h"

void startPrediktWorkspace()
{
    // The Predikt workspace is added by the Predikt issue.
}
