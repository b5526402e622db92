# Tests of src/relay against a real nats-server -js on loopback.
tw_add_test(tst_relaysubject SOURCES relay/tst_relaysubject.cpp LABELS unit relay)
tw_add_test(tst_relayfeed SOURCES relay/tst_relayfeed.cpp LABELS unit relay)
tw_add_test(tst_natsclient SOURCES relay/tst_natsclient.cpp relay/natsserver.h LABELS integration relay)
tw_add_test(tst_relay SOURCES relay/tst_relay.cpp relay/cliprocess.h relay/natsserver.h LABELS integration relay cli TIMEOUT 240)
tw_add_test(tst_relaylink SOURCES relay/tst_relaylink.cpp LABELS integration relay app TIMEOUT 90)
tw_add_test(tst_relayrules SOURCES relay/tst_relayrules.cpp relay/natsserver.h LABELS integration relay app alerts TIMEOUT 90)
tw_add_test(tst_relaydesk SOURCES relay/tst_relaydesk.cpp relay/natsserver.h LABELS integration relay app TIMEOUT 180)
target_include_directories(tst_relaydesk PRIVATE ${PROJECT_SOURCE_DIR}/src/models/conyr ${PROJECT_SOURCE_DIR}/src/app/conyr
    ${PROJECT_SOURCE_DIR}/src/models/predikt ${PROJECT_SOURCE_DIR}/src/models/tweets)
