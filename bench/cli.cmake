# tidewatch-cli against a Node.js ws printer on the same simulator flood (CPU per message).
tw_add_bench(bench_cli bench_cli.cpp)
target_compile_definitions(bench_cli PRIVATE TW_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
add_dependencies(bench_cli tidewatch-sim tidewatch-cli)
