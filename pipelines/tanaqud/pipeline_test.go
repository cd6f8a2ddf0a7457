package main

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/google/go-cmp/cmp"
	"github.com/parquet-go/parquet-go"

	"github.com/tanaqud/tanaqud/schemas"
)

var update = flag.Bool("update_golden", false, "rewrite the golden files in testdata/golden")

func TestMain(m *testing.M) {
	ptest.Main(m)
}

// readTable reads every shard of one table back with parquet-go's reader.
func readTable[T any](t *testing.T, dir, table string) []T {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, table+"-*.parquet"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no %s files in %s (%v)", table, dir, err)
	}
	var rows []T
	for _, f := range files {
		got, err := parquet.ReadFile[T](f)
		if err != nil {
			t.Fatalf("reading %s: %v", f, err)
		}
		rows = append(rows, got...)
	}
	return rows
}

// runJob builds and runs the job on the test's runner (prism unless -runner says otherwise).
func runJob(t *testing.T, cfg Config) Summary {
	t.Helper()
	p, s := beam.NewPipelineWithRoot()
	Pipeline(s, cfg)
	res, err := ptest.RunWithMetrics(p)
	if err != nil {
		t.Fatalf("pipeline failed: %v", err)
	}
	return summarize(res)
}

// writeBadInputs lays out one file per kind of bad input and returns how many records it holds
// and how many of them must be rejected.
func writeBadInputs(t *testing.T, dir string) (records, rejected int) {
	t.Helper()
	files := map[string]string{
		"binary.txt":     "PK\x03\x04\x00\x00\x00junk",
		"empty.txt":      "   \n",
		"latin1.txt":     "caf\xe9 ceasefire",
		"notes.docx":     "not an article",
		"broken.parquet": "PAR1 truncated",
		"news.jsonl": strings.Join([]string{
			`{"id":"en-1","source":"Wire","published_at":"2016-12-29","lang":"en","text":"The Syrian army said the ceasefire excludes Jabhat Fatah al-Sham."}`,
			`{"id":"en-2","text":"truncated`,
			`{"id":"en-3","published_at":"someday","text":"Russia said so."}`,
			`{"id":"en-4","text":"` + strings.Repeat("a", 20000) + `"}`,
			`{"id":"en-5","text":""}`,
		}, "\n"),
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return 10, 9
}

func TestPipelineSeedsAndBadInputs(t *testing.T) {
	bad := t.TempDir()
	records, rejected := writeBadInputs(t, bad)
	out := t.TempDir()
	seeds, _ := filepath.Glob("../../testdata/articles/*.txt")
	heldout := countLines(t, "../../testdata/heldout/articles.jsonl")
	cfg := Config{
		Inputs:          []string{"../../testdata/articles/*.txt", "../../testdata/heldout/articles.jsonl", filepath.Join(bad, "*"), "../../testdata/articles/000_*.txt"},
		Output:          out,
		Sentences:       true,
		Shards:          2,
		MaxArticleBytes: 8000,
	}
	sum := runJob(t, cfg)

	wantRead := int64(len(seeds) + heldout + records)
	if sum.Read != wantRead || sum.Rejected != int64(rejected) || sum.Analyzed != wantRead-int64(rejected) {
		t.Errorf("summary %+v: want %d read (each file once), %d rejected, %d analyzed", sum, wantRead, rejected, wantRead-int64(rejected))
	}

	rejects := readTable[schemas.RejectRow](t, out, "rejects")
	reasons := map[string]string{}
	for _, r := range rejects {
		reasons[filepath.Base(r.Input)+":"+strconv.FormatInt(r.Line, 10)] = r.Reason
	}
	for key, want := range map[string]string{
		"binary.txt:0":     "binary content",
		"empty.txt:0":      "empty text",
		"latin1.txt:0":     "invalid UTF-8",
		"notes.docx:0":     "unsupported file type",
		"broken.parquet:0": "not a readable Parquet file",
		"news.jsonl:2":     "malformed JSON",
		"news.jsonl:3":     "not RFC 3339",
		"news.jsonl:4":     "over the limit",
		"news.jsonl:5":     "empty text",
	} {
		if !strings.Contains(reasons[key], want) {
			t.Errorf("reject %s: reason %q, want it to contain %q", key, reasons[key], want)
		}
	}
	if len(rejects) != rejected {
		t.Errorf("got %d reject rows, want %d: %v", len(rejects), rejected, reasons)
	}

	claimRows := readTable[schemas.ClaimRow](t, out, "claims")
	if len(claimRows) == 0 {
		t.Errorf("claims table is empty")
	}
	counts, err := countTables(context.Background(), out)
	if err != nil || counts.Claims != int64(len(claimRows)) || counts.Rejects != int64(rejected) {
		t.Errorf("countTables = %+v, %v; want %d claims, %d rejects", counts, err, len(claimRows), rejected)
	}
	checkOffsets(t, claimRows)

	sentences := readTable[schemas.SentenceRow](t, out, "sentences")
	if len(sentences) < len(seeds)*5 {
		t.Errorf("only %d sentences for %d seed articles", len(sentences), len(seeds))
	}

	contradictions := readTable[schemas.ContradictionRow](t, out, "contradictions")
	checkGolden(t, "disagreements.json", summarizeDisagreements(contradictions))
	checkFatahAlSham(t, contradictions)
}

// checkOffsets verifies that start and end are code points into the original article text.
func checkOffsets(t *testing.T, rows []schemas.ClaimRow) {
	t.Helper()
	for _, r := range rows {
		path := filepath.Join("../../testdata/articles", r.ArticleID+".txt")
		data, err := os.ReadFile(path)
		if err != nil {
			continue // an article from the JSONL input
		}
		runes := []rune(string(data))
		if r.Start < 0 || r.End > int64(len(runes)) || r.Start >= r.End {
			t.Errorf("claim %s: span [%d,%d) outside the text (%d code points)", r.ClaimID, r.Start, r.End, len(runes))
			continue
		}
		if got := string(runes[r.Start:r.End]); got != r.Sentence {
			t.Errorf("claim %s: text[%d:%d] = %q, sentence = %q", r.ClaimID, r.Start, r.End, got, r.Sentence)
		}
	}
}

// checkFatahAlSham is the case the product exists for: the Syrian army says the ceasefire
// excludes Jabhat Fatah al-Sham, the opposition negotiator says it does not.
func checkFatahAlSham(t *testing.T, rows []schemas.ContradictionRow) {
	t.Helper()
	sides := map[string]schemas.ContradictionRow{}
	for _, r := range rows {
		if r.Topic == "ceasefire.exclusions" && r.Subject == "jabhat_fatah_al_sham" {
			sides[r.Value] = r
		}
	}
	excluded, okEx := sides["excluded"]
	notExcluded, okNot := sides["not_excluded"]
	if !okEx || !okNot {
		t.Fatalf("no excluded/not_excluded disagreement over jabhat_fatah_al_sham; sides: %v", sides)
	}
	if !contains(excluded.Speakers, "syrian_army") || !contains(notExcluded.Speakers, "osama_abu_zeid") {
		t.Errorf("speakers: excluded %v, not excluded %v", excluded.Speakers, notExcluded.Speakers)
	}
	if !contains(notExcluded.ArticleIDs, "003_074494426132b44d") || len(excluded.ArticleIDs) == 0 {
		t.Errorf("articles: excluded %v, not excluded %v", excluded.ArticleIDs, notExcluded.ArticleIDs)
	}
	if excluded.DisagreementID != notExcluded.DisagreementID || excluded.Explanation == "" {
		t.Errorf("sides do not share one disagreement with an explanation: %+v / %+v", excluded, notExcluded)
	}
}

// disagreementSummary is the stable, reviewable form of the contradictions table kept as golden.
type disagreementSummary struct {
	Topic, Subject, Kind string
	Sides                []sideSummary
}

type sideSummary struct {
	Value    string
	Articles []string
	Speakers []string
}

func summarizeDisagreements(rows []schemas.ContradictionRow) []disagreementSummary {
	byID := map[string]*disagreementSummary{}
	var ids []string
	for _, r := range rows {
		d, ok := byID[r.DisagreementID]
		if !ok {
			d = &disagreementSummary{Topic: r.Topic, Subject: r.Subject, Kind: r.Kind}
			byID[r.DisagreementID] = d
			ids = append(ids, r.DisagreementID)
		}
		d.Sides = append(d.Sides, sideSummary{Value: r.Value, Articles: r.ArticleIDs, Speakers: r.Speakers})
	}
	var out []disagreementSummary
	for _, id := range ids {
		d := byID[id]
		sort.Slice(d.Sides, func(i, j int) bool { return d.Sides[i].Value < d.Sides[j].Value })
		out = append(out, *d)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Topic != out[j].Topic {
			return out[i].Topic < out[j].Topic
		}
		return out[i].Subject < out[j].Subject
	})
	return out
}

