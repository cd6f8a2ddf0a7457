package claims

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/tanaqud/tanaqud/schemas"
)

// TestTalksRounds: a talks claim names the round it speaks of (Claim.Round), read from its own
// clause: talks held, under way or that produced the truce are "", talks announced for later
// "planned", and a sentence naming both rounds gives each claim its own.
func TestTalksRounds(t *testing.T) {
	x := extractor(t)
	cases := []struct {
		name, lang, published, text, topic string
		want                               []string // value/round ("held" for "")
	}{
		{"talks that produced the truce", "en", "", yemenLead + "The truce was agreed after three days of talks in Muscat.", "talks.venue",
			[]string{"muscat/held"}},
		{"talks under way are not planned", "en", "", yemenLead + "The talks are being held in Muscat under UN auspices.", "talks.venue",
			[]string{"muscat/held"}},
		{"talks that will be held", "en", "", yemenLead + "The next round of talks will be held in Riyadh, the UN envoy said.", "talks.venue",
			[]string{"riyadh/planned"}},
		{"an appositive takes the round of the talks before it", "en", "", yemenLead + "The next round of talks, convened by the United Nations, would open in Muscat on 13 April.", "talks.sponsors",
			[]string{"un/planned"}},
		{"both rounds in one sentence", "en", "", yemenLead + "The truce was agreed after talks in Muscat, and a further round of talks will open in Riyadh next month.", "talks.venue",
			[]string{"muscat/held", "riyadh/planned"}},
		{"arabic talks that produced the truce", "ar", "", yemenLeadAr + "وجاء الاتفاق بعد ثلاثة أيام من المحادثات في مسقط.", "talks.venue",
			[]string{"muscat/held"}},
		{"arabic talks that will be held", "ar", "", yemenLeadAr + "ومن المقرر أن تعقد الجولة المقبلة من المفاوضات في الرياض.", "talks.venue",
			[]string{"riyadh/planned"}},
		{"arabic a future verb with a conjunction opens the later round", "ar", "", yemenLeadAr + "واختتمت المحادثات في مسقط أمس وستعقد الجولة المقبلة من المفاوضات في الرياض.", "talks.venue",
			[]string{"muscat/held", "riyadh/planned"}},
		{"a talks date after publication is planned", "en", "2025-10-15T09:00:00Z", yemenLead + "Talks on a political settlement open in Muscat on October 20.", "talks.date",
			[]string{"2025-10-20/planned"}},
		{"arabic the venue beside a talks date still to come is planned", "ar", "2025-10-15T09:00:00Z", yemenLeadAr + "وبحسب مصدر دبلوماسي، تستضيف مسقط مفاوضات المرحلة الثانية في العشرين من تشرين الأول/أكتوبر الجاري.", "talks.venue",
			[]string{"muscat/planned"}},
		{"a talks date before publication is held", "en", "2025-10-15T09:00:00Z", yemenLead + "The deal was reached after talks that opened in Muscat on October 12.", "talks.date",
			[]string{"2025-10-12/held"}},
		{"a past talks date overrides next", "en", "2025-10-15T09:00:00Z", yemenLead + "The next round of talks opened in Muscat on October 12.", "talks.venue",
			[]string{"muscat/held"}},
		{"a past talks date overrides expected", "en", "2025-10-15T09:00:00Z", yemenLead + "Talks opened in Muscat on October 12 as expected.", "talks.date",
			[]string{"2025-10-12/held"}},
		{"talks on the day of a date-only article, west of UTC, are not still to come", "en", "2025-10-15", "The Colombian government and the ELN agreed to a ceasefire on Tuesday. Talks on a political settlement opened in Havana on October 15.", "talks.date",
			[]string{"2025-10-15/held"}},
		{"a name joined to the next by and stays in its clause", "en", "", yemenLead + "Talks in Muscat and Riyadh will be held next month.", "talks.venue",
			[]string{"muscat/planned"}},
		{"arabic a present tense verb is talks under way", "ar", "", yemenLeadAr + "وتعقد المحادثات في مسقط منذ أمس.", "talks.venue",
			[]string{"muscat/held"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := schemas.Article{ID: "t", Lang: tc.lang, Published: tc.published, Text: tc.text}
			var got []string
			for _, c := range x.Analyze(a).Claims {
				if c.Topic != tc.topic {
					continue
				}
				round := c.Round
				if round == "" {
					round = "held"
				}
				got = append(got, c.Value+"/"+round)
			}
			slices.Sort(got)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\n%s (-want +got):\n%s", tc.text, tc.topic, diff)
			}
		})
	}
}

// TestRoundsOnlyForMarkedTopics: a topic the schema does not mark "rounds" never gets one, even
// in a sentence about the next round.
func TestRoundsOnlyForMarkedTopics(t *testing.T) {
	x := extractor(t)
	a := schemas.Article{ID: "t", Lang: "en", Text: yemenLead + "The truce excludes Aden, and the next round of talks will be held in Riyadh."}
	got := map[string]string{}
	for _, c := range x.Analyze(a).Claims {
		got[c.Topic+"="+c.Subject+c.Value] = c.Round
	}
	want := map[string]string{"ceasefire.exclusions=adenexcluded": "", "talks.venue=riyadh": RoundPlanned}
	for k, round := range want {
		if r, ok := got[k]; !ok || r != round {
			t.Errorf("claim %s: round %q (found %v), want %q; claims %v", k, r, ok, round, got)
		}
	}
}
