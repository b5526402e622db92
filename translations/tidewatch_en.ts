<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AlertDryRun</name>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds of recording</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes of recording</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) in %1 of recording</source>
        <translation>
            <numerusform>%n alert in %1 of recording</numerusform>
            <numerusform>%n alerts in %1 of recording</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertDryRunDialog</name>
    <message numerus="yes">
        <source>%1 frames · %2 observations · %n firing(s)</source>
        <translation>
            <numerusform>%1 frames · %2 observations · %n firing</numerusform>
            <numerusform>%1 frames · %2 observations · %n firings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertRuleList</name>
    <message numerus="yes">
        <source>fired %n time(s), last %1</source>
        <translation>
            <numerusform>fired %n time, last %1</numerusform>
            <numerusform>fired %n times, last %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertRuleModel</name>
    <message numerus="yes">
        <source>%n bar(s) of %1</source>
        <translation>
            <numerusform>%n bar of %1</numerusform>
            <numerusform>%n bars of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertStore</name>
    <message numerus="yes">
        <source>%n rule(s) could not be read: %1</source>
        <translation>
            <numerusform>%n rule could not be read: %1</numerusform>
            <numerusform>%n rules could not be read: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertmanagerNotifier</name>
    <message numerus="yes">
        <source>Alertmanager at %1 accepted %n alert(s).</source>
        <translation>
            <numerusform>Alertmanager at %1 accepted %n alert.</numerusform>
            <numerusform>Alertmanager at %1 accepted %n alerts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unacknowledged alert(s)</source>
        <translation>
            <numerusform>%n unacknowledged alert</numerusform>
            <numerusform>%n unacknowledged alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlliumConsole</name>
    <message numerus="yes">
        <source>%Ln limit re-queue(s)</source>
        <translation><numerusform>%Ln limit re-queue</numerusform><numerusform>%Ln limit re-queues</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln timeout(s)</source>
        <translation><numerusform>%Ln timeout</numerusform><numerusform>%Ln timeouts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln unknown id(s)</source>
        <translation><numerusform>%Ln unknown id</numerusform><numerusform>%Ln unknown ids</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad frame(s)</source>
        <translation><numerusform>%Ln bad frame</numerusform><numerusform>%Ln bad frames</numerusform></translation>
    </message>
</context>
<context>
    <name>AlliumStreams</name>
    <message numerus="yes">
        <source>%Ln gap(s)</source>
        <translation><numerusform>%Ln gap</numerusform><numerusform>%Ln gaps</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln re-org(s)</source>
        <translation><numerusform>%Ln re-org</numerusform><numerusform>%Ln re-orgs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad frame(s)</source>
        <translation><numerusform>%Ln bad frame</numerusform><numerusform>%Ln bad frames</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of the last %n record(s) match</source>
        <translation><numerusform>%1 of the last %n record match</numerusform><numerusform>%1 of the last %n records match</numerusform></translation>
    </message>
