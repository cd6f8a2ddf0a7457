package sentences

import (
	"strings"
	"testing"
	"time"
)

func TestSlowTmp(t *testing.T) {
	for _, unit := range []string{"a,", "a, ", "A: ", ">", "a>", "a.", "a.a", "-a", " -a", "a- ", "(", ")", "[", "1. ", "ab.", "x@y.", "h", "http://a", "M", " M", "5 ", "Thanks, ", ", Vince", "خلافات حادة ", "- ", "•", "\n", "\"", "'", ":)", " ...", "?"} {
		s := strings.Repeat(unit, 20000)
		start := time.Now()
		Split(s)
		if d := time.Since(start); d > 50*time.Millisecond {
			t.Logf("%q x20000: %v", unit, d)
		}
	}
}
