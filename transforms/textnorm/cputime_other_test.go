//go:build !unix

package textnorm

import "testing"

// cpuThroughput is a no-op where getrusage is unavailable.
type cpuThroughput struct{}

func startCPU() cpuThroughput { return cpuThroughput{} }

func (cpuThroughput) report(*testing.B, int) {}
