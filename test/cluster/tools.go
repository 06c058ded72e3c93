//go:build tools

// Package cluster pins the binaries the live-cluster tests build.
package cluster

import (
	_ "k8s.io/kubernetes/cmd/kube-apiserver"
)
