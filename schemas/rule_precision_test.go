package schemas

import (
	"math"
	"testing"
)

// TestRulePrecisionSmoothing: a rule's precision is pulled towards every rule's together by
// PriorWeight pseudo-claims, so a rule seen three times is neither 0 nor 1, and only a rule with
// enough claims and a low share is unreliable.
func TestRulePrecisionSmoothing(t *testing.T) {
	counts := map[string]RuleRecord{
		"many.right":  {Right: 90, Claims: 100},
		"three.wrong": {Right: 0, Claims: 3},
		"three.right": {Right: 3, Claims: 3},
		"often.wrong": {Right: 11, Claims: 39},
		"never.read":  {Right: 0, Claims: 0}, // dropped
	}
	p := NewRulePrecision(counts, RulePrecision{SetAsideBelow: 0.6, PriorWeight: 10})
	mean := 104.0 / 145.0
	if math.Abs(p.PriorMean-mean) > 1e-4 {
		t.Errorf("prior mean %v, want %v", p.PriorMean, mean)
	}
	for _, tc := range []struct {
		rule string
		want float64
	}{
		{"many.right", (90 + 10*mean) / 110},
		{"three.wrong", 10 * mean / 13},
		{"three.right", (3 + 10*mean) / 13},
		{"often.wrong", (11 + 10*mean) / 49},
		{"unknown", mean},
	} {
		if got := p.Precision(tc.rule); math.Abs(got-tc.want) > 1e-9 || got <= 0 || got >= 1 {
			t.Errorf("%s: precision %v, want %v", tc.rule, got, tc.want)
		}
		if r, ok := p.Rules[tc.rule]; ok && math.Abs(r.Precision-tc.want) > 1e-4 {
			t.Errorf("%s: written precision %v, want %v", tc.rule, r.Precision, tc.want)
		}
	}
	if _, ok := p.Rules["never.read"]; ok {
		t.Errorf("a rule with no claims is in the table")
	}
	got := p.Unreliable()
	if len(got) != 2 || !got["often.wrong"] || !got["three.wrong"] {
		// three.wrong: 10·0.717/13 = 0.55; often.wrong: 0.37; the others above 0.6
		t.Errorf("unreliable %v, want often.wrong and three.wrong", got)
	}
}

// TestRulePrecisionWithout: leaving one set's counts out gives the table of the others, prior
// mean included.
func TestRulePrecisionWithout(t *testing.T) {
	like := RulePrecision{SetAsideBelow: 0.6, PriorWeight: 10}
	a := map[string]RuleRecord{"r": {Right: 1, Claims: 10}, "s": {Right: 5, Claims: 5}}
	b := map[string]RuleRecord{"r": {Right: 9, Claims: 10}, "t": {Right: 2, Claims: 4}}
	all := map[string]RuleRecord{"r": {Right: 10, Claims: 20}, "s": {Right: 5, Claims: 5}, "t": {Right: 2, Claims: 4}}
	got := NewRulePrecision(all, like).Without(a)
	want := NewRulePrecision(b, like)
	if len(got.Rules) != len(want.Rules) || got.PriorMean != want.PriorMean {
		t.Fatalf("without a: %+v, want %+v", got, want)
	}
	for name, r := range want.Rules {
		if got.Rules[name] != r {
			t.Errorf("%s: %+v, want %+v", name, got.Rules[name], r)
		}
	}
}

// TestEmbeddedRulePrecision: the published table loads, and the rules stop 29 found right
// least often at blind time are unreliable in it.
func TestEmbeddedRulePrecision(t *testing.T) {
	d, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	p := d.RulePrecision
	if p.SetAsideBelow <= 0 || p.PriorWeight <= 0 || len(p.Rules) == 0 {
		t.Fatalf("table settings %v / %v, %d rules", p.SetAsideBelow, p.PriorWeight, len(p.Rules))
	}
	bad := p.Unreliable()
	for _, r := range []string{"parties.with_speaker", "signatory_groups.named"} {
		if !bad[r] {
			t.Errorf("%s is not unreliable (precision %.2f)", r, p.Precision(r))
		}
	}
	if bad["duration.count"] {
		t.Errorf("duration.count is unreliable")
	}
}
