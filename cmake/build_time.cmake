# What makes the build shorter (issue 23, item 6), each lever kept because it was
# measured (README, « Pour les développeurs »; cmake/time-compile profiles a build).
# Optimisation and debug information cost most of the compiling, not the parsing.

# The standard headers most test files include, precompiled once with doctest (dla_unit).
# Not for dla_core: there it saved under a second on some files, cost on others, and
# GCC 12 then warned (-Wstringop-overflow, a false positive) inside <string>.
set(DLA_PCH_STD <algorithm> <filesystem> <functional> <map> <memory> <optional> <set>
    <string> <string_view> <utility> <variant> <vector>)

# Files of src/cli per unity translation unit: 25 files in two, one per core of a
# two-core machine; each still has its own anonymous namespace names to keep apart.
set(DLA_CLI_UNITY_BATCH 13 CACHE STRING "Files of src/cli compiled together (unity build)")

# Debug information: line tables and function names (-g1), what perf, gdb's backtraces
# and sanitizer reports need, instead of the full -g (variables, types): a third less
# compiling. -DDLA_FULL_DEBUG_INFO=ON gives the full -g back, to step through in gdb.
option(DLA_FULL_DEBUG_INFO "Full debug information (-g) instead of line tables (-g1)" OFF)
if(NOT DLA_FULL_DEBUG_INFO AND CMAKE_BUILD_TYPE STREQUAL "RelWithDebInfo")
  add_compile_options(-g1)
endif()

# The test files themselves at -Og: a doctest CHECK expands to much code, which -O2
# takes twice as long to compile; the code they test is dla_core's, at -O2.
set(DLA_TEST_OPT $<$<CONFIG:RelWithDebInfo,Release>:-Og>)
