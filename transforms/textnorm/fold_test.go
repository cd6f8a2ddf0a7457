package textnorm

import (
	"testing"
	"unicode/utf8"
)

func TestFoldRules(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"alef hamza above", "أحمد", "احمد"},
		{"alef hamza below", "إدلب", "ادلب"},
		{"alef madda", "آلاف", "الاف"},
		{"alef wasla", "ٱلله", "الله"},
		{"alef maqsura", "على", "علي"},
		{"teh marbuta", "المتحدة", "المتحده"},
		{"harakat", "الأُمَمُ", "الامم"},
		{"shadda and tanwin", "وقفاً شامّاً", "وقفا شاما"},
		{"superscript alef", "هٰذا", "هذا"},
		{"tatweel", "الـ 5 والسـلام", "ال 5 والسلام"},
		{"arabic-indic digits", "٢٠١٦/١٢/١٦", "2016/12/16"},
		{"persian digits", "۱۲۳۴۵۶۷۸۹۰", "1234567890"},
		{"arabic separators", "٣٫٥ ١٬٠٠٠ ٥٪", "3.5 1,000 5%"},
		{"persian keheh and yeh", "کردی", "كردي"},
		{"arabic letter mark", "أ\u061Cب", "اب"},
		{"zero width", "a\u200Bb\u200Cc\u200Dd\u200Ee\u200Ff", "abcdef"},
		{"bidi embeddings", "\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee", "abcde"},
		{"bidi isolates", "\u2066a\u2067b\u2068c\u2069", "abc"},
		{"bom", "\uFEFFنص", "نص"},
		{"soft hyphen", "cease\u00ADfire", "ceasefire"},
		{"english case", "The U.N. Security Council", "the u.n. security council"},
		{"non-ascii case", "ÉTAT Ünal", "état ünal"},
		{"curly single quotes", "‘Putin’s’", "'putin's'"},
		{"curly double quotes", "“واتساب” „x‟", "\"واتساب\" \"x\""},
		{"guillemets", "«هدنة»", "\"هدنه\""},
		{"dashes", "a–b—c‒d−e", "a-b-c-d-e"},
		{"nbsp", "a\u00A0b", "a b"},
		{"odd spaces", "a\u2003b\u202Fc\u3000d", "a b c d"},
		{"newline kept", "a\nb", "a\nb"},
		{"nfkc lam alef ligature", "\uFEF7ن", "لان"},
		{"nfkc presentation form", "\uFE8D\uFEDF", "ال"},
		{"nfkc fullwidth", "ＡＢＣ１２", "abc12"},
		{"nfkc ligature fi", "ﬁre", "fire"},
		{"nfkc combining acute", "e\u0301te", "éte"},
		{"decomposed alef hamza", "ا\u0654حمد", "احمد"},
		{"hamza on yeh kept", "سوائل", "سوائل"},
		{"invalid utf8 kept", "a\xffb", "a\uFFFDb"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Fold(tt.in); got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if got := New(nil).Normalize(tt.in).Match; got != tt.want {
				t.Errorf("Normalize(%q).Match = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestOffsetsPointIntoOriginalRunes checks that every byte of the matching form maps to the
// start of the original rune (or NFKC segment) it comes from.
func TestOffsetsPointIntoOriginalRunes(t *testing.T) {
	tests := []struct {
		in string
		// want lists, for each rune of Match, the original rune it comes from.
		want []string
	}{
		{"أَحمد", []string{"أَ", "ح", "م", "د"}},
		{"الـمتحدة", []string{"ا", "ل", "م", "ت", "ح", "د", "ة"}},
		{"a\u200Bب", []string{"a", "ب"}},
		{"\uFEF7x", []string{"\uFEF7", "\uFEF7", "x"}},
		{"“Hi”", []string{"“", "H", "i", "”"}},
		{"٢٠", []string{"٢", "٠"}},
		{"e\u0301!", []string{"e\u0301", "!"}},
	}
	for _, tt := range tests {
		text := New(nil).Normalize(tt.in)
		var got []string
		for i, r := range text.Match {
			o := text.OriginalOffset(i)
			_, size := utf8.DecodeRuneInString(text.Original[o:])
			end := o + size
			// NFKC segments: extend over the marks that belong to the segment.
			for end < len(text.Original) && !startsSegment(mustRune(text.Original[end:]), text.Original[end:]) {
				_, s := utf8.DecodeRuneInString(text.Original[end:])
				end += s
			}
			got = append(got, text.Original[o:end])
			for k := i + 1; k < i+utf8.RuneLen(r); k++ {
				if text.OriginalOffset(k) != o {
					t.Errorf("%q: byte %d of rune %q maps to %d, its first byte to %d", tt.in, k, r, text.OriginalOffset(k), o)
				}
			}
		}
		if len(got) != len(tt.want) {
			t.Errorf("%q: Match %q maps to %q, want %q", tt.in, text.Match, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%q: rune %d maps to %q, want %q", tt.in, i, got[i], tt.want[i])
			}
		}
		if text.OriginalOffset(len(text.Match)) != len(tt.in) {
			t.Errorf("%q: end maps to %d, want %d", tt.in, text.OriginalOffset(len(text.Match)), len(tt.in))
		}
	}
}

func mustRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func TestOriginalSpanCoversDiacritics(t *testing.T) {
	text := New(nil).Normalize("قالَ بوتينُ أمسِ")
	m := "بوتين"
	s := indexOf(text.Match, m)
	a, b := text.OriginalSpan(s, s+len(m))
	if got := text.Original[a:b]; got != "بوتينُ" {
		t.Errorf("span of %q = %q, want %q", m, got, "بوتينُ")
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}