</context>
<context>
    <name>CandleChart</name>
    <message numerus="yes">
        <source>no data (%n bar(s))</source>
        <translation>
            <numerusform>no data (%n bar)</numerusform>
            <numerusform>no data (%n bars)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s) missing here</source>
        <translation>
            <numerusform>%n bar missing here</numerusform>
            <numerusform>%n bars missing here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelRow</name>
    <message numerus="yes">
        <source>%n payload(s) not understood, latest: %1</source>
        <translation>
            <numerusform>%n payload not understood, latest: %1</numerusform>
            <numerusform>%n payloads not understood, latest: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionRow</name>
    <message numerus="yes">
        <source>%n shared rule(s) from bucket %1</source>
        <translation><numerusform>%n shared rule from bucket %1</numerusform><numerusform>%n shared rules from bucket %1</numerusform></translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message numerus="yes">
        <source>%n profile(s) · %1 of %2 connections open</source>
        <translation>
            <numerusform>%n profile · %1 of %2 connections open</numerusform>
            <numerusform>%n profiles · %1 of %2 connections open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s). Enter a key for each to connect.</source>
        <translation>
            <numerusform>Imported %n profile. Enter a key for each to connect.</numerusform>
            <numerusform>Imported %n profiles. Enter a key for each to connect.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConyrClient</name>
    <message numerus="yes">
        <source>Not connected: the %1 tier allows %n connection(s) per key, and this app already uses all of them with this key. It connects as soon as one is closed.</source>
        <translation>
            <numerusform>Not connected: the %1 tier allows %n connection per key, and this app already uses all of them with this key. It connects as soon as one is closed.</numerusform>
            <numerusform>Not connected: the %1 tier allows %n connections per key, and this app already uses all of them with this key. It connects as soon as one is closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server neither confirmed nor refused this subscription within %n second(s).</source>
        <translation>
            <numerusform>The server neither confirmed nor refused this subscription within %n second.</numerusform>
            <numerusform>The server neither confirmed nor refused this subscription within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardAlertsTile</name>
    <message numerus="yes">
        <source>%n unacknowledged</source>
        <translation>
            <numerusform>%n unacknowledged</numerusform>
            <numerusform>%n unacknowledged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No alerts yet — %n rule(s) watching.</source>
        <translation>
            <numerusform>No alerts yet — %n rule watching.</numerusform>
            <numerusform>No alerts yet — %n rules watching.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardLayout</name>
    <message numerus="yes">
        <source>%n tile(s) of the saved dashboard layout could not be read.</source>
        <translation>
            <numerusform>%n tile of the saved dashboard layout could not be read.</numerusform>
            <numerusform>%n tiles of the saved dashboard layout could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>%n unacknowledged alert(s)</source>
        <translation>
            <numerusform>%n unacknowledged alert</numerusform>
            <numerusform>%n unacknowledged alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) open</source>
        <translation><numerusform>%1 of %n connection open</numerusform><numerusform>%1 of %n connections open</numerusform></translation>
    </message>
</context>
<context>
    <name>FrameInspector</name>
    <message numerus="yes">
        <source>%n frame(s) missed while paused</source>
        <translation>
            <numerusform>%n frame missed while paused</numerusform>
            <numerusform>%n frames missed while paused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonNumbers</name>
    <message numerus="yes">
        <source>the number has %n characters, more than 64</source>
        <translation>
            <numerusform>the number has %n character, more than 64</numerusform>
            <numerusform>the number has %n characters, more than 64</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n more</numerusform>
            <numerusform>… %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n key}</numerusform>
            <numerusform>{%n keys}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LatencyHistogram</name>
    <message numerus="yes">
        <source>last %Ln tweet(s)</source>
        <translation><numerusform>last %Ln tweet</numerusform><numerusform>last %Ln tweets</numerusform></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message numerus="yes">
        <source>%1 of %n connection(s) open</source>
        <translation><numerusform>%1 of %n connection open</numerusform><numerusform>%1 of %n connections open</numerusform></translation>
    </message>
</context>
<context>
    <name>MarketsPage</name>
    <message numerus="yes">
        <source>%n gap(s) · %1 lost</source>
        <translation>
            <numerusform>%n gap · %1 lost</numerusform>
            <numerusform>%n gaps · %1 lost</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrediktClient</name>
    <message numerus="yes">
        <source>The %1 tier allows %2 symbols per connection; %3 are subscribed, so %n more do not fit.</source>
        <translation>
            <numerusform>The %1 tier allows %2 symbols per connection; %3 are subscribed, so %n more does not fit.</numerusform>
            <numerusform>The %1 tier allows %2 symbols per connection; %3 are subscribed, so %n more do not fit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Predikt allows %n symbol(s) on this connection: kept %1; dropped %2.</source>
        <translation>
            <numerusform>Predikt allows %n symbol on this connection: kept %1; dropped %2.</numerusform>
            <numerusform>Predikt allows %n symbols on this connection: kept %1; dropped %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 tier allows %n connection(s) per account, and all are open already. Close one or upgrade the tier.</source>
        <translation><numerusform>The %1 tier allows %n connection per account, and it is open already. Close it or upgrade the tier.</numerusform><numerusform>The %1 tier allows %n connections per account, and all are open already. Close one or upgrade the tier.</numerusform></translation>
    </message>
</context>
<context>
    <name>PrediktSession</name>
    <message numerus="yes">
        <source>The %1 tier allows %n symbol(s) per connection.</source>
        <translation><numerusform>The %1 tier allows %n symbol per connection.</numerusform><numerusform>The %1 tier allows %n symbols per connection.</numerusform></translation>
    </message>
