# Helpers for the tests on the sample documents (tests/cli/test_*corpus*.sh). Not a test itself.
# Finds the corpus: $DOCQC_CORPUS, else ../shared/corpus beside the checkout. When it is absent
# the test is skipped (exit 77) on a developer's machine and fails in CI (CI set), where the
# corpus is always laid beside the clone: a silent skip there would hide a broken test.
corpus="${DOCQC_CORPUS:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/../shared/corpus}"
if [ ! -d "$corpus" ]; then
  if [ -n "${CI:-}" ]; then
    echo "FAIL: no corpus at $corpus (set DOCQC_CORPUS)" >&2
    exit 1
  fi
  echo "skipped: no corpus at $corpus (set DOCQC_CORPUS)"
  exit 77  # ctest: skipped
fi
fail() { echo "FAIL: $*" >&2; exit 1; }
json() { "$docqc" check --no-config --format json --fail-on none "$@"; }
