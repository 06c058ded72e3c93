#!/usr/bin/env bash
# Builds kube-apiserver and etcd for the live-cluster tests from the Go module proxy, into a cache
# outside the repository keyed by version; only the first run pays the build (about 5 minutes on
# 2 cores). Prints the folder that holds both binaries.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
k8s="$(sed -n 's/^require k8s.io\/kubernetes \(v[0-9.]*\)$/\1/p' "$here/go.mod")"
etcd="$(sed -n 's/^require go.etcd.io\/etcd\/server\/v3 \(v[0-9.]*\)$/\1/p' "$here/etcd/go.mod")"
out="${KUBE_PREFLIGHT_CACHE:-$HOME/.cache/kube-preflight}/cluster-k8s-$k8s-etcd-$etcd"
command -v go >/dev/null || { echo "go is required to build kube-apiserver and etcd" >&2; exit 1; }
mkdir -p "$out"
if [ ! -x "$out/kube-apiserver" ]; then
  minor="$(echo "$k8s" | cut -d. -f2)"
  pkg=k8s.io/component-base/version
  (cd "$here" && go build -trimpath -o "$out/kube-apiserver.tmp" \
    -ldflags "-X $pkg.gitVersion=$k8s -X $pkg.gitMajor=1 -X $pkg.gitMinor=$minor -X $pkg.gitTreeState=clean" \
    k8s.io/kubernetes/cmd/kube-apiserver) >&2
  mv "$out/kube-apiserver.tmp" "$out/kube-apiserver"
fi
if [ ! -x "$out/etcd" ]; then
  (cd "$here/etcd" && go build -trimpath -o "$out/etcd.tmp" go.etcd.io/etcd/server/v3) >&2
  mv "$out/etcd.tmp" "$out/etcd"
fi
echo "$out"
