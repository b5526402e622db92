# Tests of src/relay against a real nats-server -js on loopback.
tw_add_test(tst_relaysubject SOURCES relay/tst_relaysubject.cpp LABELS unit relay)
tw_add_test(tst_natsclient SOURCES relay/tst_natsclient.cpp relay/natsserver.h LABELS integration relay)
tw_add_test(tst_relay SOURCES relay/tst_relay.cpp relay/cliprocess.h relay/natsserver.h LABELS integration relay cli TIMEOUT 240)
