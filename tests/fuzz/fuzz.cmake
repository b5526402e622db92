# The fuzz targets' committed corpora, replayed as a regular test with the normal compiler
# (the fuzzers themselves are built by scripts/fuzz from tests/fuzz/CMakeLists.txt).
tw_add_test(tst_fuzzcorpus LABELS unit fuzz SOURCES
    fuzz/tst_fuzzcorpus.cpp
    fuzz/fuzztarget.h
    fuzz/fuzz_allium.cpp
    fuzz/fuzz_alertfiles.cpp
    fuzz/fuzz_conyr.cpp
    fuzz/fuzz_dashboardlayout.cpp
    fuzz/fuzz_predikt.cpp
    fuzz/fuzz_profiles.cpp
    fuzz/fuzz_recording.cpp
    fuzz/fuzz_settings.cpp
    fuzz/fuzz_socketio.cpp
    fuzz/fuzz_tweets.cpp)
target_compile_definitions(tst_fuzzcorpus PRIVATE TW_FUZZ_REPLAY TW_FUZZ_CORPUS_DIR="${CMAKE_CURRENT_SOURCE_DIR}/fuzz")
