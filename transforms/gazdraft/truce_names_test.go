package gazdraft

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tanaqud/tanaqud/schemas"
)

// TestTruceNameCandidates: a definite noun said to cover, last or take effect, which no lexicon
// noun is, is proposed for truce_names; lexicon nouns (the truce, the agreement, the talks), a
// noun with no "the", a capitalized name and a noun far from the predicate are not.
func TestTruceNameCandidates(t *testing.T) {
	d := defaultDrafter(t)
	for i, tc := range []struct{ lang, text string }{
		{"en", "The Ramadan peace initiative took effect at midnight, the army said."},
		{"en", "Zulkifli said the initiative would cover Pattani and Yala."},
		{"en", "The truce covers Pattani and Yala."},
		{"en", "The agreement lasts 40 days."},
		{"en", "The talks began in Kuala Lumpur."},
		{"en", "Fighting began on Monday."},
		{"en", "An initiative for calm in the town lasts 40 days."},
		{"en", "The Grain Initiative lasts a year."},
		{"ar", "وتشمل المبادرة ولايات فطاني ويالا."},
		{"ar", "وقالت الجبهة إن المبادرة تمتد أربعين يوماً."},
		{"ar", "وتشمل الهدنة ولايات فطاني ويالا."},
		{"ar", "وتشمل التفاهمات ولاية فطاني."},
	} {
		d.Add(schemas.Article{ID: string(rune('a' + i)), Lang: tc.lang, Text: tc.text})
	}
	var got []string
	for _, n := range d.TruceNames(1) {
		got = append(got, n.Lang+":"+n.Name)
	}
	want := []string{"ar:المبادرة", "en:initiative"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("truce name candidates (-want +got):\n%s", diff)
	}
}
