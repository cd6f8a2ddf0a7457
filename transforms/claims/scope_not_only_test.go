package claims

import "testing"

// TestScopeCoversNotOnly: "covers not only X but also Y" names each place as covered, so a
// truce covering named parts of its country is placed in them (partial), as "covers X and Y"
// and «لا تقتصر على X، بل تشمل Y» are (the gold README's coverage bullet of stop 24). Misses of the
// construction in blacksea bs_003 ('covers not only Odesa's ports but also the Danube ports'),
// portsudan ps_009 ('covers not only Dar al-Naim but also Deim al-Arab and al-Thawra') and
// tishrin tr_012 ('covers not only the dam but also the Kobani front'); probes from Libya and
// Yemen. Near misses: no place named, whole countries, a negated coverage, another subject
// (aid, insurance), the whole of the country.
func TestScopeCoversNotOnly(t *testing.T) {
	runCases(t, []mechanismCase{
		{"two towns (Libya)", "en", pubTue, "The truce covers not only Sirte but also Jufra.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"a city past its place noun, sayer after (Yemen)", "en", pubTue, "The truce covers not only Hodeidah but also the city of Taiz, the envoy said.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"districts (Port Sudan)", "en", pubTue, "The truce covers not only Dar al-Naim but also Deim al-Arab and al-Thawra.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"near miss: people, no place (Libya)", "en", pubTue, "The truce covers not only fighters but also civilians.", "ceasefire.scope",
			nil},
		{"near miss: two countries (Sudan)", "en", pubTue, "The truce covers not only Sudan but also Chad.", "ceasefire.scope",
			nil},
		{"near miss: negated coverage (Libya)", "en", pubTue, "The truce does not cover not only Sirte but also Jufra.", "ceasefire.scope",
			nil},
		{"near miss: aid is the subject (Libya)", "en", pubTue, "Aid will cover not only Sirte but also Jufra.", "ceasefire.scope",
			nil},
		{"near miss: insurance is the subject (Yemen)", "en", pubTue, "The insurance covers not only Taiz but also Aden, the company said.", "ceasefire.scope",
			nil},
		{"near miss: the whole of the country stays nationwide (Libya)", "en", pubTue, "The truce covers not only the whole of Libya but also its waters.", "ceasefire.scope",
			[]string{"nationwide@outlet"}},
	})
}