</context>
<context>
    <name>PricesPage</name>
    <message numerus="yes">
        <source>%1 of %n symbol(s)</source>
        <translation><numerusform>%1 of %n symbol</numerusform><numerusform>%1 of %n symbols</numerusform></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message numerus="yes">
        <source>%n stored profile(s) could not be read and were skipped: %1</source>
        <translation>
            <numerusform>%n stored profile could not be read and were skipped: %1</numerusform>
            <numerusform>%n stored profiles could not be read and were skipped: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordingController</name>
    <message numerus="yes">
        <source>Replay finished: %n frame(s)</source>
        <translation>
            <numerusform>Replay finished: %n frame</numerusform>
            <numerusform>Replay finished: %n frames</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaying %1 of %Ln frame(s)</source>
        <translation><numerusform>Replaying %1 of %Ln frame</numerusform><numerusform>Replaying %1 of %Ln frames</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Replay stopped after %1 of %Ln frame(s)</source>
        <translation><numerusform>Replay stopped after %1 of %Ln frame</numerusform><numerusform>Replay stopped after %1 of %Ln frames</numerusform></translation>
    </message>
</context>
<context>
    <name>RelayFeed</name>
    <message numerus="yes">
        <source>The relay dropped %n message(s) while NATS was unavailable.</source>
        <translation>
            <numerusform>The relay dropped %n message while NATS was unavailable.</numerusform>
            <numerusform>The relay dropped %n messages while NATS was unavailable.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceStatsPanel</name>
    <message numerus="yes">
        <source>%Ln tweet(s) · %1/min</source>
        <translation><numerusform>%Ln tweet · %1/min</numerusform><numerusform>%Ln tweets · %1/min</numerusform></translation>
    </message>
</context>
<context>
    <name>StreamsPage</name>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n gap</numerusform>
            <numerusform>%n gaps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n re-org(s)</source>
        <translation>
            <numerusform>%n re-org</numerusform>
            <numerusform>%n re-orgs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s), keep</source>
        <translation><numerusform>%Ln row, keep</numerusform><numerusform>%Ln rows, keep</numerusform></translation>
    </message>
</context>
<context>
    <name>SubscriptionLedger</name>
    <message numerus="yes">
        <source>%n connection(s) of this key (no cap)</source>
        <translation>
            <numerusform>%n connection of this key (no cap)</numerusform>
            <numerusform>%n connections of this key (no cap)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s), no cap published</source>
        <translation>
            <numerusform>%n connection, no cap published</numerusform>
            <numerusform>%n connections, no cap published</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) on this connection (no cap)</source>
        <translation>
            <numerusform>%n channel on this connection (no cap)</numerusform>
            <numerusform>%n channels on this connection (no cap)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) (no cap)</source>
        <translation>
            <numerusform>%n channel (no cap)</numerusform>
            <numerusform>%n channels (no cap)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n monitor(s)</source>
        <translation>
            <numerusform>%n monitor</numerusform>
            <numerusform>%n monitors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n topic</numerusform>
            <numerusform>%n topics</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionSet</name>
    <message numerus="yes">
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n channel</numerusform>
            <numerusform>%n channels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n symbol(s)</source>
        <translation>
            <numerusform>%n symbol</numerusform>
            <numerusform>%n symbols</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n monitor(s)</source>
        <translation>
            <numerusform>%n monitor</numerusform>
            <numerusform>%n monitors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filter rule(s)</source>
        <translation>
            <numerusform>%n filter rule</numerusform>
            <numerusform>%n filter rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marks %n subscription(s) optional.</source>
        <translation>
            <numerusform>Marks %n subscription optional.</numerusform>
            <numerusform>Marks %n subscriptions optional.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n subscription(s).</source>
        <translation>
            <numerusform>Added %n subscription.</numerusform>
            <numerusform>Added %n subscriptions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionsOverview</name>
    <message numerus="yes">
        <source>%n optional</source>
        <translation>
            <numerusform>%n optional</numerusform>
            <numerusform>%n optional</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paused %n optional subscription(s)</source>
        <translation>
            <numerusform>paused %n optional subscription</numerusform>
            <numerusform>paused %n optional subscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n subscription(s) to %1 (no keys).</source>
        <translation>
            <numerusform>Exported %n subscription to %1 (no keys).</numerusform>
            <numerusform>Exported %n subscriptions to %1 (no keys).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n symbol(s)</source>
        <translation>
            <numerusform>Adding %n symbol</numerusform>
            <numerusform>Adding %n symbols</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TradesTape</name>
    <message numerus="yes">
        <source>Paused · %n new trade(s)</source>
        <translation><numerusform>Paused · %n new trade</numerusform><numerusform>Paused · %n new trades</numerusform></translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <source>%n unacknowledged alert(s)</source>
        <translation>
            <numerusform>%n unacknowledged alert</numerusform>
            <numerusform>%n unacknowledged alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tidewatch — %1 of %n connection(s) open</source>
        <translation><numerusform>Tidewatch — %1 of %n connection open</numerusform><numerusform>Tidewatch — %1 of %n connections open</numerusform></translation>
    </message>
