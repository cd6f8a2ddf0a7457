package main

import "testing"

// Stop 32: the comparison on the gold claims themselves (eval -oracle -dev) finds 603 of the
// development sets' 614 gold disagreements with 30 flags more. A comparison rule that gains on
// the extractor's noisy claims by hiding lone or hedged values can lose real sides the gold
// gives it (stop 32's strayLists lost 9 sets' disagreements here and was reverted): as the
// extractor improves, the oracle is what the comparison will face.
const (
	oracleMinFound    = 603
	oracleMaxExtra    = 30
	oracleGoldExpects = 614
)

// TestOracleComparisonRatchet holds the comparison, fed every development set's gold claims,
// to the disagreements it finds and the extra flags it raises.
func TestOracleComparisonRatchet(t *testing.T) {
	root, _, topics := realEval(t)
	sets := append([]string(nil), developmentSets...)
	for _, r := range ratchets {
		sets = append(sets, r.set)
	}
	var gold, pred, found int
	for _, set := range sets {
		res, _, err := evaluateSet(root, set, nil, topics, topics.compareOptions())
		if err != nil {
			t.Fatalf("%s: %v", set, err)
		}
		d := res.Disagreements
		gold, pred, found = gold+d.Gold, pred+d.Pred, found+d.TP
		if d.TP < d.Gold {
			t.Logf("%s: %d of %d gold disagreements found from the gold claims", set, d.TP, d.Gold)
		}
	}
	t.Logf("oracle: %d of %d found, %d flags more", found, gold, pred-found)
	if gold != oracleGoldExpects {
		t.Logf("gold disagreements %d (the ratchet was set on %d): revisit oracleMinFound", gold, oracleGoldExpects)
	}
	if found < oracleMinFound {
		t.Errorf("oracle: %d of %d gold disagreements found, want at least %d", found, gold, oracleMinFound)
	}
	if extra := pred - found; extra > oracleMaxExtra {
		t.Errorf("oracle: %d flags beyond the gold, want at most %d", extra, oracleMaxExtra)
	}
}
