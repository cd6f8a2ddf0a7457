package claims

import (
	"slices"
	"testing"

	"github.com/tanaqud/tanaqud/transforms/sentences"
)

// scanEveryCandidate is appendScan without its second- and third-word masks and its
// second-word index: every candidate of every word goes to tryCandidate, in the order of
// wordInfo.longer, then the word's one-word hits.
func (m *matcher) scanEveryCandidate(out []hit, toks []token) []hit {
	for i := range toks {
		w := toks[i].w
		if w == nil {
			continue
		}
		for _, c := range w.longer {
			out = m.tryCandidate(out, toks, i, c)
		}
		for _, h := range w.singles {
			h.start, h.end = i, i+1
			out = append(out, h)
		}
	}
	return out
}

// TestScanMasksRuleOutOnlyNonMatches: the scan's masks (a candidate ruled out by the next
// word or the word after it, thirdRuledOut) and its second-word index leave the hits of every
// sentence of the development articles as trying every candidate gives them, in order.
func TestScanMasksRuleOutOnlyNonMatches(t *testing.T) {
	x := extractor(t)
	sc := &scratch{}
	sents, ruledOut := 0, 0
	for _, a := range devArticles(t) {
		l := x.language(a)
		for i, s := range sentences.Split(a.Text) {
			si := &sentInfo{norm: x.norm.Normalize(s.Text)}
			x.prepare(sc, l, s, i, si)
			got := l.m.appendScan(nil, si.toks)
			want := l.m.scanEveryCandidate(nil, si.toks)
			if !slices.Equal(got, want) {
				t.Fatalf("%s sentence %d %q:\nscan  %v\nevery %v", a.ID, i, s.Text, got, want)
			}
			sents++
			for k := range si.toks {
				if k+2 < len(si.toks) {
					for _, c := range si.toks[k].w.longer {
						if thirdRuledOut(c, si.toks[k+2].w.restMask) {
							ruledOut++
						}
					}
				}
			}
		}
	}
	if sents == 0 || ruledOut == 0 {
		t.Fatalf("%d sentences, %d candidates ruled out by their third word: the test tests nothing", sents, ruledOut)
	}
}

// TestThirdRuledOut: a candidate of two words is never ruled out by its third word; one of
// three is ruled out exactly when the word after next has no bit for its third word's id.
func TestThirdRuledOut(t *testing.T) {
	for _, tc := range []struct {
		c    candidate
		mask uint64
		want bool
	}{
		{candidate{words: 2, third: -1}, 0, false},
		{candidate{words: 2, third: -1}, ^uint64(0), false},
		{candidate{words: 3, third: 5}, 1 << 5, false},
		{candidate{words: 3, third: 69}, 1 << 5, false}, // 69 % 64 == 5: the mask cannot tell them apart
		{candidate{words: 3, third: 5}, 1 << 6, true},
		{candidate{words: 4, third: 5}, 0, true},
		{candidate{words: 3, third: 5}, ^uint64(0), false}, // no word after next: all bits
	} {
		if got := thirdRuledOut(tc.c, tc.mask); got != tc.want {
			t.Errorf("thirdRuledOut(%+v, %#x) = %v, want %v", tc.c, tc.mask, got, tc.want)
		}
	}
}
