package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/claims"
)

// TestRulePrecisionMatchesFrozenDumps: schemas/rule_precision.json is what
// `go run ./pipelines/eval -dev -frozen -write-rule-precision schemas/rule_precision.json` writes
// from today's frozen dumps and gold, byte for byte. When a set is retired (a dump frozen) or
// gold changes, run that command and commit the file.
func TestRulePrecisionMatchesFrozenDumps(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	files, err := frozenDumps(root)
	if err != nil || len(files) == 0 {
		t.Fatalf("frozen dumps: %v, %v", files, err)
	}
	path := filepath.Join(t.TempDir(), rulePrecisionFile)
	if _, err := runWith(io.Discard, root, runConfig{devOnly: true, dumps: files, filterDumps: true, writePrecision: path}); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(root, "schemas", rulePrecisionFile))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("schemas/%s is not what the %d frozen dumps give: run go run ./pipelines/eval -dev -frozen -write-rule-precision schemas/%s", rulePrecisionFile, len(files), rulePrecisionFile)
	}
}

// TestRuleCounts: a set's claims are counted per rule, right when they match a gold claim.
func TestRuleCounts(t *testing.T) {
	c := ClaimScore{
		Matches:        []Match{{Pred: claims.Claim{Rule: "a"}}, {Pred: claims.Claim{Rule: "a"}}, {Pred: claims.Claim{Rule: "b"}}},
		FalsePositives: []claims.Claim{{Rule: "a"}, {Rule: "c"}},
	}
	got := ruleCounts(c)
	want := map[string]schemas.RuleRecord{"a": {Right: 2, Claims: 3}, "b": {Right: 1, Claims: 1}, "c": {Right: 0, Claims: 1}}
	if len(got) != len(want) {
		t.Fatalf("counts %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: %+v, want %+v", k, got[k], v)
		}
	}
}

// TestWriteAndLeaveOneOutReadDumps: -write-rule-precision writes the dumps' counts with the
// default settings when the tree has no table; -leave-one-out says which table each dump is
// compared with and runs no pooled comparison; both refuse to run on the extractor.
func TestWriteAndLeaveOneOutReadDumps(t *testing.T) {
	root := fakeTree(t)
	dir := mkdir(t, filepath.Join(root, "testdata", "frozen"))
	if _, err := runWith(io.Discard, root, runConfig{only: "seeds", analyze: ruledAnalyzer, dumpDir: dir, dumpTag: "aaa"}); err != nil {
		t.Fatal(err)
	}
	if _, err := runWith(io.Discard, root, runConfig{only: "heldout", analyze: ruledAnalyzer, dumpDir: dir, dumpTag: "bbb"}); err != nil {
		t.Fatal(err)
	}
	files, err := frozenDumps(root)
	if err != nil || len(files) != 2 {
		t.Fatalf("dumps %v, %v", files, err)
	}
	path := filepath.Join(t.TempDir(), "rp.json")
	var out bytes.Buffer
	if _, err := runWith(&out, root, runConfig{dumps: files, filterDumps: true, writePrecision: path, leaveOneOut: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "each dump compared with the table of the other 1 sets' dumps") || strings.Contains(out.String(), "== mixed") {
		t.Errorf("leave-one-out output:\n%s", out.String())
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var p schemas.RulePrecision
	if err := json.Unmarshal(b, &p); err != nil {
		t.Fatal(err)
	}
	// seeds: two claims matching gold, by excl.cue; heldout: one claim, wrong, by start.guess.
	if p.SetAsideBelow != 0.6 || p.PriorWeight != 10 || p.Rules["excl.cue"].Right != 2 || p.Rules["excl.cue"].Claims != 2 ||
		p.Rules["start.guess"].Right != 0 || p.Rules["start.guess"].Claims != 1 || len(p.Rules) != 2 {
		t.Errorf("written table %s", b)
	}
	for _, cfg := range []runConfig{{only: "seeds", analyze: ruledAnalyzer, leaveOneOut: true}, {only: "seeds", analyze: ruledAnalyzer, writePrecision: path}} {
		if _, err := runWith(io.Discard, root, cfg); err == nil {
			t.Errorf("%+v ran without dumps", cfg)
		}
	}
}

// ruledAnalyzer is fakeAnalyzer with rule names, and a wrong start time read in English.
func ruledAnalyzer(a schemas.Article) ([]claims.Claim, error) {
	if a.Lang == "en" {
		return []claims.Claim{{ID: a.ID + "-t", ArticleID: a.ID, Event: "e", Topic: "ceasefire.start_time", Kind: "temporal",
			Value: "2024-03-08", Start: 0, End: len([]rune(a.Text)), Modality: "asserted", Rule: "start.guess"}}, nil
	}
	cs, err := fakeAnalyzer(a)
	for i := range cs {
		cs[i].Rule = "excl.cue"
	}
	return cs, err
}
