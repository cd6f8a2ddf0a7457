package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/claims"
	"github.com/tanaqud/tanaqud/transforms/compare"
)

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// fakeTree writes a repository with two gold sets: seeds (.txt articles) and heldout (JSONL).
func fakeTree(t *testing.T) string {
	root := t.TempDir()
	writeFile(t, filepath.Join(root, "testdata/articles/s1.txt"), "الجيش: تستثني الهدنة جبهة فتح الشام.")
	writeFile(t, filepath.Join(root, "testdata/articles/s2.txt"), "قال أبو زيد إن الهدنة لا تستثني جبهة فتح الشام.")
	writeFile(t, filepath.Join(root, "testdata/gold/seeds/claims.jsonl"), `
{"article": "s1", "evidence": "تستثني الهدنة", "topic": "ceasefire.exclusions", "subject": "jfs", "value": "excluded", "speaker": "army", "hedged": false}
{"article": "s2", "evidence": "لا تستثني", "topic": "ceasefire.exclusions", "subject": "jfs", "value": "not_excluded", "speaker": "abu_zeid", "hedged": false}
`)
	writeFile(t, filepath.Join(root, "testdata/gold/seeds/disagreements.jsonl"),
		`{"topic": "ceasefire.exclusions", "subject": "jfs", "sides": [{"value": "excluded", "articles": ["s1"], "speakers": ["army"]}, {"value": "not_excluded", "articles": ["s2"], "speakers": ["abu_zeid"]}]}`+"\n")
	writeFile(t, filepath.Join(root, "testdata/heldout/articles.jsonl"),
		`{"id": "h1", "source": "wire", "published_at": "2024-03-01", "lang": "en", "title": "T", "text": "The truce starts on Friday."}
not json
{"id": "h2", "text": ""}
`)
	writeFile(t, filepath.Join(root, "testdata/gold/heldout/claims.jsonl"),
		`{"article": "h1", "evidence": "starts on Friday", "topic": "ceasefire.start_time", "subject": "", "value": "2024-03-01", "speaker": "outlet"}`+"\n")
	writeFile(t, filepath.Join(root, "testdata/gold/README.md"), "not a set")
	writeFile(t, filepath.Join(root, "schemas/topics.json"),
		`{"topics": [{"id": "ceasefire.status", "kind": "value", "compatible": [["proposed", "agreed"]]}]}`)
	return root
}

// fakeAnalyzer "extracts" the gold claims of the seeds by looking for the negation word, and
// nothing from other articles.
func fakeAnalyzer(a schemas.Article) ([]claims.Claim, error) {
	if a.Lang == "en" {
		return nil, nil
	}
	c := claims.Claim{ID: a.ID + "-c", ArticleID: a.ID, Event: "e", Topic: "ceasefire.exclusions", Subject: "jfs",
		Kind: compare.KindPolarity, Value: "excluded", Speaker: "army", SpeakerLabel: "Syrian army",
		Start: 0, End: len([]rune(a.Text)), Modality: "asserted"}
	if strings.Contains(a.Text, "لا تستثني") {
		c.Value, c.Speaker, c.SpeakerLabel = "not_excluded", "abu_zeid", "Osama Abu Zeid"
	}
	return []claims.Claim{c}, nil
}

func TestRunPrintsEverySet(t *testing.T) {
	root := fakeTree(t)
	var out bytes.Buffer
	failed, err := run(&out, root, "", false, true, 0.5, fakeAnalyzer)
	if err != nil {
		t.Fatal(err)
	}
	if !failed {
		t.Errorf("heldout has F1 0 and should fail -min-f1 0.5")
	}
	text := out.String()
	for _, want := range []string{
		"== heldout: 1 articles, 1 gold claims, 0 predicted claims, 0 gold disagreements",
		"== seeds: 2 articles, 2 gold claims, 2 predicted claims, 1 gold disagreements",
		"ceasefire.exclusions             2     2     2   1.00   1.00   1.00",
		"disagreements: gold 1, predicted 1, matched 1: precision 1.00, recall 1.00; matched sides naming the gold articles and speakers: 2/2",
		"FN h1 | ceasefire.start_time |  | 2024-03-01 | outlet | The truce starts on Friday.",
		"FAIL heldout: claim F1 0.00 below -min-f1 0.50",
		"warning: " + filepath.Join(root, "testdata/heldout/articles.jsonl") + ":2: skipped",
		"heldout    dev       1      -   0.00   0.00        0        -        -",
		"seeds      dev       2   1.00   1.00   1.00        1     1.00     1.00",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q\n%s", want, text)
		}
	}
	if strings.Contains(text, "FAIL seeds") {
		t.Errorf("seeds should pass:\n%s", text)
	}
}

