package textnorm

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestWordRuneTable: isWordRune answers from its table as it did from unicode.IsLetter, for
// every rune.
func TestWordRuneTable(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		want := 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
		if r >= utf8.RuneSelf {
			want = r >= 0x0621 && r <= 0x064A || unicode.IsLetter(r)
		}
		if got := isWordRune(r); got != want {
			t.Fatalf("isWordRune(%U) = %v, want %v", r, got, want)
		}
	}
}
