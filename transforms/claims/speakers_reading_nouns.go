package claims

import (
	"cmp"
	"slices"

	"github.com/tanaqud/tanaqud/schemas"
)

// A body's reading of the terms, named by a noun with the body as its owner, attributes what it
// frames to that body, as "according to X" does: "Seventy-two hours, renewable, in the council's
// text, though the defence ministry speaks of thirty days", "Not covered, at least in the Houthi
// reading, are vessels owned by or sailing to Israel", "by Moscow's account"; and, as the
// subject of a copula and a complementizer, "the government's line is that the United Nations
// alone guarantees it". The nouns (lexicon reading_nouns: reading, view, version, account, text,
// line) frame nothing alone ("the text of the agreement", "the Luanda text": a deal named by its
// city), so one attributes only with an owner right before it: a name marked possessive ("the
// council's") or a body's adjective ("the Houthi reading"), after a reading preposition
// (reading_prepositions: in, by, on) and an article, or before a copula and a complementizer.
// "line" and "position" (reading_copula_nouns) frame only before the copula: after a preposition
// they name a place a force holds ("shells landed on the army's position near El Fasher").

// readingNounIdx marks the payload of a reading noun's hit (catAttrPrep hits are otherwise 0).
const readingNounIdx = 1

// settleReadingNouns keeps a reading noun's hit only in its frame, spread over the frame
// (preposition or owner through the noun), and drops it elsewhere.
func settleReadingNouns(l *language, si *sentInfo, hits []hit) {
	moved := false
	for k, h := range hits {
		if h.cat != catAttrPrep || h.idx != readingNounIdx {
			continue
		}
		start, ok := readingFrameStart(l, si, hits, h)
		if !ok {
			hits[k].cat = catDropped
			continue
		}
		hits[k].start = start
		moved = true
	}
	if moved {
		sortHitsByStart(hits)
	}
}

// readingFrameStart: where the frame of the reading noun h starts (its preposition, else its
// owner), and whether h has one.
func readingFrameStart(l *language, si *sentInfo, hits []hit, h hit) (int, bool) {
	owner, ok := readingOwner(l, si, hits, h.start)
	if !ok {
		return 0, false
	}
	p := owner - 1
	if l.fw.definiteArticles[si.tokText(p)] {
		p--
	}
	if p >= 0 && l.fw.readingPrepositions[si.tokText(p)] && !l.fw.readingCopulaNouns[si.tokText(h.start)] {
		return p, true // "in the council's text", "by Moscow's account"; not "on the army's position"
	}
	if l.fw.possessiveBefore(si, h.start) && l.fw.copulas[si.tokText(h.end)] && l.fw.complementizers[si.tokText(h.end+1)] {
		if l.fw.definiteArticles[si.tokText(owner-1)] {
			owner--
		}
		return owner, true // "the government's line is that ..."
	}
	return 0, false
}

// readingOwner: the first token of the owner of the noun at pos, a name ending right before it
// that is marked possessive or is a body's adjective.
func readingOwner(l *language, si *sentInfo, hits []hit, pos int) (int, bool) {
	plural := si.pluralPossessive(pos - 1) // "by the Houthis' account": the name ends before the mark
	for _, o := range hits {
		if o.cat != catEntity || o.end != pos && !(plural && o.end == pos-1) {
			continue
		}
		if l.fw.possessiveBefore(si, pos) || l.demonym[o.idx] {
			return o.start, true
		}
	}
	return 0, false
}

// readingNounOwner: the speaker a reading frame's hit names, its owner's mention (nil when the
// mention was dropped since).
func (ac *articleContext) readingNounOwner(si *sentInfo, h hit) *schemas.Entity {
	end := h.end - 1
	if si.pluralPossessive(end - 1) {
		end-- // "by the Houthis' account"
	}
	if m, ok := si.mentionEndingAt(end); ok {
		return ac.speakerOf(si, m)
	}
	return nil
}

// sortHitsByStart puts hits back in the scan's order (by start, then longest first) after a
// frame moved one's start.
func sortHitsByStart(hits []hit) {
	slices.SortStableFunc(hits, func(a, b hit) int {
		if a.start != b.start {
			return cmp.Compare(a.start, b.start)
		}
		return cmp.Compare(b.end, a.end)
	})
}
