# Shared by test-all.sh and test-e2e.sh: the tools the tests need, and a jest run that counts.
# Sourced, not run. Sets NODE24 and KUBE_PREFLIGHT_CLUSTER_BIN; adds to PASSED, FAILED, STATUS.
export AWS_EC2_METADATA_DISABLED=true
mkdir -p .tmp
PASSED=${PASSED:-0}; FAILED=${FAILED:-0}; STATUS=${STATUS:-0}

prepare_tools() {
  NODE24="$(bash scripts/node24.sh)" || { echo "could not install Node 24" >&2; exit 1; }
  # A real kube-apiserver and etcd for the live tests, built once into a cache outside the repo.
  KUBE_PREFLIGHT_CLUSTER_BIN="$(bash test/cluster/build.sh)" || { echo "could not build kube-apiserver/etcd" >&2; exit 1; }
  export KUBE_PREFLIGHT_CLUSTER_BIN
}

# run_jest <node binary> <label> [jest args…]
run_jest() {
  local node="$1" label="$2"; shift 2
  local version out
  version="$("$node" --version)"
  out=".tmp/jest-${label}-${version}.json"
  echo "=== jest ${label} on Node ${version}"
  rm -f "$out"
  # A bound on each run, so a test that hangs fails CI with a message instead of eating its budget.
  NODE_OPTIONS=--experimental-vm-modules timeout --kill-after=30 1200 \
    "$node" node_modules/jest/bin/jest.js --json --outputFile="$out" "$@" || STATUS=1
  [ -f "$out" ] || echo "jest ${label} on Node ${version} did not finish (hung or killed after 20 minutes)" >&2
  if [ -f "$out" ]; then
    read -r p f < <("$node" -e 'const r=require(process.argv[1]);console.log(r.numPassedTests, r.numFailedTests + r.numRuntimeErrorTestSuites)' "$(pwd)/$out")
    PASSED=$((PASSED + p)); FAILED=$((FAILED + f))
  else
    STATUS=1
  fi
}
