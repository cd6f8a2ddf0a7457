package sentences

import (
	"strings"
	"testing"
	"time"
)

// TestSplitStaysLinear guards the look-behind bounds: long runs of commas, periods, dashes
// or angle brackets without any sentence end used to take seconds (quadratic rescans).
func TestSplitStaysLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	for _, unit := range []string{"a, ", ", Vince", "A: ", "a>", "a.", "a.a", "ab.", "x@y.", " -a", "بهم- ", "(", "1. "} {
		text := strings.Repeat(unit, 20000)
		start := time.Now()
		checkCoverage(t, text, Split(text))
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("Split(%q x 20000) took %v", unit, d)
		}
	}
}
