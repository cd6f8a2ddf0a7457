package main

import (
	"bytes"
	"encoding/json"
	"os"

	"github.com/tanaqud/tanaqud/schemas"
)

// The rule precision table (schemas/rule_precision.json) is computed here: for each extraction
// rule (claims.Claim.Rule), how many of a set's predicted claims it read and how many of those
// match a gold claim (scoreClaims), summed over the frozen dumps: the extractor's claims on sets
// it had not been tuned on. -write-rule-precision writes it; -leave-one-out gives each dump the
// table of the other sets' dumps, so that scoring the frozen dumps with it does not read a set's
// own errors back.

// rulePrecisionFile is the table's file name beside topics.json.
const rulePrecisionFile = "rule_precision.json"

// ruleCounts counts a set's predicted claims and right ones per rule: every predicted claim is
// either matched or a false positive.
func ruleCounts(c ClaimScore) map[string]schemas.RuleRecord {
	out := map[string]schemas.RuleRecord{}
	for _, m := range c.Matches {
		r := out[m.Pred.Rule]
		r.Right++
		r.Claims++
		out[m.Pred.Rule] = r
	}
	for _, p := range c.FalsePositives {
		r := out[p.Rule]
		r.Claims++
		out[p.Rule] = r
	}
	return out
}

// addCounts adds c to into, rule by rule.
func addCounts(into, c map[string]schemas.RuleRecord) {
	for name, r := range c {
		x := into[name]
		x.Right += r.Right
		x.Claims += r.Claims
		into[name] = x
	}
}

// defaultRulePrecision holds the settings a table gets when the tree has none to copy: rules
// whose smoothed precision is under 0.6 are unreliable, smoothed by 10 pseudo-claims.
var defaultRulePrecision = schemas.RulePrecision{
	Doc: "How often each extraction rule's claims were right on coverage nobody had tuned the rules on: " +
		"the claims of the frozen dumps (testdata/frozen/) scored against their sets' gold. Written by " +
		"`go run ./pipelines/eval -dev -frozen -write-rule-precision schemas/rule_precision.json`.",
	SetAsideBelow: 0.6,
	PriorWeight:   10,
}

// writeRulePrecision writes the table as indented JSON (keys sorted: the same counts give the
// same bytes).
func writeRulePrecision(path string, p schemas.RulePrecision) error {
	b, err := marshalRulePrecision(p)
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

func marshalRulePrecision(p schemas.RulePrecision) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(p); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
