# src/relay: the team relay on NATS JetStream (libnats, the NATS C client).
find_package(PkgConfig REQUIRED)
pkg_check_modules(LIBNATS REQUIRED IMPORTED_TARGET libnats)
target_link_libraries(tidewatch_core PUBLIC PkgConfig::LIBNATS)
target_sources(tidewatch_core PRIVATE
    # NATS wrapper: connection, JetStream stream, publisher, consumer, key-value
    relay/natsbridge.h
    relay/natsclient.h relay/natsclient.cpp
    relay/jetstreamstream.h relay/jetstreamstream.cpp
    relay/jetstreampublisher.h relay/jetstreampublisher.cpp
    relay/jetstreamconsumer.h relay/jetstreamconsumer.cpp
    relay/kvbucket.h relay/kvbucket.cpp
    # relay: subjects, publishing typed events, consuming into the same clients
    relay/relaysubject.h relay/relaysubject.cpp
    relay/relayupstream.h relay/relayupstream.cpp
    relay/relayfeed.h relay/relayfeed.cpp
    relay/relayoptions.h relay/relayoptions.cpp
    relay/sharedrules.h relay/sharedrules.cpp
    relay/relayprofile.h relay/relayprofile.cpp
    relay/consumerremoval.h relay/consumerremoval.cpp
)
