package main

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// TestDumpThenScoreTheDump: -dump-claims writes what the extractor predicted, and scoring that
// dump with -claims gives the same tables as scoring the extractor.
func TestDumpThenScoreTheDump(t *testing.T) {
	root := fakeTree(t)
	dir := t.TempDir()
	var live bytes.Buffer
	if _, err := runWith(&live, root, runConfig{only: "seeds", verbose: true, analyze: fakeAnalyzer, dumpDir: dir, dumpTag: "abc123"}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "seeds@abc123"+dumpSuffix)
	cs, err := readClaimsDump(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 2 || cs[0].ArticleID != "s1" || cs[1].Value != "not_excluded" {
		t.Fatalf("dump holds %+v", cs)
	}
	var replay bytes.Buffer
	if _, err := runWith(&replay, root, runConfig{verbose: true, dumps: []string{path}}); err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(live.String(), "== seeds:", "== seeds@abc123 (claims from a dump):", 1)
	if diff := cmp.Diff(want, replay.String()); diff != "" {
		t.Errorf("replayed dump (-extractor +dump):\n%s", diff)
	}
}

// TestDumpKeepsOpenIntervals: JSON has no infinity, and "more than 60,000" is [60000, +Inf):
// a dump writes and reads such bounds back (it failed half-written before).
func TestDumpKeepsOpenIntervals(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s@t"+dumpSuffix)
	want := []claims.Claim{
		{ArticleID: "a", Topic: "ceasefire.signatories", Subject: "fighters", Value: "[60000,inf]", Low: 60000, High: math.Inf(1)},
		{ArticleID: "a", Topic: "ceasefire.duration", Value: "[-inf,30]", Low: math.Inf(-1), High: 30},
		{ArticleID: "b", Topic: "ceasefire.duration", Value: "7", Low: 7, High: 7},
	}
	if err := writeClaimsDump(path, want); err != nil {
		t.Fatal(err)
	}
	got, err := readClaimsDump(path)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("dump round trip (-want +got):\n%s", diff)
	}
}

// TestFrozenDumpsNameTheirSets: a dump's set is the part of its file name before '@'; -set
// keeps one set's dumps; two dumps print a ranking section (per dump with -v).
func TestFrozenDumpsNameTheirSets(t *testing.T) {
	if got := dumpSet("/x/libya@b392a46.claims.jsonl"); got != "libya" {
		t.Errorf("dumpSet = %q", got)
	}
	root := fakeTree(t)
	dir := filepath.Join(root, "testdata", "frozen")
	for _, tag := range []string{"aaa", "bbb"} {
		if _, err := runWith(&bytes.Buffer{}, root, runConfig{only: "seeds", analyze: fakeAnalyzer, dumpDir: mkdir(t, dir), dumpTag: tag}); err != nil {
			t.Fatal(err)
		}
	}
	files, err := frozenDumps(root)
	if err != nil || len(files) != 2 {
		t.Fatalf("frozen dumps %v, %v", files, err)
	}
	var out bytes.Buffer
	if _, err := runWith(&out, root, runConfig{only: "seeds", dumps: files, verbose: true}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"== seeds@aaa (claims from a dump)", "== seeds@bbb", "== ranking", "seeds@aaa          all P 1.00 R 1.00 (1; on a gold key 1.00); score>=0.50 P 1.00 R 1.00 (1, key 1.00)"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q\n%s", want, out.String())
		}
	}
	if strings.Contains(out.String(), "== mixed") {
		t.Errorf("two dumps of one set repeat its articles: no pooled run\n%s", out.String())
	}
}

