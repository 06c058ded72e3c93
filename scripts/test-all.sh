#!/usr/bin/env bash
# The whole test suite on Node 20 (the machine's node) and Node 24 (the Actions runtime): unit,
# integration and live tests, then the end-to-end scenarios (scripts/test-e2e.sh).
# Prints one closing line: "tests: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/jest.sh
source scripts/lib/jest.sh
prepare_tools
for node in node "$NODE24"; do
  # Each fuzz property appends `<target> <cases> …` here (__tests__/fuzz/budget.ts).
  KP_FUZZ_COUNTS="$(pwd)/.tmp/fuzz-counts-$("$node" --version)"
  export KP_FUZZ_COUNTS
  rm -f "$KP_FUZZ_COUNTS"
  run_jest "$node" unit --testPathIgnorePatterns=/__tests__/e2e/ "$@"
  # CI must run at least 20,000 fuzz cases on each Node; a filtered run ("$@") need not.
  cases=0; props=0
  if [ -f "$KP_FUZZ_COUNTS" ]; then
    cases=$(awk '{ n += $2 } END { print n + 0 }' "$KP_FUZZ_COUNTS")
    props=$(wc -l < "$KP_FUZZ_COUNTS")
  fi
  echo "fuzz: $cases cases in $props properties on Node $("$node" --version)"
  if [ $# -eq 0 ] && [ "$cases" -lt 20000 ]; then
    echo "fuzz: fewer than 20,000 cases ran" >&2
    STATUS=1
  fi
done
unset KP_FUZZ_COUNTS
unit_passed=$PASSED; unit_failed=$FAILED
echo "unit: $unit_passed passed, $unit_failed failed"
export NODE24
bash scripts/test-e2e.sh || STATUS=1
e2e_passed=0; e2e_failed=1
[ -f .tmp/e2e-counts ] && read -r e2e_passed e2e_failed < .tmp/e2e-counts
echo "tests: $((unit_passed + e2e_passed)) passed, $((unit_failed + e2e_failed)) failed"
[ $((unit_failed + e2e_failed)) -eq 0 ] || STATUS=1
exit $STATUS
