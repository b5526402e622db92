# src/providers/tweets: the tweet stream's codec and client, and the REST client for stream
# monitors and filter rules. Its simulator, models, workspace, CLI command and page are listed
# by their own folders.
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
)
# Headers with QML types are included by file name from the generated type registrations.
target_include_directories(tidewatch_core PRIVATE ${CMAKE_CURRENT_LIST_DIR})
