# Predikt: Socket.IO decode through the client into the price board (target ≥ 300k packets/s).
tw_add_bench(bench_predikt bench_predikt.cpp)
