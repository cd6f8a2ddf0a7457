package claims

import (
	"testing"
	"unicode"
)

// scriptCountsRef is the rune-decoding definition scriptCounts must match.
func scriptCountsRef(text string, limit int) (arabic, latin int) {
	for i, r := range text {
		if i > limit {
			break
		}
		switch {
		case r >= 0x0600 && r <= 0x06FF:
			arabic++
		case unicode.IsLetter(r) && r < 0x0250:
			latin++
		}
	}
	return
}

// FuzzScriptCounts checks the byte-level counter against the definition, invalid UTF-8 included.
func FuzzScriptCounts(f *testing.F) {
	for _, s := range []string{"abc", "سوريا é ñ", "\xd8\xa1\xa1\xe2\xd8", "ǅ ɏ ɐ Ā", "\xd8", "a\xc3"} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, s string, limit int) {
		if limit < 0 {
			limit = -limit
		}
		a1, l1 := scriptCounts(s, limit)
		a2, l2 := scriptCountsRef(s, limit)
		if a1 != a2 || l1 != l2 {
			t.Fatalf("%q %d: got %d %d want %d %d", s, limit, a1, l1, a2, l2)
		}
	})
}
