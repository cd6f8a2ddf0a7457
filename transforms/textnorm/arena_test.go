package textnorm

import (
	"strings"
	"testing"
)

// NormalizeIn gives what Normalize gives, text after text in one arena (which outgrows its
// first buffer), and after Reset; texts carved before keep their form until the Reset.
func TestNormalizeInArena(t *testing.T) {
	n := New(testVocabulary)
	texts := []string{
		"بإشراف الأممالمتحدة بين روسياوتركيا، ﻻ",
		"The ceasefire — signed in “Astana” — took effect at 22:00 GMT.",
		"",
		"وقال المتحدثُ إنَّ الهدنــة ستدخل حيز التنفيذ يوم ٢٩ كانون الأول",
		"ﬁve ｆｕｌｌ-width Ⅻ and ligatures",
		strings.Repeat("روسياوتركيا وقف إطلاق النار ", 200), // longer than the arena's buffer so far
		"أن أنقرةوموسكو ستضمنان",
	}
	var a Arena
	for round := 0; round < 3; round++ {
		var got []Text
		for _, s := range texts {
			got = append(got, n.NormalizeIn(&a, s))
		}
		for i, s := range texts {
			want := n.Normalize(s)
			if got[i].Match != want.Match {
				t.Fatalf("round %d text %d: Match %q, want %q", round, i, got[i].Match, want.Match)
			}
			for m := 0; m <= len(want.Match); m++ {
				if g, w := got[i].OriginalOffset(m), want.OriginalOffset(m); g != w {
					t.Fatalf("round %d text %d: OriginalOffset(%d) = %d, want %d", round, i, m, g, w)
				}
			}
		}
		a.Reset()
	}
	if direct := n.NormalizeIn(nil, texts[0]); direct.Match != n.Normalize(texts[0]).Match {
		t.Fatalf("NormalizeIn(nil) differs from Normalize")
	}
}

// Steady state: once the arena holds an article's texts, normalizing them again allocates
// nothing but the glue repair's cut list.
func TestNormalizeInReusesBuffers(t *testing.T) {
	n := New(testVocabulary)
	texts := []string{"The ceasefire took effect at midnight.", "دخل وقف إطلاق النار حيز التنفيذ منتصف الليل"}
	var a Arena
	run := func() {
		for _, s := range texts {
			n.NormalizeIn(&a, s)
		}
		a.Reset()
	}
	run()
	if allocs := testing.AllocsPerRun(20, run); allocs != 0 {
		t.Fatalf("NormalizeIn allocated %.1f times per article, want 0", allocs)
	}
}
