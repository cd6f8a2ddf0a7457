package claims

import "testing"

// TestSponsorsOfAResolutionMediateNothing: a sponsorship word next to a text put to a vote (a
// resolution, a draft before a vote) names the resolution's sponsors, not the truce's
// mediators or the talks' sponsors; a truce noun between them keeps the truce sponsored.
func TestSponsorsOfAResolutionMediateNothing(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: a resolution co-sponsored by France (Congo)", "en", pubTue, congoLead20 + "The Security Council adopted a resolution co-sponsored by France backing the truce.", "ceasefire.mediators", nil},
		{"probe: a resolution sponsored by France on the ceasefire (Congo)", "en", pubTue, congoLead20 + "The Security Council adopted a resolution sponsored by France on the ceasefire.", "ceasefire.mediators", nil},
		{"probe: Britain, which sponsored the resolution (Sudan)", "en", pubTue, sudanLead20 + "Britain, which sponsored the Security Council resolution on the truce, said it must hold.", "ceasefire.mediators", nil},
		{"probe: Britain circulated a draft ahead of the vote (Sudan)", "en", pubTue, sudanLead20 + "Ahead of Friday's vote at the Security Council, Britain circulated a draft backing the truce.", "ceasefire.mediators", nil},
		{"probe: the draft is no talks sponsorship either (Sudan)", "en", pubTue, sudanLead20 + "Ahead of Friday's vote at the Security Council, Britain circulated a draft backing the truce.", "talks.sponsors", nil},
		{"probe: قرار مجلس الأمن الذي رعته فرنسا (Sudan)", "ar", pubTueAr, sudanLead20Ar + "وصدر قرار مجلس الأمن الذي رعته فرنسا دعماً للهدنة.", "ceasefire.mediators", nil},
		// Kept.
		{"the truce sponsored by Qatar", "en", pubTue, "The truce, sponsored by Qatar, took effect on Monday.", "ceasefire.mediators",
			[]string{"qatar@outlet"}},
		{"a decision on the truce Egypt sponsored: the truce noun between (Gaza)", "ar", pubTueAr, gazaLead20Ar + "وجاء قرار الهدنة الذي رعته مصر بعد أسابيع من القتال.", "ceasefire.mediators",
			[]string{"egypt@outlet"}},
		{"a vote far off: the truce sponsored by Qatar (Gaza)", "en", pubTue, gazaLead20 + "The ceasefire, sponsored by Qatar and Egypt, came days before a Security Council vote.", "ceasefire.mediators",
			[]string{"egypt,qatar@outlet"}},
	})
}
