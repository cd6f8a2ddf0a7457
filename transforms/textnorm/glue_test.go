package textnorm

import (
	"strings"
	"testing"
)

var testVocabulary = []string{
	"الأمم المتحدة", "الولايات المتحدة", "الولايات المتحدة الأمريكية", "روسيا", "تركيا",
	"أنقرة", "موسكو", "إيران", "جبهة فتح الشام", "داعش", "روس", "تركي", "Russia", "Turkey", "United Nations", "سد",
}

func TestGluedWordRepair(t *testing.T) {
	n := New(testVocabulary)
	tests := []struct {
		name, in, want string
	}{
		{"multiword entry glued", "بإشراف الأممالمتحدة", "باشراف الامم المتحده"},
		{"two entries with waw", "بين روسياوتركيا،", "بين روسيا وتركيا،"},
		{"two entries with waw, teh marbuta", "أن أنقرةوموسكو ستضمنان", "ان انقره وموسكو ستضمنان"},
		{"multiword with article", "أن الولاياتالمتحدة لا تقدم", "ان الولايات المتحده لا تقدم"},
		{"three words partly glued", "الولاياتالمتحدة الأمريكية", "الولايات المتحده الامريكيه"},
		{"three words fully glued", "الولاياتالمتحدةالأمريكية", "الولايات المتحده الامريكيه"},
		{"entries without join letter", "روسياتركيا", "روسيا تركيا"},
		{"join letter ba", "روسيابتركيا", "روسيا بتركيا"},
		{"leading clitic", "وروسياوتركيا", "وروسيا وتركيا"},
		{"second with article", "جبهةفتحالشام", "جبهه فتح الشام"},
		{"diacritics inside glued", "روسيَاوتركيا", "روسيا وتركيا"},
		{"tatweel inside glued", "روسيـاوتركيا", "روسيا وتركيا"},
		{"latin entries", "Russia and russiaand", "russia and russiaand"},
		{"latin script is never repaired", "unitednations russiaturkey", "unitednations russiaturkey"},
		// Not glued: words that merely contain an entry.
		{"contains short entry", "روسيا", "روسيا"},
		{"entry prefix of word", "تركيز القوات", "تركيز القوات"},
		{"entry plus suffix", "الروسية والتركية", "الروسيه والتركيه"},
		{"entry with clitic only", "وروسيا بتركيا لموسكو", "وروسيا بتركيا لموسكو"},
		{"entry plus non-entry", "روسياوالصين", "روسياوالصين"},
		{"non-entry plus entry", "الصينوروسيا", "الصينوروسيا"},
		{"part too short", "سدوتركيا", "سدوتركيا"},
		{"ordinary word", "وتابع الاستعدادات", "وتابع الاستعدادات"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := n.Normalize(tt.in).Match; got != tt.want {
				t.Errorf("Normalize(%q).Match = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestGluedRepairOffsets checks that the inserted space maps to the original boundary and
// that each repaired part maps back to its original letters.
func TestGluedRepairOffsets(t *testing.T) {
	n := New(testVocabulary)
	in := "بين روسياوتركيا، بإشراف الأممالمتحدة"
	text := n.Normalize(in)
	for _, part := range []struct{ match, original string }{
		{"روسيا", "روسيا"},
		{"وتركيا", "وتركيا"},
		{"الامم", "الأمم"},
		{"المتحده", "المتحدة"},
	} {
		s := strings.Index(text.Match, part.match)
		if s < 0 {
			t.Fatalf("%q not in %q", part.match, text.Match)
		}
		a, b := text.OriginalSpan(s, s+len(part.match))
		if got := in[a:b]; got != part.original {
			t.Errorf("%q maps to %q, want %q", part.match, got, part.original)
		}
	}
	checkMonotone(t, text)
}

func TestFoldEqualsNormalizeOfEntry(t *testing.T) {
	n := New(testVocabulary)
	for _, v := range testVocabulary {
		if got, want := n.Normalize(v).Match, Fold(v); got != want {
			t.Errorf("Normalize(%q).Match = %q, Fold = %q", v, got, want)
		}
	}
}

func checkMonotone(t *testing.T, text Text) {
	t.Helper()
	prev := 0
	for i := 0; i <= len(text.Match); i++ {
		o := text.OriginalOffset(i)
		if o < prev || o > len(text.Original) {
			t.Fatalf("OriginalOffset(%d) = %d after %d (original %d bytes)", i, o, prev, len(text.Original))
		}
		prev = o
	}
	if text.OriginalOffset(len(text.Match)) != len(text.Original) {
		t.Fatalf("end maps to %d, want %d", text.OriginalOffset(len(text.Match)), len(text.Original))
	}
}

// TestGlueKeepsWords: a word that is a known entry after a clitic, or whose first part ends in
// a letter that joins the next, is not a glued pair (بالأسرى is not بالا + سرى, تمتدون is not
// تمت + دون).
func TestGlueKeepsWords(t *testing.T) {
	n := New([]string{"الأسرى", "إلا", "سرى", "تمت", "دون", "روسيا", "تركيا"})
	for _, tc := range []struct{ in, want string }{
		{"بالأسرى", "بالاسري"},
		{"تمتدون", "تمتدون"},
		{"روسياوتركيا", "روسيا وتركيا"},
	} {
		if got := n.Normalize(tc.in).Match; got != tc.want {
			t.Errorf("Normalize(%q).Match = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestASCIIOnly: one byte of a multi-byte rune anywhere, in the eight-byte body or the tail,
// makes a buffer more than ASCII.
func TestASCIIOnly(t *testing.T) {
	if !asciiOnly(nil) || !asciiOnly([]byte("the ceasefire, they said: 'no'")) {
		t.Fatal("ASCII text must be ASCII only")
	}
	for n := 1; n <= 19; n++ {
		for at := 0; at < n; at++ {
			b := []byte(strings.Repeat("a", n))
			b[at] = 0xD8
			if asciiOnly(b) {
				t.Errorf("a lead byte at %d of %d bytes must be found", at, n)
			}
		}
	}
}
