#include "app/workspaces.h"

void startTweetsWorkspace()
{
    // The Tweets workspace is added by the Tweets issue.
}