// checkGolden compares got with testdata/golden/name, or rewrites it under -update.
func checkGolden(t *testing.T, name string, got any) {
	t.Helper()
	path := filepath.Join("../../testdata/golden", name)
	if *update {
		data, err := json.MarshalIndent(got, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden %s (run go test ./pipelines/tanaqud -update_golden): %v", path, err)
	}
	want := []disagreementSummary{}
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("%s differs (-golden +got); rerun with -update_golden if the change is intended:\n%s", name, diff)
	}
}

func countLines(t *testing.T, path string) int {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return len(strings.Split(strings.TrimSpace(string(data)), "\n"))
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// TestPipelineSeparatesEventsInTime checks that claims are compared only within one burst of
// coverage: the same dispute reported again months later is a second disagreement, and a lone
// claim months away from its rival is none.
func TestPipelineSeparatesEventsInTime(t *testing.T) {
	in := t.TempDir()
	lines := []string{
		`{"id":"dec-army","source":"Wire A","published_at":"2016-12-29T20:00:00Z","lang":"en","text":"The Syrian army said in a statement that the ceasefire in Syria excludes Jabhat Fatah al-Sham."}`,
		`{"id":"dec-fsa","source":"Wire B","published_at":"2016-12-30T09:00:00Z","lang":"en","text":"Osama Abu Zeid, a negotiator for the Free Syrian Army, said the ceasefire in Syria does not exclude Jabhat Fatah al-Sham."}`,
		`{"id":"jun-army","source":"Wire A","published_at":"2017-06-20","lang":"en","text":"The Syrian army said in a statement that the ceasefire in Syria excludes Jabhat Fatah al-Sham."}`,
	}
	if err := os.WriteFile(filepath.Join(in, "news.jsonl"), []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	runJob(t, Config{Inputs: []string{filepath.Join(in, "*.jsonl")}, Output: out, Shards: 1})
	var got []string
	for _, r := range readTable[schemas.ContradictionRow](t, out, "contradictions") {
		if r.Subject == "jabhat_fatah_al_sham" {
			got = append(got, r.Value+":"+strings.Join(r.ArticleIDs, "+"))
		}
	}
	sort.Strings(got)
	if diff := cmp.Diff([]string{"excluded:dec-army", "not_excluded:dec-fsa"}, got); diff != "" {
		t.Errorf("Fatah al-Sham sides (-want +got):\n%s", diff)
	}
}

// TestPipelineJoinsBorderWar: coverage of a war between two states placed in either of them
// (one report from each side) is compared as one event, the rows carrying the joined event.
func TestPipelineJoinsBorderWar(t *testing.T) {
	in := t.TempDir()
	lines := []string{
		`{"id":"in-army","source":"Wire A","published_at":"2026-02-23T20:00:00Z","lang":"en","text":"A ceasefire along the Line of Control in Jammu and Kashmir took effect at midnight, the Indian army said. The Pakistani army was told of the truce."}`,
		`{"id":"pk-army","source":"Wire B","published_at":"2026-02-23T21:00:00Z","lang":"en","text":"A ceasefire in the Neelum Valley and around Kotli took effect at 01:00 local time, the Pakistani army said. The Indian army was told of the truce."}`,
	}
	if err := os.WriteFile(filepath.Join(in, "news.jsonl"), []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	runJob(t, Config{Inputs: []string{filepath.Join(in, "*.jsonl")}, Output: out, Shards: 1})
	events := map[string]string{}
	for _, r := range readTable[schemas.ClaimRow](t, out, "claims") {
		events[r.ArticleID] = r.Event
	}
	if diff := cmp.Diff(map[string]string{"in-army": "india", "pk-army": "pakistan"}, events); diff != "" {
		t.Fatalf("the articles' own events (-want +got):\n%s", diff)
	}
	var got []string
	for _, r := range readTable[schemas.ContradictionRow](t, out, "contradictions") {
		got = append(got, r.Event+" "+r.Topic+" "+strings.Join(r.ArticleIDs, "+"))
	}
	sort.Strings(got)
	want := []string{"india+pakistan ceasefire.start_time in-army", "india+pakistan ceasefire.start_time pk-army"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("contradictions (-want +got):\n%s", diff)
	}
}

// TestPipelineResolvesUnnamedSides: a withdrawal stated of both sides in an article that names
// neither (ty-3) is written as one claim per side of its event, the pair of parties the other
// articles give mapped to forces (the Houthis, the Yemeni army), and compared with the others:
// ty-4's Houthis who will not withdraw disagree with it. One in an event that names no parties
// (bs-1, Basra) is written nowhere and counted.
func TestPipelineResolvesUnnamedSides(t *testing.T) {
	in := t.TempDir()
	lines := []string{
		`{"id":"ty-1","source":"Wire A","published_at":"2026-03-10T08:00:00Z","lang":"en","text":"The Houthis and the Yemeni government agreed a truce in Taiz on Monday, the UN envoy said."}`,
		`{"id":"ty-2","source":"Wire B","published_at":"2026-03-10T12:00:00Z","lang":"en","text":"Yemen's government and the Houthis signed a ceasefire for Taiz on Monday."}`,
		`{"id":"ty-3","source":"Wire C","published_at":"2026-03-11T09:00:00Z","lang":"en","text":"The truce in Taiz took effect on Tuesday. Fighters on both sides are to withdraw 500 metres from the eastern lines under the deal, to be verified by the joint committee."}`,
		`{"id":"ty-4","source":"Wire D","published_at":"2026-03-11T10:00:00Z","lang":"en","text":"The Houthis said in Taiz on Tuesday that they will not withdraw from the eastern lines under the truce."}`,
		`{"id":"bs-1","source":"Wire E","published_at":"2026-03-11T10:00:00Z","lang":"en","text":"The truce in Basra took effect on Tuesday. The document requires gunmen of both tribes to pull back from the highway."}`,
	}
	if err := os.WriteFile(filepath.Join(in, "news.jsonl"), []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	sum := runJob(t, Config{Inputs: []string{filepath.Join(in, "*.jsonl")}, Output: out, Shards: 1})
	var withdrawals []string
	for _, r := range readTable[schemas.ClaimRow](t, out, "claims") {
		if r.Topic == "ceasefire.withdrawal" {
			withdrawals = append(withdrawals, r.ArticleID+" "+r.Subject+"="+r.Value)
		}
	}
	sort.Strings(withdrawals)
	want := []string{"ty-3 houthis=required", "ty-3 yemeni_army=required", "ty-4 houthis=not_required"}
	if diff := cmp.Diff(want, withdrawals); diff != "" {
		t.Errorf("withdrawal claims (-want +got):\n%s", diff)
	}
	var rows []string
	for _, r := range readTable[schemas.ContradictionRow](t, out, "contradictions") {
		if r.Topic == "ceasefire.withdrawal" {
			rows = append(rows, r.Subject+" "+r.Value+":"+strings.Join(r.ArticleIDs, "+"))
		}
	}
	sort.Strings(rows)
	if diff := cmp.Diff([]string{"houthis not_required:ty-4", "houthis required:ty-3"}, rows); diff != "" {
		t.Errorf("withdrawal disagreement (-want +got):\n%s", diff)
	}
	if sum.HaveMetrics && sum.SidesUnresolved != 1 {
		t.Errorf("unresolved both-sides withdrawals = %d, want 1 (bs-1)", sum.SidesUnresolved)
	}
}

// TestPipelineKeepUnreliableSidesFlag: the job's --keep_unreliable_sides, parsed from a command
// line as main parses it (configFromFlags), reaches the comparison. Two articles tell the UN as
// the truce's only monitor, one alone the African Union, read only by set.monitors, a rule the
// frozen dumps call unreliable (schemas/rule_precision.json). Without the flag that lone value is
// shown as neutral and there is no dispute; with it, it is a side.
func TestPipelineKeepUnreliableSidesFlag(t *testing.T) {
	in := t.TempDir()
	lines := []string{
		`{"id":"m-1","source":"Wire A","published_at":"2026-03-10T08:00:00Z","lang":"en","text":"The Houthis and the Yemeni government agreed a truce in Taiz on Monday. The truce will be monitored only by the United Nations, the UN envoy said."}`,
		`{"id":"m-2","source":"Wire B","published_at":"2026-03-10T12:00:00Z","lang":"en","text":"Yemen's government and the Houthis signed a ceasefire for Taiz on Monday. The United Nations alone will monitor the ceasefire."}`,
		`{"id":"m-3","source":"Wire C","published_at":"2026-03-11T09:00:00Z","lang":"en","text":"The truce in Taiz took effect on Tuesday. The ceasefire will be monitored by the African Union."}`,
	}
	if err := os.WriteFile(filepath.Join(in, "news.jsonl"), []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	reset := func() {
		inputs = nil
		for name, v := range map[string]string{"keep_unreliable_sides": "false", "output": "out", "shards": "2"} {
			if err := flag.Set(name, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	t.Cleanup(reset)
	for _, tc := range []struct {
		name string
		flag []string
		want []string
	}{
		{"unset", nil, nil},
		{"set", []string{"--keep_unreliable_sides"}, []string{"african_union:m-3", "only:un:m-1+m-2"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			reset()
			out := t.TempDir()
			args := append([]string{"--input", filepath.Join(in, "*.jsonl"), "--output", out + "/", "--shards", "1"}, tc.flag...)
			if err := flag.CommandLine.Parse(args); err != nil {
				t.Fatal(err)
			}
			cfg := configFromFlags()
			if cfg.KeepUnreliable != (tc.flag != nil) || cfg.Output != out || len(cfg.Inputs) != 1 {
				t.Fatalf("config %+v from %q", cfg, args)
			}
			runJob(t, cfg)
			var got []string
			for _, r := range readTable[schemas.ContradictionRow](t, out, "contradictions") {
				if r.Topic == "ceasefire.monitors" {
					got = append(got, r.Value+":"+strings.Join(r.ArticleIDs, "+"))
				}
			}
			sort.Strings(got)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("monitors rows with %q (-want +got):\n%s", args, diff)
			}
		})
	}
}
