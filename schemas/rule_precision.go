package schemas

import (
	"maps"
	"math"
)

// RulePrecision is rule_precision.json: how often each extraction rule's claims were right on
// coverage nobody had tuned the rules on (the frozen dumps against their gold). It is data, not
// code: `go run ./pipelines/eval -dev -frozen -write-rule-precision schemas/rule_precision.json`
// recomputes it (NewRulePrecision), and a test in pipelines/eval fails when the file and the dumps
// disagree.
//
// A rule's precision is smoothed towards the precision of every rule together (PriorMean) by
// PriorWeight pseudo-claims: (right + PriorWeight·PriorMean) / (claims + PriorWeight), the mean
// of a Beta prior of that mean and weight updated with the rule's counts. With a weight of 10
// and a pooled precision near 0.79, a rule seen 3 times is 0.60 when all three were wrong and
// 0.84 when all were right, never 0 or 1; a rule needs a dozen or so claims before its own
// counts outweigh the prior.
type RulePrecision struct {
	Doc string `json:"doc"`
	// SetAsideBelow: a rule whose smoothed precision is below it is unreliable (Unreliable).
	SetAsideBelow float64 `json:"set_aside_below"`
	// PriorWeight is the number of pseudo-claims the smoothing adds (see above).
	PriorWeight float64 `json:"prior_weight"`
	// PriorMean is the pooled precision of every rule: total right over total claims. It is
	// written for the reader; Precision recomputes it from Rules.
	PriorMean float64               `json:"prior_mean"`
	Rules     map[string]RuleRecord `json:"rules"`
}

// RuleRecord is one rule's count of claims on unseen coverage and of those that were right;
// Precision is the smoothed share (written for the reader; recomputed from the counts).
type RuleRecord struct {
	Right     int     `json:"right"`
	Claims    int     `json:"claims"`
	Precision float64 `json:"precision"`
}

// NewRulePrecision builds the table of counts, with the settings of like (its doc, threshold
// and prior weight) and the prior mean and smoothed precisions filled in, rounded to 4 places.
func NewRulePrecision(counts map[string]RuleRecord, like RulePrecision) RulePrecision {
	p := RulePrecision{Doc: like.Doc, SetAsideBelow: like.SetAsideBelow, PriorWeight: like.PriorWeight, Rules: map[string]RuleRecord{}}
	for name, r := range counts {
		if r.Claims > 0 {
			p.Rules[name] = RuleRecord{Right: r.Right, Claims: r.Claims}
		}
	}
	p.PriorMean = round4(p.pooled())
	for name, r := range p.Rules {
		r.Precision = round4(p.Precision(name))
		p.Rules[name] = r
	}
	return p
}

// Without returns the table with the counts of other subtracted rule by rule: the precisions a
// set's claims would get from every other set's (leave one set out).
func (p RulePrecision) Without(other map[string]RuleRecord) RulePrecision {
	counts := maps.Clone(p.Rules)
	for name, r := range other {
		c := counts[name]
		c.Right -= r.Right
		c.Claims -= r.Claims
		counts[name] = c
	}
	return NewRulePrecision(counts, p)
}

// pooled is total right over total claims, 0 for an empty table.
func (p RulePrecision) pooled() float64 {
	right, claims := 0, 0
	for _, r := range p.Rules {
		right += r.Right
		claims += r.Claims
	}
	if claims == 0 {
		return 0
	}
	return float64(right) / float64(claims)
}

// Precision is the smoothed precision of a rule (see RulePrecision); a rule the table never saw
// gets the prior mean.
func (p RulePrecision) Precision(rule string) float64 {
	r := p.Rules[rule]
	mean := p.pooled()
	if float64(r.Claims)+p.PriorWeight <= 0 {
		return mean
	}
	return (float64(r.Right) + p.PriorWeight*mean) / (float64(r.Claims) + p.PriorWeight)
}

// Unreliable returns the rules whose smoothed precision is below SetAsideBelow: what the
// comparison does not let a value that one article alone tells rest on alone.
func (p RulePrecision) Unreliable() map[string]bool {
	out := map[string]bool{}
	for name := range p.Rules {
		if p.Precision(name) < p.SetAsideBelow {
			out[name] = true
		}
	}
	return out
}

func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }
