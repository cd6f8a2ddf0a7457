package textnorm

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

func FuzzNormalize(f *testing.F) {
	paths, _ := filepath.Glob("../../testdata/articles/*.txt")
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(string(data))
		}
	}
	for _, s := range []string{
		"", "الأممالمتحدة", "روسياوتركيا", "أنقرةوموسكو", "الولاياتالمتحدةالأمريكية", "\uFEF7\u0654\u0651",
		"e\u0301\u0301\u0338", "\u202Eabc\u202C\u200B", "٢٠١٦٫٥", "a\xffb\xc0", "ﷺﷲ", "ا\u0654\u0655\u0653",
		"\u1100\u1161\u11A8", "Ǆǅǆ", "ﬃ", "İSTANBUL",
	} {
		f.Add(s)
	}
	n := New(testVocabulary)
	f.Fuzz(func(t *testing.T, s string) {
		text := n.Normalize(s)
		if text.Original != s {
			t.Fatalf("Original changed")
		}
		// The second time, its tokens are remembered (noSplitCache): same result.
		if again := n.Normalize(s); again.Match != text.Match {
			t.Fatalf("a second Normalize gives %q, the first %q", again.Match, text.Match)
		}
		prev := 0
		for i := 0; i <= len(text.Match); i++ {
			o := text.OriginalOffset(i)
			if o < prev || o > len(s) {
				t.Fatalf("OriginalOffset(%d) = %d after %d (len %d)", i, o, prev, len(s))
			}
			prev = o
		}
		if text.OriginalOffset(len(text.Match)) != len(s) {
			t.Fatalf("end maps to %d, want %d", text.OriginalOffset(len(text.Match)), len(s))
		}
		if valid := utf8.ValidString(s); valid && !utf8.ValidString(text.Match) {
			t.Fatalf("Match not valid UTF-8 for valid input")
		}
		// Without a vocabulary, Normalize and Fold agree.
		if got, want := New(nil).Normalize(s).Match, Fold(s); got != want {
			t.Fatalf("Normalize(nil).Match %q != Fold %q", got, want)
		}
		// For valid input, every byte of Match points at a rune start of Original.
		valid := utf8.ValidString(s)
		for i := 0; valid && i < len(text.Match); i++ {
			o := text.OriginalOffset(i)
			if o < len(s) && !utf8.RuneStart(s[o]) {
				t.Fatalf("match byte %d maps inside an original rune (%d)", i, o)
			}
		}
	})
}
