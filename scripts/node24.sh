#!/usr/bin/env bash
# Prints the path of a Node 24 binary, installing it from the npm registry's node-<os>-<arch>
# package into a cache outside the repository the first time.
set -euo pipefail
cache="${KUBE_PREFLIGHT_CACHE:-$HOME/.cache/kube-preflight}/node24"
case "$(uname -m)" in
  x86_64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "unsupported architecture $(uname -m)" >&2; exit 1 ;;
esac
bin="$cache/node_modules/node-linux-$arch/bin/node"
if [ ! -x "$bin" ]; then
  mkdir -p "$cache"
  npm install --silent --no-save --no-audit --no-fund --prefix "$cache" "node-linux-$arch@24" >&2
fi
echo "$bin"
