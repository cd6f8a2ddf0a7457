package textnorm

import "unicode/utf8"

// offsetRun maps a stretch of the matching form back to the original. A run starts at byte
// match of Match and covers the bytes up to the next run. In an exact run every rune of Match
// has the same length as the original rune it comes from, so byte match+k maps to orig+k
// (snapped to its rune start); in an inexact run (NFKC output, digits folded to ASCII, an
// inserted space) every byte maps to orig. Most text folds rune for rune, so a few runs cover
// it: a handful of bytes per dropped diacritic instead of four per byte of text.
type offsetRun struct {
	match, orig int32
	exact       bool
}

// markExact records that the rune about to be written at match byte m comes from the
// original rune at o with the same length.
func markExact(runs []offsetRun, m, o int) []offsetRun {
	if n := len(runs); n > 0 {
		if r := runs[n-1]; r.exact && int32(o)-r.orig == int32(m)-r.match {
			return runs
		}
	}
	return append(runs, offsetRun{match: int32(m), orig: int32(o), exact: true})
}

// markInexact records that the bytes about to be written at match byte m all map to the
// original offset o.
func markInexact(runs []offsetRun, m, o int) []offsetRun {
	if n := len(runs); n > 0 {
		if r := runs[n-1]; !r.exact && r.orig == int32(o) {
			return runs
		}
	}
	return append(runs, offsetRun{match: int32(m), orig: int32(o)})
}

// originalOffset maps match byte i (0 <= i < len(match)) through runs.
func originalOffset(match string, runs []offsetRun, i int) int {
	lo, hi := 0, len(runs) // find the last run with runs[k].match <= i
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if int(runs[mid].match) <= i {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo == 0 {
		return 0
	}
	r := runs[lo-1]
	if !r.exact {
		return int(r.orig)
	}
	for i > int(r.match) && !utf8.RuneStart(match[i]) {
		i--
	}
	return int(r.orig) + i - int(r.match)
}

// runOrigAt is the original offset of match byte c, a rune start inside run r.
func runOrigAt(r offsetRun, c int) int32 {
	if r.exact {
		return r.orig + int32(c) - r.match
	}
	return r.orig
}

// insertSpaceRuns shifts runs for spaces inserted before the (sorted) match offsets cuts,
// given the length of the matching form before insertion. Each space gets an inexact run
// mapping to the original offset of the byte after it, so offsets stay monotone.
func insertSpaceRuns(runs []offsetRun, cuts []int, oldLen int) []offsetRun {
	out := make([]offsetRun, 0, len(runs)+2*len(cuts))
	ci := 0
	for k, r := range runs {
		end := oldLen
		if k+1 < len(runs) {
			end = int(runs[k+1].match)
		}
		cur := r
		for ci < len(cuts) && cuts[ci] < end {
			c := cuts[ci]
			if c > int(cur.match) {
				piece := cur
				piece.match += int32(ci)
				out = append(out, piece)
				cur = offsetRun{match: int32(c), orig: runOrigAt(cur, c), exact: cur.exact}
			}
			out = append(out, offsetRun{match: int32(c + ci), orig: runOrigAt(cur, c)})
			ci++
		}
		cur.match += int32(ci)
		out = append(out, cur)
	}
	return out
}
