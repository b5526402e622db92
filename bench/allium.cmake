# Allium benchmarks: stream flood into the Streams model, and the 5000-request API burst.
tw_add_bench(bench_allium_stream bench_allium_stream.cpp)
add_dependencies(bench_allium_stream tidewatch-sim)
tw_add_bench(bench_allium_api bench_allium_api.cpp)
add_dependencies(bench_allium_api tidewatch-sim)
