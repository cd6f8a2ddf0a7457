package sentences

import "unicode/utf8"

// runeCount is utf8.RuneCountInString with inline paths for ASCII and two-byte runes (all of
// basic Arabic), which the standard one decodes through a runtime call per rune. It counts
// invalid bytes the same way (one each), so the result is identical for any input.
func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			i++
		case c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			i += 2
		default:
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
	}
	return n
}
