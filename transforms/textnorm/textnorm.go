// Package textnorm builds the matching form of a text (what lexicons and the gazetteer match
// against) while keeping a map back to the original, so every span shown to users points into
// the text as published.
//
// The matching form is NFKC (per normalization segment, so offsets still map) followed by
// Arabic and English folding: alef variants → ا, ى → ي, ة → ه, Persian ک ی → ك ي, diacritics
// and tatweel removed, Arabic-Indic and Persian digits → ASCII, invisible marks removed, lower
// case, curly quotes → ' ", dashes → -, odd spaces → space. Glued words made of two known
// entries (الأممالمتحدة, روسياوتركيا) get a space in the matching form.
package textnorm

import "unsafe"

// Text is an original text and its matching form with a byte-offset map between them.
type Text struct {
	Original string
	Match    string
	runs     []offsetRun // see offsetRun; sorted by match offset, monotone in orig
}

// OriginalOffset maps a byte offset of the matching form to a byte offset of the original.
// Offsets inside a rune of Match map to the start of the original rune (or NFKC segment) it
// comes from; an end offset (len(Match)) maps to len(Original). A match span [s, e) maps to
// the original span [OriginalOffset(s), OriginalOffset(e)), which includes removed marks
// (diacritics, tatweel) that follow its last letter. The map never decreases.
func (t Text) OriginalOffset(matchByte int) int {
	switch {
	case matchByte < 0:
		return 0
	case matchByte >= len(t.Match):
		return len(t.Original)
	}
	return originalOffset(t.Match, t.runs, matchByte)
}

// OriginalSpan maps a byte span of the matching form to the byte span of the original it
// comes from.
func (t Text) OriginalSpan(matchStart, matchEnd int) (start, end int) {
	return t.OriginalOffset(matchStart), t.OriginalOffset(matchEnd)
}

// Normalizer turns texts into matching forms. Its vocabulary (gazetteer names, lexicon cues)
// drives the repair of glued words such as الأممالمتحدة. It is safe for concurrent use.
type Normalizer struct {
	glue *glueRepair
}

// New returns a Normalizer whose glued-word repair knows the given words and phrases.
// Entries are folded with Fold; multiword entries are allowed.
func New(vocabulary []string) *Normalizer {
	return &Normalizer{glue: newGlueRepair(vocabulary)}
}

// Normalize returns the matching form of original with its offset map.
func (n *Normalizer) Normalize(original string) Text {
	// Room for NFKC expansion and inserted spaces, so appends rarely reallocate.
	capacity := len(original) + len(original)/8 + 8
	f := folder{buf: make([]byte, 0, capacity), runs: make([]offsetRun, 0, len(original)/32+4), keep: true}
	f.fold(original)
	if n != nil && n.glue != nil {
		f.buf, f.runs = n.glue.repair(f.buf, f.runs)
	}
	// f.buf is never written again, so the string can share its bytes.
	match := ""
	if len(f.buf) > 0 {
		match = unsafe.String(&f.buf[0], len(f.buf))
	}
	return Text{Original: original, Match: match, runs: f.runs}
}

// Fold returns the matching form of s without offsets and without glued-word repair: for
// lexicon and gazetteer entries. Fold(s) == New(nil).Normalize(s).Match.
func Fold(s string) string {
	f := folder{buf: make([]byte, 0, len(s))}
	f.fold(s)
	if len(f.buf) == 0 {
		return ""
	}
	return unsafe.String(&f.buf[0], len(f.buf)) // f.buf is not written again
}
