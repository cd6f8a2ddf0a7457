package sentences

import (
	"testing"
	"unicode/utf8"
)

// foldArabicWordByRange is foldArabicWord as a range loop over the word's runes.
func foldArabicWordByRange(dst []byte, w string) []byte {
	for _, r := range w {
		if r, keep := foldArabicRune(r); keep {
			dst = utf8.AppendRune(dst, r)
		}
	}
	return dst
}

// TestFoldArabicWordDecodes: the inline two-byte decoding folds as the range loop does, on
// words, marks, invalid and cut runes.
func TestFoldArabicWordDecodes(t *testing.T) {
	words := []string{"", "قال", "أكّد", "إعلان", "آخر", "مستشفى", "الهدنة", "ـقالـ", "abc", "é", "“نص”",
		"\xd8", "\xd8\xa7\xd9", "\xc0\x80", "\xc1\xbf", "\xd8\xa7\x80", "a\xffb", "\xe2\x80", "😀قال"}
	for b := 0; b < 256; b++ {
		for c := 0; c < 256; c += 7 {
			words = append(words, string([]byte{byte(b), byte(c)}), string([]byte{'x', byte(b), byte(c), 0xA7}))
		}
	}
	for _, w := range words {
		if got, want := string(foldArabicWord(nil, w)), string(foldArabicWordByRange(nil, w)); got != want {
			t.Errorf("foldArabicWord(%q) = %q, want %q", w, got, want)
		}
	}
}
