package claims

// A second side's elliptical answer to what the sentence said is covered or left out: "Malaysia's
// peace facilitator says PULO factions are covered too; the army says they are not", "Islamabad
// says the TTP is covered; Kabul says no". The answer is a verb of saying that closes the
// sentence with a pronoun, an auxiliary or copula and a negation as its whole object
// (sayingItWillNot), or with "no" (sayingNoAfter), after the coverage told; it says the
// opposite of each exclusion read before it in the sentence, and is its subject's account (the
// name right before the verb; else the speaker there) (rule exclusion.elliptic_denial), as the
// provisions' denials are (provisions_contrasted_denial.go). Not: an answer that goes on past
// the negation ("the army says it will not comment"), a negation with no verb of saying ("...;
// they are not"), or one that comes before the coverage.

// ellipticExclusionDenials appends the answer's readings of the exclusions drafted from out[n:].
func (ac *articleContext) ellipticExclusionDenials(out []draft, n int, si *sentInfo) []draft {
	m := len(out)
	for i := n; i < m; i++ {
		d := out[i]
		if d.topic != "ceasefire.exclusions" || d.value != "excluded" && d.value != "not_excluded" {
			continue
		}
		k, ok := ac.sayingItWillNot(si, d.pos)
		if !ok {
			k, ok = ac.sayingNoAfter(si, d.pos)
		}
		if !ok {
			continue
		}
		v := "excluded"
		if d.value == "excluded" {
			v = "not_excluded"
		}
		out = append(out, draft{topic: d.topic, subject: d.subject, value: v, pos: k, rule: "exclusion.elliptic_denial", agent: ac.rivalSubjectBefore(si, k)})
	}
	return out
}
