# qml/: the QML module's files, by folder: the shell (Main.qml, theme, shared components),
# one page per screen, and the components of each page. Paths are kept relative to qml/ as
# resource aliases (e.g. qrc:/qt/qml/Tidewatch/pages/StreamsPage.qml).
list(APPEND TW_QML_FILES
    # shell
    ${TW_QML_DIR}/Main.qml
    ${TW_QML_DIR}/theme/Theme.qml
    ${TW_QML_DIR}/theme/NumberFormat.qml
    # shared components
    ${TW_QML_DIR}/components/EmptyState.qml
    ${TW_QML_DIR}/components/FitComboBox.qml
    ${TW_QML_DIR}/components/FitMenu.qml
    ${TW_QML_DIR}/components/NavButton.qml
    ${TW_QML_DIR}/components/PageHeader.qml
    # shell: keyboard shortcuts
    ${TW_QML_DIR}/components/shell/AppShortcuts.qml
    ${TW_QML_DIR}/components/shell/ShortcutsDialog.qml
    # alerts
    ${TW_QML_DIR}/components/alerts/AlertDryRunDialog.qml
    ${TW_QML_DIR}/components/alerts/AlertDryRunTimeline.qml
    ${TW_QML_DIR}/components/alerts/AlertHistoryList.qml
    ${TW_QML_DIR}/components/alerts/AlertRuleConditionEditor.qml
    ${TW_QML_DIR}/components/alerts/AlertRuleEditor.qml
    ${TW_QML_DIR}/components/alerts/AlertRuleList.qml
    ${TW_QML_DIR}/components/alerts/AlertRuleNotifyFields.qml
    ${TW_QML_DIR}/components/alerts/AlertRuleParameterFields.qml
    ${TW_QML_DIR}/components/alerts/AlertSeverityBadge.qml
    ${TW_QML_DIR}/components/alerts/AlertmanagerSettings.qml
    # allium
    ${TW_QML_DIR}/components/allium/AlliumChip.qml
    ${TW_QML_DIR}/components/allium/AlliumFilterBuilder.qml
    ${TW_QML_DIR}/components/allium/AlliumHistoryList.qml
    ${TW_QML_DIR}/components/allium/AlliumJsonTree.qml
    ${TW_QML_DIR}/components/allium/AlliumRecordTable.qml
    # connections
    ${TW_QML_DIR}/components/connections/Chip.qml
    ${TW_QML_DIR}/components/connections/ConnectionRow.qml
    ${TW_QML_DIR}/components/connections/KeyDialog.qml
    ${TW_QML_DIR}/components/connections/MessageBar.qml
    ${TW_QML_DIR}/components/connections/ProfileCard.qml
    ${TW_QML_DIR}/components/connections/ProfileEditor.qml
    ${TW_QML_DIR}/components/connections/StatCell.qml
    ${TW_QML_DIR}/components/connections/UnassignedConnections.qml
    # conyr
    ${TW_QML_DIR}/components/conyr/CandleChart.qml
    ${TW_QML_DIR}/components/conyr/CatalogRow.qml
    ${TW_QML_DIR}/components/conyr/ChartAlertLevel.qml
    ${TW_QML_DIR}/components/conyr/ChartToggle.qml
    ${TW_QML_DIR}/components/conyr/ChannelPicker.qml
    ${TW_QML_DIR}/components/conyr/ChannelRow.qml
    ${TW_QML_DIR}/components/conyr/SubscriptionManager.qml
    ${TW_QML_DIR}/components/conyr/TradesTape.qml
    # dashboard
    ${TW_QML_DIR}/components/dashboard/DashboardAlertsTile.qml
    ${TW_QML_DIR}/components/dashboard/DashboardBalanceTile.qml
    ${TW_QML_DIR}/components/dashboard/DashboardBlocksTile.qml
    ${TW_QML_DIR}/components/dashboard/DashboardCandleTile.qml
    ${TW_QML_DIR}/components/dashboard/DashboardFormat.qml
    ${TW_QML_DIR}/components/dashboard/DashboardHealthTile.qml
    ${TW_QML_DIR}/components/dashboard/DashboardPriceTile.qml
    ${TW_QML_DIR}/components/dashboard/DashboardSparkline.qml
    ${TW_QML_DIR}/components/dashboard/DashboardTile.qml
    ${TW_QML_DIR}/components/dashboard/DashboardTweetsTile.qml
    ${TW_QML_DIR}/components/dashboard/DashboardWaiting.qml
    # inspector
    ${TW_QML_DIR}/components/inspector/FrameInspector.qml
    # predikt
    ${TW_QML_DIR}/components/predikt/BillingPanel.qml
    ${TW_QML_DIR}/components/predikt/PriceBoardHeader.qml
    ${TW_QML_DIR}/components/predikt/PriceFormat.qml
    ${TW_QML_DIR}/components/predikt/PriceRow.qml
    ${TW_QML_DIR}/components/predikt/Sparkline.qml
    # settings
    ${TW_QML_DIR}/components/settings/SecondsBox.qml
    ${TW_QML_DIR}/components/settings/SettingsSection.qml
    # subscriptions
    ${TW_QML_DIR}/components/subscriptions/KeyTotalRow.qml
    ${TW_QML_DIR}/components/subscriptions/SubscriptionRow.qml
    # tweets
    ${TW_QML_DIR}/components/tweets/LatencyHistogram.qml
    ${TW_QML_DIR}/components/tweets/NewTweetsBar.qml
    ${TW_QML_DIR}/components/tweets/SourceBadge.qml
    ${TW_QML_DIR}/components/tweets/SourceStatsPanel.qml
    ${TW_QML_DIR}/components/tweets/TweetDelegate.qml
    ${TW_QML_DIR}/components/tweets/TweetDetailsDialog.qml
    ${TW_QML_DIR}/components/tweets/TweetFieldError.qml
    ${TW_QML_DIR}/components/tweets/TweetFilterBar.qml
    ${TW_QML_DIR}/components/tweets/TweetMonitorEditorDialog.qml
    ${TW_QML_DIR}/components/tweets/TweetMonitorRow.qml
    ${TW_QML_DIR}/components/tweets/TweetRuleEditorDialog.qml
    ${TW_QML_DIR}/components/tweets/TweetRuleRow.qml
    ${TW_QML_DIR}/components/tweets/TweetSubscriptionStatus.qml
    ${TW_QML_DIR}/components/tweets/TweetSubscriptionsView.qml
    # pages
    ${TW_QML_DIR}/pages/AlertsPage.qml
    ${TW_QML_DIR}/pages/ApiConsolePage.qml
    ${TW_QML_DIR}/pages/ConnectionsPage.qml
    ${TW_QML_DIR}/pages/DashboardPage.qml
    ${TW_QML_DIR}/pages/MarketsPage.qml
    ${TW_QML_DIR}/pages/PricesPage.qml
    ${TW_QML_DIR}/pages/SettingsPage.qml
    ${TW_QML_DIR}/pages/StreamsPage.qml
    ${TW_QML_DIR}/pages/SubscriptionsPage.qml
    ${TW_QML_DIR}/pages/TweetsPage.qml
)
list(APPEND TW_QML_SINGLETONS
    ${TW_QML_DIR}/theme/Theme.qml
    ${TW_QML_DIR}/theme/NumberFormat.qml
    ${TW_QML_DIR}/components/dashboard/DashboardFormat.qml
    ${TW_QML_DIR}/components/predikt/PriceFormat.qml
)
