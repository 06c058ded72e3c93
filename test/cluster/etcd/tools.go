//go:build tools

// Package etcd pins the etcd server the live-cluster tests build.
package etcd

import (
	_ "go.etcd.io/etcd/server/v3"
)
