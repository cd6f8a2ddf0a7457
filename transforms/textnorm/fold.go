package textnorm

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// folder appends the matching form of a text to buf and, when keep is set, records in runs
// where each written byte comes from in the original.
type folder struct {
	buf  []byte
	runs []offsetRun
	keep bool
	tmp  []byte // scratch for NFKC of one segment
}

// fold processes s one normalization segment at a time (a starter and the marks that may
// combine with it). Segments made only of runes that NFKC leaves alone take a fast path;
// the others go through NFKC, and every rune NFKC produces maps to the segment's start.
func (f *folder) fold(s string) {
	// The fast paths work on local slices (no write barriers on f); the slow path syncs f.
	buf, runs, keep := f.buf, f.runs, f.keep
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			// A run of ASCII: each byte folds alone (to lower case) unless a mark that could
			// compose with it follows: those are U+0300–036F (lead bytes CC, CD) or three-byte
			// runes (lead ≥ E0). Inside the run only the last byte can be followed by one.
			// The bytes map one to one, so one offset run covers them all.
			j := i + 1
			for j < len(s) && s[j] < utf8.RuneSelf {
				j++
			}
			if j < len(s) && (s[j] >= 0xCC && s[j] < 0xCE || s[j] >= 0xE0) {
				j-- // the last may compose with the mark after it: the slow path takes it
			}
			if j > i {
				if keep {
					runs = markExact(runs, len(buf), i)
				}
				at := len(buf)
				buf = append(buf, s[i:j]...)
				for k := at; k < len(buf); k++ {
					if b := buf[k]; 'A' <= b && b <= 'Z' {
						buf[k] = b + 'a' - 'A'
					}
				}
				i = j
				continue
			}
		}
		if c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// A two-byte Arabic rune: when it is inert and the next rune starts a new
			// segment, NFKC cannot touch it.
			if m := arabicFold[(c&3)<<6|s[i+1]&0x3F]; m != notInert && startsInertSegment(s, i+2) {
				if m >= 0x80 && m < 0x800 {
					if keep {
						runs = markExact(runs, len(buf), i)
					}
					buf = append(buf, byte(0xC0|m>>6), byte(0x80|m&0x3F))
					// The letters (and words) after it are written as themselves too.
					buf, i = foldArabicLetters(buf, s, i+2)
					continue
				} else if m >= 0 { // digits fold to ASCII
					if keep {
						runs = markInexact(runs, len(buf), i)
					}
					buf = append(buf, byte(m))
				}
				i += 2
				continue
			}
		}
		f.buf, f.runs = buf, runs
		i = f.foldSegment(s, i)
		buf, runs = f.buf, f.runs
	}
	f.buf, f.runs = buf, runs
}

// foldArabicLetters appends the inert two-byte Arabic letters at s[i:] that fold to two-byte
// letters and are each followed by a rune that starts an inert segment, and the spaces between
// them, as long as buf has room, and returns the index after them. Each is written as itself,
// so the exact run its caller has just marked covers them all (markExact would leave runs as
// they are). These are most of the bytes of an Arabic text: one trip round fold's loop per
// letter, with markExact and a growable append, cost more than this loop, which makes no call.
func foldArabicLetters(buf []byte, s string, i int) ([]byte, int) {
	// A letter is written only when the rune after it starts an inert segment (ASCII, or a
	// basic Arabic letter, digit or mark: see startsInertSegment), since otherwise it may
	// combine with it and NFKC decides. The rune after a letter is mostly another letter, which
	// the next trip tests anyway (a letter that folds, letterFold non-zero, is an inert
	// starter), so each letter is written at once and only the rune after the last one is
	// tested, at the end, taking the letter back when it fails. The end of the text (the last
	// four bytes) is left to fold's loop.
	out, n := buf[:cap(buf)], len(buf) // written up to n; the loop needs two bytes of room
	letter := false                    // the last rune written is a letter
	// i < len(s)-3 is i+4 <= len(s), and n < len(out)-1 is n+2 <= cap(buf), in the forms that
	// spare the bounds checks of the reads and writes.
	for i < len(s)-3 && n < len(out)-1 {
		c, d := s[i], s[i+1]
		if c == ' ' {
			// As fold's ASCII path: a space stays itself unless a mark that could compose
			// with it follows (lead bytes CC, CD, or three-byte runes).
			if d >= 0xCC && d < 0xCE || d >= 0xE0 {
				break
			}
			out[n] = ' '
			n++
			i++
			letter = false
			continue
		}
		k := uint(c) - 0xD8
		if k > 3 {
			break
		}
		m := letterFoldPair[k<<8|uint(d)]
		if m == 0 {
			break // no continuation byte, or notInert, a dropped mark or a digit
		}
		out[n], out[n+1] = byte(m), byte(m>>8)
		n += 2
		i += 2
		letter = true
	}
	// The letter written last was followed by s[i:i+2] (it was written at i-2 with four bytes
	// left): take it back when that rune may combine with it.
	if letter {
		if e, f := s[i], s[i+1]; e >= utf8.RuneSelf && (e-0xD8 > 3 || f&0xC0 != 0x80 || !inertStarter[(e&3)<<6|f&0x3F]) {
			n -= 2
			i -= 2
		}
	}
	return out[:n], i
}

