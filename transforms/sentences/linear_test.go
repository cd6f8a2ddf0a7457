package sentences

import (
	"fmt"
	"strings"
	"testing"
)

// pathologicalUnits are inputs that once made Split quadratic (rescans of long runs of commas,
// periods, dashes or angle brackets without any sentence end).
var pathologicalUnits = []string{"a, ", ", Vince", "A: ", "a>", "a.", "a.a", "ab.", "x@y.", " -a", "بهم- ", "(", "1. "}

// TestSplitPathologicalInputs checks the spans on long degenerate inputs. Their cost is
// measured by BenchmarkSplitPathological, not timed here.
func TestSplitPathologicalInputs(t *testing.T) {
	for _, unit := range pathologicalUnits {
		text := strings.Repeat(unit, 20000)
		checkCoverage(t, text, Split(text))
	}
}

// BenchmarkSplitPathological reports ns/byte at two sizes: linear cost keeps them equal, a
// quadratic rescan makes the larger one grow with the input.
func BenchmarkSplitPathological(b *testing.B) {
	for _, unit := range pathologicalUnits {
		for _, n := range []int{5000, 20000} {
			text := strings.Repeat(unit, n)
			b.Run(fmt.Sprintf("%q/x%d", unit, n), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					Split(text)
				}
			})
		}
	}
}
