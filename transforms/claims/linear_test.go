package claims

import (
	"fmt"
	"strings"
	"testing"

	"github.com/tanaqud/tanaqud/schemas"
)

// longSentenceUnits repeated thousands of times make one sentence without punctuation naming
// thousands of entities next to cues: the case that used to cost time quadratic in its mentions
// (every cue walked every mention and every token of the clause).
var longSentenceUnits = []struct{ lang, unit string }{
	{"ar", "وقف إطلاق النار يستثني جبهة فتح الشام وتنظيم داعش برعاية روسيا وتركيا في حلب وإدلب "},
	{"ar", "روسيا وتركيا وإيران ضامنة للاتفاق الذي يشمل فصائل المعارضة "},
	{"en", "the ceasefire excludes Jabhat Fatah al-Sham and ISIS and Russia and Turkey guarantee it in Aleppo said the army "},
}

// BenchmarkAnalyzeLongSentence reports throughput at 1,500 and 6,000 repetitions: linear cost
// keeps MB/s about equal; the old quadratic scan made the larger size about 4x slower per byte.
func BenchmarkAnalyzeLongSentence(b *testing.B) {
	x, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	for i, u := range longSentenceUnits {
		for _, n := range []int{1500, 6000} {
			text := strings.Repeat(u.unit, n)
			b.Run(fmt.Sprintf("unit%d/x%d", i, n), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					x.Analyze(schemas.Article{ID: "long", Lang: u.lang, Text: text})
				}
			})
		}
	}
}
