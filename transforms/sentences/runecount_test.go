package sentences

import (
	"testing"
	"unicode/utf8"
)

func TestRuneCountMatchesStandard(t *testing.T) {
	for _, s := range []string{
		"", "abc", "روسيا وتركيا", "a\xffb", "\xd8", "\xd8a", "\xc0\x80", "\xe2\x80\xa6…", "😀x", "\x80\x80",
		"ك\xd9", "\xed\xa0\x80", "mixed نص 123 ۱۲۳",
		// Eight bytes at a time: a rune across the boundary, a lead cut off, invalid leads.
		"abcdefgكلمة", "abcdefg\xd9", "abcdef\xd8\xd8\x80", "وقف إطلاق النار في سوريا", "abcdefgh\xc0\x80abcdef",
		"abcdefg\x80abcdefgh", "\xd8\xa7\xd8\xa7\xd8\xa7\xd8…abc",
	} {
		if got, want := runeCount(s), utf8.RuneCountInString(s); got != want {
			t.Errorf("runeCount(%q) = %d, want %d", s, got, want)
		}
	}
}

func FuzzRuneCount(f *testing.F) {
	f.Add("روسيا\xffوتركيا")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := runeCount(s), utf8.RuneCountInString(s); got != want {
			t.Fatalf("runeCount(%q) = %d, want %d", s, got, want)
		}
	})
}
