package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/articles"
)

func testConfig(out string) Config {
	return Config{
		N: 400, Out: out, Files: 3, Text: true, Seed: 7, SyndicationRate: 0.15, BadRate: 0.002,
		OversizedEvery: 0, Start: "2024-01-01",
		Seeds: []string{"../../testdata/articles/*.txt", "../../testdata/heldout/articles.jsonl"},
	}
}

// TestDeterministic checks that the same flags give byte-identical files.
func TestDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	if _, err := Generate(testConfig(a)); err != nil {
		t.Fatal(err)
	}
	if _, err := Generate(testConfig(b)); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(a, "articles-*.jsonl"))
	if len(files) != 3 {
		t.Fatalf("want 3 JSONL files, got %v", files)
	}
	for _, f := range files {
		x, _ := os.ReadFile(f)
		y, err := os.ReadFile(filepath.Join(b, filepath.Base(f)))
		if err != nil || !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs with the same flags", filepath.Base(f))
		}
	}
}

// TestEveryRecordIsAnArticleOrAReject parses the corpus the way the job does and checks the
// variety it promises: both languages, wire copies, and at least one reject of each kind.
func TestEveryRecordIsAnArticleOrAReject(t *testing.T) {
	dir := t.TempDir()
	m, err := Generate(testConfig(dir))
	if err != nil {
		t.Fatal(err)
	}
	langs := map[string]int{}
	texts := map[string]int{}
	var nArticles, nRejects int
	reasons := map[string]bool{}
	sink := articles.Sink{
		Article: func(a schemas.Article) { nArticles++; langs[a.Lang]++; texts[a.Text]++ },
		Reject:  func(r schemas.RejectRow) { nRejects++; reasons[strings.SplitN(r.Reason, ":", 2)[0]] = true },
	}
	for _, f := range m.Files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := articles.Parse(f, fh, articles.Limits{}, sink); err != nil {
			t.Fatal(err)
		}
		fh.Close()
	}
	if nArticles+nRejects != m.Records {
		t.Errorf("parsed %d articles + %d rejects, manifest says %d records", nArticles, nRejects, m.Records)
	}
	if nRejects != m.Broken || nRejects < len(badKinds) {
		t.Errorf("got %d rejects, manifest says %d broken, want at least %d", nRejects, m.Broken, len(badKinds))
	}
	if langs["ar"] == 0 || langs["en"] == 0 {
		t.Errorf("want Arabic and English articles, got %v", langs)
	}
	copies := 0
	for _, n := range texts {
		copies += n - 1
	}
	if copies == 0 || m.Syndicated == 0 {
		t.Errorf("want syndicated copies (same text under several outlets), got %d", copies)
	}
	bad, _ := filepath.Glob(filepath.Join(dir, "txt", "bad-bytes-*.txt"))
	if len(bad) != 1 {
		t.Errorf("want one .txt with invalid UTF-8, got %v", bad)
	}
}
