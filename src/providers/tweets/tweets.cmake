# Tweets: codec and client (src/providers/tweets), simulator (src/sim/tweets), models (src/models/tweets),
# workspace (src/app/tweets), CLI command (src/cli), page (qml/pages, qml/components/tweets).
target_sources(tidewatch_core PRIVATE
    # typed events as observations for alerts and the dashboard
    providers/tweets/tweetsobservations.h providers/tweets/tweetsobservations.cpp
    # codec and client
    providers/tweets/tweet.h
    providers/tweets/tweetscodec.h providers/tweets/tweetscodec.cpp providers/tweets/tweetscodecinternal.h
    providers/tweets/tweetsevent.cpp providers/tweets/tweetstime.cpp
    providers/tweets/tweetdelivery.h providers/tweets/tweetdelivery.cpp
    providers/tweets/tweetsclient.h providers/tweets/tweetsclient.cpp
    # REST: stream monitors and filter rules
    providers/tweets/tweetsrest.h providers/tweets/tweetsrestcodec.cpp providers/tweets/tweetsrestpricing.cpp
    providers/tweets/tweetsresterror.h providers/tweets/tweetsresterror.cpp
    providers/tweets/tweetsrestclient.h providers/tweets/tweetsrestclient.cpp
    # models
    models/tweets/tweettimelinemodel.h models/tweets/tweettimelinemodel.cpp
    models/tweets/tweetfiltermodel.h models/tweets/tweetfiltermodel.cpp
    models/tweets/tweetsourcestatsmodel.h models/tweets/tweetsourcestatsmodel.cpp
    models/tweets/tweetlatencymodel.h models/tweets/tweetlatencymodel.cpp
    # simulator
    sim/tweets/tweetgenerator.h sim/tweets/tweetgenerator.cpp
    sim/tweets/tweettexts.h sim/tweets/tweettexts.cpp
    sim/tweets/tweetssim.h sim/tweets/tweetssim.cpp
    sim/tweets/tweetsreststore.h sim/tweets/tweetsreststore.cpp sim/tweets/tweetsreststorechecks.cpp
    sim/tweets/tweetsrestsim.h sim/tweets/tweetsrestsim.cpp
    # app workspace (profiles → clients → models → QML)
    app/tweets/tweetsworkspace.h app/tweets/tweetsworkspace.cpp
    # monitors and filter rules (REST): lists, editors, controller
    app/tweets/tweetsubscriptionmodels.h app/tweets/tweetsubscriptionmodels.cpp
    app/tweets/tweetsubscriptioneditors.h app/tweets/tweetsubscriptioneditors.cpp
    app/tweets/tweetssubscriptionscontroller.h app/tweets/tweetssubscriptionscontroller.cpp
    # cli
    cli/tweetscommand.cpp
)
list(APPEND TW_QML_FILES
    ${TW_QML_DIR}/pages/TweetsPage.qml
    ${TW_QML_DIR}/components/tweets/TweetDelegate.qml
    ${TW_QML_DIR}/components/tweets/SourceBadge.qml
    ${TW_QML_DIR}/components/tweets/NewTweetsBar.qml
    ${TW_QML_DIR}/components/tweets/TweetFilterBar.qml
    ${TW_QML_DIR}/components/tweets/SourceStatsPanel.qml
    ${TW_QML_DIR}/components/tweets/LatencyHistogram.qml
    ${TW_QML_DIR}/components/tweets/TweetDetailsDialog.qml
    ${TW_QML_DIR}/components/tweets/TweetSubscriptionsView.qml
    ${TW_QML_DIR}/components/tweets/TweetSubscriptionStatus.qml
    ${TW_QML_DIR}/components/tweets/TweetMonitorRow.qml
    ${TW_QML_DIR}/components/tweets/TweetRuleRow.qml
    ${TW_QML_DIR}/components/tweets/TweetFieldError.qml
    ${TW_QML_DIR}/components/tweets/TweetMonitorEditorDialog.qml
    ${TW_QML_DIR}/components/tweets/TweetRuleEditorDialog.qml
)
# Headers with QML types are included by file name from the generated type registrations.
target_include_directories(tidewatch_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}
    ${CMAKE_CURRENT_LIST_DIR}/../../models/tweets
    ${CMAKE_CURRENT_LIST_DIR}/../../app/tweets)
