package claims

import "testing"

// TestEllipticExclusionDenial: a second side answering what the sentence said is covered with a
// verb of saying and an elided predicate ("the army says they are not") or a bare "no" says the
// opposite, as its subject's account. Witness: pattani pt_036 ("Malaysia's peace facilitator
// says PULO factions are covered too; the army says they are not"); the provisions' same answer:
// jenin jn_018 ("The Brigade says detainees will be freed; Ramallah says they will not"). Not: an
// answer that goes on past the negation, a negation with no verb of saying, an answer before
// the coverage.
func TestEllipticExclusionDenial(t *testing.T) {
	const lead = "The Ramadan truce between Thailand and the BRN is holding. "
	runCases(t, []mechanismCase{
		{"says they are not (pattani pt_036)", "en", "", lead + "Malaysia's peace facilitator says PULO factions are covered too; the army says they are not.",
			"ceasefire.exclusions", []string{"pulo=not_excluded@malaysia", "pulo=excluded@royal_thai_army"}},
		{"says no", "en", "", "The truce between Pakistan and the TTP is holding. Islamabad says the TTP is covered by the truce; Kabul says no.",
			"ceasefire.exclusions", []string{"ttp=not_excluded@pakistan", "ttp=excluded@taliban_government"}},
		// Near misses.
		{"the answer goes on past the negation", "en", "", lead + "Malaysia's peace facilitator says PULO factions are covered too; the army says it will not comment.",
			"ceasefire.exclusions", []string{"pulo=not_excluded@malaysia"}},
		{"no verb of saying", "en", "", lead + "Malaysia's peace facilitator says PULO factions are covered too; they are not.",
			"ceasefire.exclusions", []string{"pulo=not_excluded@malaysia"}},
		{"the answer before the coverage", "en", "", lead + "The army says they are not; Malaysia's peace facilitator says PULO factions are covered too.",
			"ceasefire.exclusions", []string{"pulo=not_excluded@malaysia"}},
	})
}
