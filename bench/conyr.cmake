# Conyr: trades flood over 50 channels → client → candle aggregators and the trades tape.
tw_add_bench(bench_conyr bench_conyr.cpp)
target_include_directories(bench_conyr PRIVATE ${PROJECT_SOURCE_DIR}/src/models/conyr)
