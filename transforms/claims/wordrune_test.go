package claims

import (
	"testing"
	"unicode"
)

// TestWordRuneTable: isWordRune answers from its table as it did from the letter and mark
// tables, for every rune.
func TestWordRuneTable(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		want := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x0621 && r <= 0x064A || r == '_'
		if !want && r >= 0x80 {
			want = unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
		}
		if got := isWordRune(r); got != want {
			t.Fatalf("isWordRune(%U) = %v, want %v", r, got, want)
		}
	}
}
