package claims

// In an undated article a year names an earlier truce, unless it dates the agreement of the
// truce the sentence reports taking effect this week: the year in a phrase on the truce noun
// (after an agreeing cue or a relative pronoun), an in-force cue outside it, a weekday or a
// relative day in the clause.

import "testing"

func TestYearOfOwnAgreementInUndatedArticle(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: agreed in March 2025, took effect on Monday", "en", "", "The truce agreed in March 2025 between the army and the RSF took effect on Monday.", "ceasefire.status",
			[]string{"in_force@outlet"}},
		{"probe: agreed in March 2025, took effect on Monday: its sides", "en", "", "The truce agreed in March 2025 between the army and the RSF took effect on Monday.", "ceasefire.parties",
			[]string{"rapid_support_forces,sudanese_armed_forces@outlet"}},
		{"probe: signed in January 2024, took effect on Monday", "en", "", "The ceasefire signed in January 2024 took effect on Monday, officials said.", "ceasefire.status",
			[]string{"in_force@sources"}},
		{"probe: a relative clause with the year, Arabic", "ar", "", "دخلت الهدنة التي اتفق عليها في مارس 2025 بين الجيش والدعم السريع حيز التنفيذ يوم الاثنين.", "ceasefire.parties",
			[]string{"rapid_support_forces,sudanese_armed_forces@outlet"}},
		{"agreed in 2019, collapsed within weeks", "en", "", "A truce agreed in 2019 between the army and the rebels collapsed within weeks.", "ceasefire.status", nil},
		{"agreed in 2019, held ever since: no day of this week", "en", "", "The truce agreed in 2019 between the army and the rebels has held ever since.", "ceasefire.status", nil},
		{"signed in 2019, took effect then, Arabic", "ar", "", "ودخلت الهدنة التي وقعت في عام 2019 حيز التنفيذ آنذاك قبل أن تنهار.", "ceasefire.status", nil},
		{"a year opening the sentence", "en", "", "In September 2023 a ceasefire took effect on Monday after weeks of clashes.", "ceasefire.status", nil},
	})
}
