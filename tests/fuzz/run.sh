#!/usr/bin/env bash
# tests/fuzz/run.sh [--build-only] [SECONDS] [TARGET...]: builds the libFuzzer binaries with
# clang, AddressSanitizer and UndefinedBehaviorSanitizer in build-fuzz/ (DOCQC_FUZZ_BUILD
# overrides), then runs each target (default: all of tests/fuzz/fuzz_*.cpp) for SECONDS
# (default 120) on one core at the lowest priority (nice 19), and prints one line per target:
# executions, coverage (edges) and features, and whether it failed.
#
# --build-only compiles the fuzz targets with clang and stops (clang warnings are listed in
# build-fuzz/build.log, not errors: the -Werror build is GCC's): the check that the code
# builds with clang as well as GCC (`ci/test` does not run it: a clang build of the library
# with sanitizers takes far more than 5 minutes on 2 cores; ci/test runs ci/clang-syntax
# instead, clang++ -fsyntax-only over src/ and tests/fuzz/).
#
# New interesting inputs go to build-fuzz/corpus/<target>/, crashes to
# build-fuzz/crashes/<target>/. A crash becomes a regression test by copying its file into
# tests/fuzz/corpus/<target>/ (ctest runs every seed through fuzz_<target>_seeds). Seeds
# stay at or under 4 KB (-max_len=4096), so a target runs at hundreds of executions a second.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build_only=0
if [ "${1:-}" = "--build-only" ]; then
  build_only=1
  shift
fi
seconds="${1:-120}"
shift || true
build="${DOCQC_FUZZ_BUILD:-$root/build-fuzz}"
if ! command -v clang++ >/dev/null 2>&1; then
  echo "tests/fuzz/run.sh: clang++ is not installed (apt-get install clang)" >&2
  exit 2
fi
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for source in "$root"/tests/fuzz/fuzz_*.cpp; do
    name="$(basename "$source" .cpp)"
    targets+=("${name#fuzz_}")
  done
fi

# -O1 with line tables only: a third of the compile time of RelWithDebInfo, still symbolized.
flags="-O1 -gline-tables-only -fsanitize=address,undefined,fuzzer-no-link -fno-omit-frame-pointer"
flags+=" -fno-sanitize-recover=all"
launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  export CCACHE_BASEDIR="$root"
fi
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=None "${launcher[@]}" \
    -DCMAKE_CXX_COMPILER=clang++ -DDOCQC_FUZZ=ON "-DCMAKE_CXX_FLAGS=$flags" \
    "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined" >/dev/null
fi
if ! cmake --build "$build" -j "$(nproc 2>/dev/null || echo 2)" \
  --target "${targets[@]/#/fuzz_}" >"$build/build.log" 2>&1; then
  grep -E 'error|FAILED' "$build/build.log" | head -40 >&2
  echo "tests/fuzz/run.sh: the clang build failed, see $build/build.log" >&2
  exit 1
fi
if [ "$build_only" -eq 1 ]; then
  echo "tests/fuzz/run.sh: ${#targets[@]} fuzz targets build with clang"
  exit 0
fi

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
status=0
summary=()
for target in "${targets[@]}"; do
  mkdir -p "$build/corpus/$target" "$build/crashes/$target"
  dict=()
  if [ -f "$root/tests/fuzz/$target.dict" ]; then
    dict=("-dict=$root/tests/fuzz/$target.dict")
  fi
  echo "== fuzz_$target for ${seconds}s"
  result=ok
  if ! nice -n 19 "$build/tests/fuzz_$target" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -max_len=4096 -print_final_stats=1 "${dict[@]}" \
    -artifact_prefix="$build/crashes/$target/" \
    "$build/corpus/$target" "$root/tests/fuzz/corpus/$target" 2>"$build/fuzz_$target.log"; then
    status=1
    result=FAILED
    echo "fuzz_$target: FAILED, see $build/fuzz_$target.log and $build/crashes/$target/" >&2
  fi
  runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$build/fuzz_$target.log" | grep -oE '[0-9]+$' || echo '?')
  cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$build/fuzz_$target.log" | tail -1 || echo 'cov: ? ft: ?')
  summary+=("$(printf '%-20s %12s executions  %-22s %s' "$target" "$runs" "$cov" "$result")")
done
printf '%s\n' "${summary[@]}"
exit $status
