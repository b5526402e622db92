#pragma once
// Every provider's workspace (the controller that turns its profiles into clients and
// models) starts with the app, so feeds run and alerts fire before any page is opened.

/// Starts all provider workspaces; called once by AppController::start().
void startWorkspaces();

void startAlliumConsole();
void startAlliumStreams();
void startConyrWorkspace();
void startPrediktWorkspace();
void startTweetsWorkspace();
/// After the provider workspaces: a relay's clients are shown in theirs.
void startRelayWorkspace();
/// The Subscriptions overview's alert action (src/app/subscriptions/subscriptionalertaction.h).
void startSubscriptionsOverview();