</context>
<context>
    <name>TweetMonitorEditor</name>
    <message numerus="yes">
        <source>%n account(s) × %1 = %2 credits per day (%3)</source>
        <translation>
            <numerusform>%n account × %1 = %2 credits per day (%3)</numerusform>
            <numerusform>%n accounts × %1 = %2 credits per day (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TweetMonitorRow</name>
    <message numerus="yes">
        <source>%n account(s): %1</source>
        <translation>
            <numerusform>%n account: %1</numerusform>
            <numerusform>%n accounts: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TweetRuleEditor</name>
    <message numerus="yes">
        <source>The query is valid: %n matching tweet(s) in a sample.</source>
        <translation>
            <numerusform>The query is valid: %n matching tweet in a sample.</numerusform>
            <numerusform>The query is valid: %n matching tweets in a sample.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TweetRuleRow</name>
    <message numerus="yes">
        <source>%1 · up to %n result(s) per poll · Tier: %2</source>
        <translation><numerusform>%1 · up to %n result per poll · Tier: %2</numerusform><numerusform>%1 · up to %n results per poll · Tier: %2</numerusform></translation>
    </message>
</context>
<context>
    <name>TweetsClient</name>
    <message numerus="yes">
        <source>All %1 connections of this API key are in use (code 4003); this app holds %n of them. Close another connection that uses the key; retrying every %2 s.</source>
        <translation>
            <numerusform>All %1 connections of this API key are in use (code 4003); this app holds %n of them. Close another connection that uses the key; retrying every %2 s.</numerusform>
            <numerusform>All %1 connections of this API key are in use (code 4003); this app holds %n of them. Close another connection that uses the key; retrying every %2 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tweet stream closed the connection with code 1001%1 although this app answered %n keepalive ping(s) in this session; reconnecting.</source>
        <translation>
            <numerusform>The tweet stream closed the connection with code 1001%1 although this app answered %n keepalive ping in this session; reconnecting.</numerusform>
            <numerusform>The tweet stream closed the connection with code 1001%1 although this app answered %n keepalive pings in this session; reconnecting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TweetsPage</name>
    <message numerus="yes">
        <source>%1 of %Ln tweet(s) shown</source>
        <translation><numerusform>%1 of %Ln tweet shown</numerusform><numerusform>%1 of %Ln tweets shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln tweet(s) (newest %1 kept)</source>
        <translation><numerusform>%Ln tweet (newest %1 kept)</numerusform><numerusform>%Ln tweets (newest %1 kept)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln tweet(s) hidden by the filters.</source>
        <translation><numerusform>%Ln tweet hidden by the filters.</numerusform><numerusform>%Ln tweets hidden by the filters.</numerusform></translation>
    </message>
</context>
<context>
    <name>TweetsRest</name>
    <message numerus="yes">
        <source>The server did not accept %n field(s): %1.</source>
        <translation>
            <numerusform>The server did not accept %n field: %1.</numerusform>
            <numerusform>The server did not accept %n fields: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many requests (HTTP 429). Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many requests (HTTP 429). Try again in %n second.</numerusform>
            <numerusform>Too many requests (HTTP 429). Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TweetsSubscriptionsController</name>
    <message numerus="yes">
        <source>%n item(s) in the answer could not be read and are not shown.</source>
        <translation>
            <numerusform>%n item in the answer could not be read and are not shown.</numerusform>
            <numerusform>%n items in the answer could not be read and are not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active: %1</source>
        <translation>
            <numerusform>%n active: %1</numerusform>
            <numerusform>%n active: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebhookNotifier</name>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (gave up after %n attempt)</numerusform>
            <numerusform>%1 (gave up after %n attempts)</numerusform>
        </translation>
    </message>
</context>
</TS>
