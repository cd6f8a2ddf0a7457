//go:build unix

package sentences

import (
	"syscall"
	"testing"
	"time"
)

// cpuThroughput reports MB per CPU-second of the whole process (user + system, GC included)
// next to the wall-clock MB/s, which is unreliable on a shared machine.
type cpuThroughput struct{ start time.Duration }

func startCPU() cpuThroughput { return cpuThroughput{processCPU()} }

func (c cpuThroughput) report(b *testing.B, bytes int) {
	used := processCPU() - c.start
	if used > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/used.Seconds()/1e6, "MB/cpu-s")
	}
}

// processCPU is the CPU time used by this process so far.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
