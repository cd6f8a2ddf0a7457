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
	return n.NormalizeIn(nil, original)
}

// Arena lends Normalize its buffers: the matching forms of many texts (the sentences of one
// article) are carved from one byte buffer and one run buffer, which Reset hands back for the
// next texts. The normalizer's own buffers were over a quarter of the bytes an article's
// analysis allocated. An Arena is for one goroutine at a time; the zero value is ready.
type Arena struct {
	buf  []byte
	runs []offsetRun
}

// maxArenaBytes bounds the byte buffer an Arena keeps across Reset, so one huge text does not
// pin its buffer for the rest of a worker's life.
const maxArenaBytes = 1 << 20

// Reset hands the arena's buffers back for new texts. Every Text normalized in it since the
// last Reset is invalid from now on: its Match is overwritten by the next texts.
func (a *Arena) Reset() {
	if cap(a.buf) > maxArenaBytes {
		a.buf, a.runs = nil, nil
	}
	a.buf, a.runs = a.buf[:0], a.runs[:0]
}

// spare returns the unused tail of *buf, with room for at least n elements: a larger buffer
// replaces a full one (texts carved before keep the old one).
func spare[T any](buf *[]T, n int) []T {
	b := *buf
	if cap(b)-len(b) < n {
		b = make([]T, 0, 2*cap(b)+n)
		*buf = b
	}
	return b[len(b):len(b):cap(b)]
}

// claim advances *buf past used when used still lies in its spare tail (appends that
// outgrew the tail moved to a buffer of their own) and returns used capped at its length.
func claim[T any](buf *[]T, used []T) []T {
	b := *buf
	if len(used) > 0 && cap(b) > len(b) && unsafe.SliceData(used) == unsafe.SliceData(b[len(b):cap(b)]) {
		*buf = b[:len(b)+len(used)]
	}
	return used[:len(used):len(used)]
}

// NormalizeIn is Normalize with its buffers carved from a (nil: buffers of its own). The
// Text's Match is valid until a's next Reset.
func (n *Normalizer) NormalizeIn(a *Arena, original string) Text {
	// Room for NFKC expansion and inserted spaces, so appends rarely reallocate.
	capacity := len(original) + len(original)/8 + 8
	runCap := len(original)/32 + 4
	f := folder{keep: true}
	if a == nil {
		f.buf, f.runs = make([]byte, 0, capacity), make([]offsetRun, 0, runCap)
	} else {
		f.buf, f.runs = spare(&a.buf, capacity), spare(&a.runs, runCap)
	}
	f.fold(original)
	if n != nil && n.glue != nil {
		f.buf, f.runs = n.glue.repair(f.buf, f.runs)
	}
	if a != nil {
		f.buf, f.runs = claim(&a.buf, f.buf), claim(&a.runs, f.runs)
	}
	// f.buf is never written again (until the arena's Reset), so the string can share its bytes.
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
