#!/usr/bin/env bash
# The end-to-end scenarios: the bundled action and CLI against a real kube-apiserver + etcd on
# loopback (built from the Go module proxy on first use, then cached), on Node 20 and Node 24.
# Prints one closing line: "e2e: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/jest.sh
source scripts/lib/jest.sh
[ -n "${NODE24:-}" ] || prepare_tools
rm -f .tmp/e2e-counts
for node in node "$NODE24"; do run_jest "$node" e2e __tests__/e2e "$@"; done
echo "$PASSED $FAILED" > .tmp/e2e-counts
echo "e2e: $PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ] || STATUS=1
exit $STATUS
