# Tests of src/relay against a real nats-server -js on loopback.
tw_add_test(tst_natsclient SOURCES relay/tst_natsclient.cpp relay/natsserver.h LABELS integration relay)
