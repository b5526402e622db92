#include "workspaces.h"

void startWorkspaces()
{
    startAlliumWorkspace();
    startConyrWorkspace();
    startPrediktWorkspace();
    startTweetsWorkspace();
    startRelayWorkspace();
}
