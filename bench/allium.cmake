# Allium benchmarks: stream flood into the Streams model, and the 5000-request API burst.
tw_add_bench(bench_allium_stream bench_allium_stream.cpp)
add_dependencies(bench_allium_stream tidewatch-sim)
tw_add_bench(bench_allium_api bench_allium_api.cpp)
add_dependencies(bench_allium_api tidewatch-sim)
# The single data path with the alert engine and the dashboard attached (issue target 1.15×).
tw_add_bench(bench_alert_path bench_alert_path.cpp)
