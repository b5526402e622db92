# Tweets: codec and client (src/providers/tweets), simulator (src/sim/tweets), models (src/models/tweets),
# CLI command (src/cli), page (qml/pages).
target_sources(tidewatch_core PRIVATE
    # simulator
    sim/tweets/tweetssim.h sim/tweets/tweetssim.cpp
    # app workspace (profiles → clients → models → QML)
    app/tweets/tweetsworkspace.cpp
    # cli
    cli/tweetscommand.cpp
)
list(APPEND TW_QML_FILES
    ${TW_QML_DIR}/pages/TweetsPage.qml
)
# Headers with QML types are included by file name from the generated type registrations.
target_include_directories(tidewatch_core PRIVATE ${CMAKE_CURRENT_LIST_DIR})
