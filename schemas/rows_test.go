package schemas

import (
	"fmt"
	"testing"
)

// TestPad9MatchesPrintf keeps the sort keys byte-identical to the %09d keys they replaced.
func TestPad9MatchesPrintf(t *testing.T) {
	for _, n := range []int64{0, 7, 42, 123456789, 999999999, 1000000000, 98765432101, -1, -123} {
		if got, want := pad9(n), fmt.Sprintf("%09d", n); got != want {
			t.Errorf("pad9(%d) = %q, want %q", n, got, want)
		}
	}
	r := ClaimRow{ArticleID: "a", SentenceIndex: 3, Start: 120, ClaimID: "c"}
	if got, want := r.SortKey(), "a\x00000000003\x00000000120\x00c"; got != want {
		t.Errorf("SortKey = %q, want %q", got, want)
	}
}
