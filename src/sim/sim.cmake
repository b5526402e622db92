# src/sim: the simulator — the harness (one loopback server, many handlers) and one folder
# per provider with what that provider's server would send.
target_sources(tidewatch_core PRIVATE
    # harness
    sim/simclock.h
    sim/simhandler.h
    sim/simserver.h sim/simserver.cpp
    sim/standardhandlers.cpp
    sim/floodsender.h sim/floodsender.cpp
    sim/demostream.h sim/demostream.cpp
    sim/faultproxy.h sim/faultproxy.cpp
    sim/faultproxylink.h sim/faultproxylink.cpp
    sim/referencemarket.h sim/referencemarket.cpp
    # Allium: APIs over the socket and topic streams
    sim/allium/alliumsim.h sim/allium/alliumsim.cpp
    sim/allium/alliumrecordgen.h sim/allium/alliumrecordgen.cpp
    sim/allium/alliumapisim.h sim/allium/alliumapisim.cpp
    sim/allium/alliumstreamsim.h sim/allium/alliumstreamsim.cpp
    # Conyr: channels over one socket, REST candles
    sim/conyr/conyrmarket.h sim/conyr/conyrmarket.cpp
    sim/conyr/conyrsim.h sim/conyr/conyrsim.cpp
    # Predikt: a Socket.IO server
    sim/predikt/prediktsim.h sim/predikt/prediktsim.cpp
    sim/predikt/prediktsimhandler.h sim/predikt/prediktsimhandler.cpp
    sim/predikt/prediktmarket.h sim/predikt/prediktmarket.cpp
    sim/predikt/socketioserversession.h sim/predikt/socketioserversession.cpp
    # tweets: the stream and the monitors/rules REST API
    sim/tweets/tweetgenerator.h sim/tweets/tweetgenerator.cpp
    sim/tweets/tweettexts.h sim/tweets/tweettexts.cpp
    sim/tweets/tweetssim.h sim/tweets/tweetssim.cpp
    sim/tweets/tweetsreststore.h sim/tweets/tweetsreststore.cpp sim/tweets/tweetsreststorechecks.cpp
    sim/tweets/tweetsrestsim.h sim/tweets/tweetsrestsim.cpp
)
