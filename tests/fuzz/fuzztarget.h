#pragma once
// One fuzz target per file: TW_FUZZ_TARGET(name) { … return 0; } over the bytes of one input.
//
// Built two ways from the same source:
//  - by scripts/fuzz (clang, -fsanitize=fuzzer,address,undefined): the body becomes
//    LLVMFuzzerTestOneInput and libFuzzer drives it;
//  - by the normal build (TW_FUZZ_REPLAY): the body is registered by name and tst_fuzzcorpus
//    replays every committed input under tests/fuzz/<name>/ as a regular test.
// A broken invariant calls TW_FUZZ_CHECK, which aborts: libFuzzer saves the input as a crash,
// the replay test fails.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include <QByteArray>

#define TW_FUZZ_CHECK(condition)                                                                   \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: fuzz invariant failed: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

/// The input as a QByteArray that does not copy it.
inline QByteArray fuzzBytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

#ifdef TW_FUZZ_REPLAY
namespace FuzzTargets {
using Function = int (*)(const uint8_t *data, size_t size);
bool add(const char *name, Function function);
} // namespace FuzzTargets
#define TW_FUZZ_TARGET(name)                                                                       \
    static int twFuzz_##name(const uint8_t *data, size_t size);                                    \
    [[maybe_unused]] static const bool twFuzzRegistered_##name = FuzzTargets::add(#name, twFuzz_##name); \
    static int twFuzz_##name(const uint8_t *data, size_t size)
#else
#define TW_FUZZ_TARGET(name) extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
#endif
