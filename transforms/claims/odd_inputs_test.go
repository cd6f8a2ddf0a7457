package claims

// Robustness: Analyze on malformed input.

import (
	"testing"

	"github.com/tanaqud/tanaqud/schemas"
)

// TestOddInputs: Analyze never panics and keeps offsets inside the text.
func TestOddInputs(t *testing.T) {
	x := extractor(t)
	for _, text := range []string{"", " \n\t ", "\xff\xfe\x00 بوتين", "....", "٦٠ ألف", "وقف إطلاق النار", "(((", "منتصف", "أكثر من", "بحسب", "لا يستثني إلا"} {
		for _, lang := range []string{"", "ar", "en", "fr"} {
			an := x.Analyze(schemas.Article{ID: "odd", Lang: lang, Text: text, Published: "not a date"})
			n := len([]rune(text))
			for _, c := range an.Claims {
				if c.Start < 0 || c.End > n || c.Start > c.End {
					t.Errorf("%q: claim offsets [%d,%d) outside [0,%d)", text, c.Start, c.End, n)
				}
			}
		}
	}
}
