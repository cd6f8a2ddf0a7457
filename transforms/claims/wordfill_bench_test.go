package claims

import "testing"

// BenchmarkWordFill measures what filling the word cache costs per distinct word: variants,
// candidate phrases and interned phrase words, for every distinct word of the seed and
// held-out articles (the cache itself is bypassed).
func BenchmarkWordFill(b *testing.B) {
	x := extractor(b)
	seen := map[string]bool{}
	type lw struct {
		l *language
		t token
	}
	var words []lw
	for _, a := range devArticles(b) {
		l := x.language(a)
		for _, t := range tokenize(x.norm.Normalize(a.Text).Match) {
			if !seen[t.text] {
				seen[t.text] = true
				words = append(words, lw{l, t})
			}
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, w := range words {
			v := w.l.morph.variants(w.t.text)
			w.l.m.candidates(v, w.t.punct, w.t.text)
			w.l.m.restMatches(v, w.t.punct, w.t.text)
		}
	}
	b.ReportMetric(float64(len(words)), "words")
}
