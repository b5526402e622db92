#include "workspaces.h"

void startWorkspaces()
{
    startAlliumConsole();
    startAlliumStreams();
    startConyrWorkspace();
    startPrediktWorkspace();
    startTweetsWorkspace();
    startRelayWorkspace();
    startSubscriptionsOverview();
}