// TestDevSkipsBlindSets: -dev never shows a blind set's numbers or errors, so rules are not
// tuned on it; without -dev the summary marks it blind.
func TestDevSkipsBlindSets(t *testing.T) {
	root := fakeTree(t)
	writeFile(t, filepath.Join(root, "testdata/gold/heldout", blindMarker), "")
	var dev, all bytes.Buffer
	if _, err := run(&dev, root, "", true, true, 0, fakeAnalyzer); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(dev.String(), "heldout") || !strings.Contains(dev.String(), "== seeds") {
		t.Errorf("-dev should show seeds and skip the blind heldout set:\n%s", dev.String())
	}
	if _, err := run(&all, root, "", false, false, 0, fakeAnalyzer); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(all.String(), "heldout    blind     1") {
		t.Errorf("the summary should mark heldout blind:\n%s", all.String())
	}
}

func TestRunOneSetWithoutThreshold(t *testing.T) {
	root := fakeTree(t)
	var out bytes.Buffer
	failed, err := run(&out, root, "heldout", false, false, 0, fakeAnalyzer)
	if err != nil || failed {
		t.Fatalf("failed %v, err %v", failed, err)
	}
	if strings.Contains(out.String(), "seeds") || strings.Contains(out.String(), "FN ") {
		t.Errorf("only heldout, not verbose:\n%s", out.String())
	}
}

func TestReadArticlesUsesThePipelineParser(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.jsonl"), `{"id":"x","published_at":"2016-12-29T22:00:00+02:00","lang":"ar","text":"نص"}
{"id":"y","published_at":"yesterday","text":"bad date"}
`)
	writeFile(t, filepath.Join(dir, "b.txt"), "Russia said so.")
	writeFile(t, filepath.Join(dir, "notes.md"), "not an article")
	arts, warns, err := readArticles(dir)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID+"@"+a.Published)
	}
	if diff := cmp.Diff([]string{"x@2016-12-29T20:00:00Z", "b@"}, ids); diff != "" {
		t.Errorf("articles (-want +got):\n%s", diff)
	}
	if len(warns) != 1 || !strings.Contains(warns[0], "a.jsonl:2: skipped") {
		t.Errorf("warnings: %v", warns)
	}
}

func TestSafeAnalyzeRecovers(t *testing.T) {
	_, err := safeAnalyze(func(schemas.Article) ([]claims.Claim, error) { panic("boom") }, schemas.Article{})
	if err == nil || !strings.Contains(err.Error(), "boom") {
		t.Errorf("err = %v", err)
	}
}

func TestCompareOptionsFromTopics(t *testing.T) {
	root := fakeTree(t)
	topics, err := readTopics(filepath.Join(root, "schemas/topics.json"))
	if err != nil {
		t.Fatal(err)
	}
	opts := topics.compareOptions()
	want := map[string][][2]string{"ceasefire.status": {{"proposed", "agreed"}}}
	if diff := cmp.Diff(want, opts.Compatible); diff != "" {
		t.Errorf("compatible (-want +got):\n%s", diff)
	}
}

func TestOracleScoresTheComparisonAlone(t *testing.T) {
	root := fakeTree(t)
	var out bytes.Buffer
	if _, err := run(&out, root, "seeds", false, false, 0, nil); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"== seeds (oracle: gold claims as predictions): 2 articles, 2 gold claims, 2 predicted claims",
		"micro                            2     2     2   1.00   1.00   1.00",
		"disagreements: gold 1, predicted 1, matched 1: precision 1.00, recall 1.00",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q\n%s", want, out.String())
		}
	}
}