// foldSegment folds the normalization segment starting at i and returns its end.
func (f *folder) foldSegment(s string, i int) int {
	end, inert := segmentEnd(s, i)
	if inert {
		for j := i; j < end; {
			r, size := utf8.DecodeRuneInString(s[j:])
			f.emit(mapRune(r), j, size)
			j += size
		}
		return end
	}
	if r, size := utf8.DecodeRuneInString(s[i:]); i+size == end && r != utf8.RuneError &&
		(unicode.IsSpace(r) || norm.NFKC.PropertiesString(s[i:end]).Decomposition() == nil) {
		// A lone rune NFKC does not decompose (quotes, dashes, ، ؛ ؟) stays as it is; odd
		// spaces (NBSP) become a space either way.
		f.emit(mapRune(r), i, size)
		return end
	}
	f.tmp = norm.NFKC.AppendString(f.tmp[:0], s[i:end])
	for j := 0; j < len(f.tmp); {
		r, size := utf8.DecodeRune(f.tmp[j:])
		f.emit(mapRune(r), i, 0)
		j += size
	}
	return end
}

// emit writes r (dropped when negative) coming from the original byte offset at: the rune's
// own offset (origSize is its length) or the segment's start for NFKC output (origSize 0).
func (f *folder) emit(r rune, at, origSize int) {
	if r < 0 {
		return
	}
	if f.keep {
		if utf8.RuneLen(r) == origSize {
			f.runs = markExact(f.runs, len(f.buf), at)
		} else {
			f.runs = markInexact(f.runs, len(f.buf), at)
		}
	}
	f.buf = utf8.AppendRune(f.buf, r)
}

// segmentEnd returns the end of the normalization segment starting at i and whether every rune
// in it is inert (NFKC leaves it unchanged and it composes with nothing).
func segmentEnd(s string, i int) (end int, inert bool) {
	r, size := utf8.DecodeRuneInString(s[i:])
	inert = isInert(r)
	end = i + size
	for end < len(s) {
		r, size = utf8.DecodeRuneInString(s[end:])
		if startsSegment(r, s[end:]) {
			break
		}
		if !isInert(r) {
			inert = false
		}
		end += size
	}
	return end, inert
}

// startsSegment reports whether r (the first rune of rest) cannot combine with what precedes it.
func startsSegment(r rune, rest string) bool {
	switch {
	case r < 0x300:
		return true
	case r >= 0x0621 && r <= 0x064A, r >= 0x0660 && r <= 0x0669:
		return true
	case r >= 0x064B && r <= 0x0652:
		return false
	}
	return norm.NFKC.PropertiesString(rest).BoundaryBefore()
}

// startsInertSegment reports that the rune at j (if any) is ASCII or a basic Arabic letter,
// digit or punctuation mark: a starter that combines with nothing before it.
func startsInertSegment(s string, j int) bool {
	if j >= len(s) || s[j] < utf8.RuneSelf {
		return true
	}
	c := s[j]
	if c < 0xD8 || c > 0xDB || j+1 >= len(s) || s[j+1]&0xC0 != 0x80 {
		return false
	}
	return inertStarter[(c&3)<<6|s[j+1]&0x3F]
}

// isInertStarter is the rune test behind startsInertSegment (U+0600–06FF only).
func isInertStarter(r rune) bool {
	return r >= 0x0621 && r <= 0x064A || r >= 0x0660 && r <= 0x0669 || r == 0x060C || r == 0x061B || r == 0x061F
}

