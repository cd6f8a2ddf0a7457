package textnorm

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// foldArabicLettersByRune is foldArabicLetters as it was before letterFold: the folded rune
// from arabicFold, range-checked and encoded per letter.
func foldArabicLettersByRune(buf []byte, s string, i int) ([]byte, int) {
	for i+4 <= len(s) && cap(buf)-len(buf) >= 2 {
		q := s[i : i+4]
		c, d, e, f := q[0], q[1], q[2], q[3]
		n := len(buf)
		if c == ' ' {
			if d >= 0xCC && d < 0xCE || d >= 0xE0 {
				break
			}
			buf = buf[:n+1]
			buf[n] = ' '
			i++
			continue
		}
		if c-0xD8 > 3 || d&0xC0 != 0x80 {
			break
		}
		m := arabicFold[(c&3)<<6|d&0x3F]
		if m < 0x80 || m >= 0x800 {
			break
		}
		if e >= utf8.RuneSelf && (e-0xD8 > 3 || f&0xC0 != 0x80 || !inertStarter[(e&3)<<6|f&0x3F]) {
			break
		}
		buf = buf[:n+2]
		w := buf[n : n+2]
		w[0], w[1] = byte(0xC0|m>>6), byte(0x80|m&0x3F)
		i += 2
	}
	return buf, i
}

// TestFoldArabicLettersTable: the table-driven letter loop writes the same bytes and stops at
// the same index as the per-rune one, for every pair of runes of U+0080–07FF around letters,
// spaces, marks, ASCII, three-byte runes and cut text, and with little room left in buf.
func TestFoldArabicLettersTable(t *testing.T) {
	var runes []string
	for r := rune(0x600); r < 0x700; r++ {
		runes = append(runes, string(r))
	}
	runes = append(runes, " ", "a", "Z", "1", "\u0301", "\u00e9", "\u2019", "\ufb75", "\xd8", "\xd9\xd9", "ـ")
	for _, a := range runes {
		for _, b := range runes {
			for _, s := range []string{a + b, "سلام" + a + b + "عليكم", a + " " + b + " ب", strings.Repeat(a+b, 3)} {
				for _, room := range []int{0, 1, 2, 3, 64} {
					for i := 0; i < len(s); i++ {
						want, wi := foldArabicLettersByRune(make([]byte, 1, 1+room), s, i)
						got, gi := foldArabicLetters(make([]byte, 1, 1+room), s, i)
						if gi != wi || string(got) != string(want) {
							t.Fatalf("%q from %d, room %d: got %q, %d; want %q, %d", s, i, room, got, gi, want, wi)
						}
					}
				}
			}
		}
	}
}

// TestFoldingLettersAreInertStarters: foldArabicLetters tests only the rune after the last
// letter it writes, because every rune it writes as a letter (letterFold non-zero) is itself an
// inert starter, so a letter passes the test for the letter before it.
func TestFoldingLettersAreInertStarters(t *testing.T) {
	for k, m := range letterFold {
		if m != 0 && !inertStarter[k] {
			t.Errorf("U+%04X folds as a letter but is no inert starter", 0x600+k)
		}
	}
}
