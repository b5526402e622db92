# Relay: throughput into JetStream and latency to a consumer's model (starts nats-server).
tw_add_bench(bench_relay bench_relay.cpp)
target_include_directories(bench_relay PRIVATE ${PROJECT_SOURCE_DIR}/src/models/conyr)
