#include "app/workspaces.h"

void startAlliumWorkspace()
{
    // The Allium workspace is added by the Allium issue.
}
