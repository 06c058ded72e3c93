#!/usr/bin/env bash
# The whole test suite, on Node 20 (the machine's node) and on Node 24 (the Actions runtime).
# Prints one closing line: "tests: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export AWS_EC2_METADATA_DISABLED=true
mkdir -p .tmp
node24="$(bash scripts/node24.sh)" || { echo "could not install Node 24" >&2; exit 1; }
# A real kube-apiserver and etcd for the live tests, built once into a cache outside the repo.
KUBE_PREFLIGHT_CLUSTER_BIN="$(bash test/cluster/build.sh)" || { echo "could not build kube-apiserver/etcd" >&2; exit 1; }
export KUBE_PREFLIGHT_CLUSTER_BIN

passed=0; failed=0; status=0
for node in node "$node24"; do
  version="$("$node" --version)"
  echo "=== jest on Node $version"
  out=".tmp/jest-${version}.json"
  rm -f "$out"
  NODE_OPTIONS=--experimental-vm-modules "$node" node_modules/jest/bin/jest.js --json --outputFile="$out" "$@" || status=1
  if [ -f "$out" ]; then
    read -r p f < <("$node" -e 'const r=require(process.argv[1]);console.log(r.numPassedTests, r.numFailedTests + r.numRuntimeErrorTestSuites)' "$(pwd)/$out")
    passed=$((passed + p)); failed=$((failed + f))
  else
    status=1
  fi
done
echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ] || status=1
exit $status
