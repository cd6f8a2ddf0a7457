package sentences

import (
	"sort"
)

// cutPoints returns the sorted byte offsets between sentences: first the punctuation and
// line structure found by the scanner, then subheadings glued to the next sentence, inline
// lists and publication stamps inside the sentences found so far.
func cutPoints(text string) []int {
	sc := scanner{text: text, hardWrapped: isHardWrapped(text), cuts: make([]int, 0, len(text)/64+4)}
	sc.scan()
	cuts := sc.cuts
	cuts = merge(cuts, headingCuts(text, cuts))
	cuts = merge(cuts, listCuts(text, cuts))
	cuts = merge(cuts, stampCuts(text))
	return cuts
}

// merge adds extra cuts to sorted cuts and returns them sorted without duplicates.
func merge(cuts, extra []int) []int {
	if len(extra) == 0 {
		return cuts
	}
	cuts = append(cuts, extra...)
	sort.Ints(cuts)
	out := cuts[:0]
	for i, c := range cuts {
		if i == 0 || c != cuts[i-1] {
			out = append(out, c)
		}
	}
	return out
}
