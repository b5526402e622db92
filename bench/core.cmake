# End-to-end benchmarks of src/core (built with everything, run by hand; see README.md).
tw_add_bench(bench_connection bench_connection.cpp)
add_dependencies(bench_connection tidewatch-sim)
# Cost of masking registered secrets per frame (inspector, recorder, CSV).
tw_add_bench(bench_secrets bench_secrets.cpp)