// letterFold tabulates, by the index of arabicFold, the UTF-8 bytes (first byte low) of the
// matching form of the inert runes that fold to a two-byte rune, the letters: one load and one
// store per letter in foldArabicLetters. Zero for the others (no two-byte encoding is zero).
var letterFold = func() (t [256]uint16) {
	for k, m := range arabicFold {
		if m >= 0x80 && m < 0x800 {
			t[k] = uint16(0xC0|m>>6) | uint16(0x80|m&0x3F)<<8
		}
	}
	return t
}()

// letterFoldPair is letterFold by (lead byte - D8) << 8 | second byte, zero where the second
// byte is no continuation byte: one load tells foldArabicLetters both that the two bytes are a
// rune of U+0600–06FF and what it folds to.
var letterFoldPair = func() (t [4 << 8]uint16) {
	for k := range t {
		if d := byte(k); d&0xC0 == 0x80 {
			t[k] = letterFold[(k>>8)<<6|int(d&0x3F)]
		}
	}
	return t
}()

// notInert marks the runes of U+0600–06FF that the fast path of fold must leave to foldSegment.
const notInert = -2

// arabicFold and inertStarter tabulate, by r-0x600 for the two-byte Arabic block U+0600–06FF
// (lead bytes D8–DB), mapRune of the inert runes (notInert for the others) and
// isInertStarter: the fast path of fold then costs a table load per Arabic letter.
var arabicFold, inertStarter = arabicTables()

func arabicTables() (fold [256]rune, starter [256]bool) {
	for k := range fold {
		r := rune(0x600 + k)
		fold[k] = notInert
		if isInert(r) {
			fold[k] = mapRune(r)
		}
		starter[k] = isInertStarter(r)
	}
	return fold, starter
}

// isInert reports runes that NFKC leaves unchanged and that never compose: plain ASCII, the
// basic Arabic letters, harakat (dropped anyway), tatweel, superscript alef and Arabic digits.
func isInert(r rune) bool {
	return r < utf8.RuneSelf ||
		(r >= 0x0621 && r <= 0x0652) || r == 0x0670 ||
		(r >= 0x0660 && r <= 0x0669) || (r >= 0x06F0 && r <= 0x06F9)
}

// mapRune returns the matching form of one (already NFKC) rune, or -1 to drop it.
func mapRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	if r >= 0x0621 && r <= 0x064A && r != 0x0640 { // basic Arabic letters
		switch r {
		case 'أ', 'إ', 'آ':
			return 'ا'
		case 'ى':
			return 'ي'
		case 'ة':
			return 'ه'
		}
		return r
	}
	switch {
	case r >= 0x064B && r <= 0x0652, r == 0x0670, r == 0x0640: // harakat, superscript alef, tatweel
		return -1
	case r == 'أ', r == 'إ', r == 'آ', r == 'ٱ', r == 0x0672, r == 0x0673:
		return 'ا'
	case r == 'ى', r == 'ی': // alef maqsura, Persian yeh
		return 'ي'
	case r == 'ة':
		return 'ه'
	case r == 'ک': // Persian keheh
		return 'ك'
	case r >= 0x0660 && r <= 0x0669:
		return '0' + (r - 0x0660)
	case r >= 0x06F0 && r <= 0x06F9:
		return '0' + (r - 0x06F0)
	case r == 0x066B: // Arabic decimal separator
		return '.'
	case r == 0x066C: // Arabic thousands separator
		return ','
	case r == 0x066A: // Arabic percent sign
		return '%'
	case isInvisible(r):
		return -1
	}
	if q := foldPunct(r); q != 0 {
		return q
	}
	if unicode.IsSpace(r) {
		return ' '
	}
	return unicode.ToLower(r)
}

// isInvisible reports format characters scraped pages leave in text: bidi controls, zero-width
// characters, word joiners, BOM and soft hyphen.
func isInvisible(r rune) bool {
	switch {
	case r == 0x00AD, r == 0x061C, r == 0x180E, r == 0xFEFF:
		return true
	case r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E,
		r >= 0x2060 && r <= 0x2064, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// foldPunct maps typographic quotes and dashes to ASCII; 0 when r is neither.
func foldPunct(r rune) rune {
	switch r {
	case '‘', '’', '‚', '‛', '′', '‹', '›':
		return '\''
	case '“', '”', '„', '‟', '″', '«', '»':
		return '"'
	case '‐', '‑', '‒', '–', '—', '―', '−', '⸺', '⸻', '﹘', '﹣':
		return '-'
	}
	return 0
}
