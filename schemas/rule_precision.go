package schemas

// RulePrecision is rule_precision.json: how often each extraction rule's claims were right on
// coverage nobody had tuned the rules on (the frozen dumps against their gold).
type RulePrecision struct {
	Doc           string                `json:"doc"`
	SetAsideBelow float64               `json:"set_aside_below"`
	MinClaims     int                   `json:"min_claims"`
	Rules         map[string]RuleRecord `json:"rules"`
}

// RuleRecord is one rule's count of claims on unseen coverage and of those that were right.
type RuleRecord struct {
	Right  int `json:"right"`
	Claims int `json:"claims"`
}

// Unreliable returns the rules right less than SetAsideBelow of the time over at least
// MinClaims claims: what the comparison does not let a lone article's value rest on alone.
func (p RulePrecision) Unreliable() map[string]bool {
	out := map[string]bool{}
	for name, r := range p.Rules {
		if r.Claims >= p.MinClaims && r.Claims > 0 && float64(r.Right) < p.SetAsideBelow*float64(r.Claims) {
			out[name] = true
		}
	}
	return out
}