func mkdir(t *testing.T, dir string) string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// frozenRatchets hold the comparison stage on the frozen dumps (testdata/frozen: the extractor's
// output at past commits on sets it had not seen) to what it reached: gold disagreements matched
// among all flags, and false alarms among the flags scoring at least 0.7 (the score ranks weak
// support lower; see transforms/compare). Reached on 2026-11-26 (stop 11), tightened in stop 18
// (stray days, rounds in sequence, corroboration, the weakest side's score) and stop 19 (shifted
// hours, set keys with three or more sides ranked lower, a war's mediator joined) and stop 20
// (dates of talks a day apart told once each: basra, portsudan) and stop 21 (a weak lone
// outlier beside a named dispute: ainhilweh, portsudan; a number told only beside its rival in
// one voice: manipur; an hour on the wrong half of its speaker's clock: kirkuk) and stop 23 (lone
// outliers set aside until none is left: bamenda) and stop 24 (a position joins a dispute: taiz;
// one speaker's hour told on two days: hormuz); the dumps never change, so a drop here is the
// comparison's (or a gold edit's) doing. Stop 30 set aside unsure values by default (see
// TestQualityRatchets): kosovo lost one found, hormuz, tabbaneh and mindanao one more false alarm
// scoring 0.7 or more (a false flag's unsure side had lowered its score), over all the dumps
// 234 -> 233 found, 115 -> 99 false alarms.
var frozenRatchets = []struct {
	dump                 string
	minFound, maxFalseHi int
}{
	{"colombia@b392a46", 3, 0},
	{"kashmir@b392a46", 1, 0},
	{"libya@b392a46", 4, 0},
	{"mali@d94e80b", 6, 0},
	{"myanmar@b392a46", 4, 0},
	{"sahara@d94e80b", 1, 1},
	{"sinjar@d94e80b", 5, 0},
	{"somalia@b392a46", 5, 0},
	// Stop 15: the five oldest blind sets' last blind reading, at the commit before they were
	// retired (claim F1 and disagreements as their READMEs give them; the convention pass then
	// added agreed claims and moved speakers, which the comparison finds the same way).
	{"afpak@3e68f19", 5, 1},
	{"kirkuk@3e68f19", 4, 0},
	// kosovo: one false alarm at 0.75 since stop 25 (small mis-keyed bursts join their war's event,
	// transforms/compare absorbStrays): this old dump read kv_014's «منتصف ليل الجمعة» a week late
	// (2027-05-21T22:00Z for the gold's 2027-05-14T22:00Z, fixed in the extractor since), and
	// kv_014, keyed to Serbia before, is now compared with Kosovo's coverage; the same join finds
	// the gold's start-time dispute on the development set (kosovo 4 -> 5 of 6 found).
	{"kosovo@3e68f19", 3, 1},
	{"lasanod@3e68f19", 3, 3},
	{"southsudan@3e68f19", 5, 2},
	// Stop 16: the next four blind sets' last blind reading, at the commit before they were
	// retired.
	{"ainhilweh@0a752c2", 6, 2},
	{"fergana@0a752c2", 6, 2},
	{"hormuz@0a752c2", 8, 5},
	{"taiz@0a752c2", 5, 1},
	// Stop 17: basra and tabbaneh, the two weakest blind sets (both Arabic local truces), at
	// their last blind reading.
	{"basra@6109bdb", 2, 1},
	{"tabbaneh@6109bdb", 2, 1},
	// Stop 18: jenin (the lowest claim recall of the blind sets) and elfasher (the lowest
	// disagreement precision and recall), at their last blind reading.
	{"jenin@c872f16", 4, 1},
	{"elfasher@c872f16", 4, 1},
	// Stop 19: mitiga (the lowest claim recall of the blind sets) and hermel (the lowest
	// disagreement precision), at their last blind reading.
	{"mitiga@51236f3", 9, 2},
	{"hermel@51236f3", 6, 1}, // stop 32: a talks day a named source states is no stray day
	// Stop 20: portsudan (the lowest claim recall of the blind sets, a tribal truce) and tishrin
	// (the lowest claim F1 after it), at their last blind reading.
	{"portsudan@4e932c6", 4, 0},
	{"tishrin@4e932c6", 4, 2},
	// Stop 21: manipur (the lowest claim F1 and recall of the blind sets, Indian English) and
	// haiti (the lowest claim F1 after it), at their last blind reading.
	{"manipur@3f06377", 3, 1},
	{"haiti@3f06377", 8, 3},
	// Stop 22: mindanao (the lowest claim F1 of the blind sets, 4 of 11 found) and bamenda (the
	// lowest claim F1 after it, Cameroonian English), at their last blind reading.
	{"mindanao@1bfcdb6", 4, 3},
	{"bamenda@1bfcdb6", 7, 1}, // stop 28 gold: +1 (a round is not a side)
	// Stop 23: waziristan (the lowest claim F1 of the blind sets, Pakistani English, 6 of 13
	// found) and kadugli (the lowest share found after it, Sudanese Arabic, 7 of 14), at their
	// last blind reading.
	{"waziristan@5f867ad", 6, 1},
	{"kadugli@5f867ad", 7, 3},
	// Stop 24: zamfara (the lowest claim F1 and share found of the blind sets, Nigerian English,
	// 6 of 14 found) and gorongosa (the lowest share found after it, 7 of 14), at their last
	// blind reading.
	{"zamfara@d707595", 6, 3},
	{"gorongosa@d707595", 7, 3},
	// Stop 25: aden (the lowest claim F1 of the blind sets, Yemeni Arabic, 7 of 12 found) and
	// sulaymaniyah (the lowest share found and disagreement precision, 6 of 14, 0.43), at their
	// last blind reading.
	{"aden@07496b8", 7, 0},
	{"sulaymaniyah@07496b8", 6, 4},
	// Stop 26: kufra (the lowest claim F1 of the blind sets, 9 of 14 found) and bangui (the
	// lowest share found and disagreement precision, 7 of 15, 0.58), at their last blind reading.
	// kufra's convention pass made two possible venues ("may host the next sitting in Tripoli",
	// «قد تُعقد في تازربو») hedged sides of its venue dispute, which the dump never read: 9 -> 8.
	{"kufra@dfb7bc5", 9, 0}, // stop 28 gold: +1 (a round is not a side)
	{"bangui@dfb7bc5", 7, 2},
	// Stop 27: chad (the lowest share found, 8 of 14, disagreement precision 0.67) and greenzone
	// (the lowest claim F1, 0.70, 9 of 14 found), at their last blind reading.
	{"chad@5f25898", 9, 1}, // stop 28 gold: +1 (a round is not a side)
	{"greenzone@5f25898", 9, 1},
	// Stop 30: marib (the lowest disagreement precision and recall, 7 of 14 found, 0.50) and
	// pattani (the lowest claim F1, 0.54, 8 of 13 found), at their last blind reading.
	{"marib@38db25d", 7, 3},
	{"pattani@38db25d", 8, 1},
	// Stop 31: ituri (the lowest disagreement precision and recall, 7 of 15 found, 0.64 / 0.47)
	// and rasajdir (the lowest claim F1, 0.72, 8 of 14 found), at their last blind reading.
	{"ituri@d44ca13", 7, 2},
	{"rasajdir@d44ca13", 8, 1},
	// Stop 32: cabinda (the lowest disagreement precision and recall, 7 of 15 found, 0.58 / 0.47,
	// and the lowest claim F1, 0.69) and agadez (the next lowest recall, 7 of 14, 0.50, and claim
	// F1, 0.74), at their last blind reading.
	{"cabinda@daa15c7", 7, 3},
	{"agadez@daa15c7", 7, 0},
}

func TestFrozenDumpsRatchets(t *testing.T) {
	root, _, topics := realEval(t)
	for _, r := range frozenRatchets {
		path := filepath.Join(frozenDir(root), r.dump+dumpSuffix)
		cs, err := readClaimsDump(path)
		if err != nil {
			t.Fatal(err)
		}
		res, _, err := evaluateSet(root, dumpSet(path), dumpAnalyzer(cs), topics, topics.compareOptions())
		if err != nil {
			t.Fatalf("%s: %v", r.dump, err)
		}
		d := res.Disagreements
		high := 0
		for _, p := range rankingOf(d) {
			if p.Threshold == 0.7 {
				high = p.Pred - p.TP
			}
		}
		if d.TP < r.minFound {
			t.Errorf("%s: %d of %d gold disagreements found, want at least %d", r.dump, d.TP, d.Gold, r.minFound)
		}
		if high > r.maxFalseHi {
			t.Errorf("%s: %d false alarms scoring at least 0.7, want at most %d", r.dump, high, r.maxFalseHi)
		}
		t.Logf("%s: %d/%d found, %d false alarms (%d at 0.7 or more)", r.dump, d.TP, d.Gold, d.Pred-d.TP, high)
	}
}
