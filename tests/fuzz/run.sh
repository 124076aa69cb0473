#!/usr/bin/env bash
# tests/fuzz/run.sh [SECONDS] [TARGET...]: builds the libFuzzer binaries with clang,
# AddressSanitizer and UndefinedBehaviorSanitizer in build-fuzz/, then runs each target
# (default: all of tests/fuzz/fuzz_*.cpp) for SECONDS (default 120) on one core.
#
# New interesting inputs go to build-fuzz/corpus/<target>/, crashes to
# build-fuzz/crashes/<target>/. A crash becomes a regression test by copying its file into
# tests/fuzz/corpus/<target>/ (ctest runs every seed through fuzz_<target>_seeds). Needs
# clang (`apt-get install clang`); not part of CI.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seconds="${1:-120}"
shift || true
build="$root/build-fuzz"
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

flags="-fsanitize=address,undefined,fuzzer-no-link -fno-omit-frame-pointer -fno-sanitize-recover=all"
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DDOCQC_FUZZ=ON "-DCMAKE_CXX_FLAGS=$flags" \
    "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined" >/dev/null
fi
cmake --build "$build" -j "$(nproc 2>/dev/null || echo 2)" \
  --target "${targets[@]/#/fuzz_}" | grep -v '^\[' || true

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
status=0
for target in "${targets[@]}"; do
  mkdir -p "$build/corpus/$target" "$build/crashes/$target"
  dict=()
  if [ -f "$root/tests/fuzz/$target.dict" ]; then
    dict=("-dict=$root/tests/fuzz/$target.dict")
  fi
  echo "== fuzz_$target for ${seconds}s"
  if ! "$build/tests/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 "${dict[@]}" -artifact_prefix="$build/crashes/$target/" \
    "$build/corpus/$target" "$root/tests/fuzz/corpus/$target" 2>"$build/fuzz_$target.log"; then
    status=1
    echo "fuzz_$target: FAILED, see $build/fuzz_$target.log and $build/crashes/$target/" >&2
  fi
  grep -E '^(stat::|Done|#[0-9]+ *DONE)' "$build/fuzz_$target.log" | tail -4 || true
done
exit $status
