package articles

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// flatArticleSeeds are lines of the shapes the fast decoder takes and of the shapes it must leave
// to encoding/json.
var flatArticleSeeds = []string{
	`{"id":"a1","source":"Wire","url":"https://x.example/1","published_at":"2026-05-14T09:00:00+03:00","lang":"en","title":"Truce","text":"The truce holds."}`,
	`{"id": 17, "text": "نص \"مقتبس\" \u0627\n\t/ \\ \/"}`,
	`  { "text" : "a" , "extra" : {"k": [1, 2, {"z": "}"}]}, "n": -1.5e+3, "b": true, "nil": null }  `,
	`{"text":"first","text":"second"}`,
	`{}`,
	`{"Text":"case-folded key"}`,
	`{"TEXT":"a","text":"b"}`,
	`{"text":null}`,
	`{"text":"a","text":null}`,
	`{"id":null,"text":"a"}`,
	`{"id":true,"text":"a"}`,
	`{"id":-0.5e-7,"text":"a"}`,
	`{"id":01,"text":"a"}`,
	`{"lang":5,"text":"a"}`,
	`{"text":"\ud83d\ude00 surrogate pair"}`,
	`{"text":"\ud83d lone surrogate"}`,
	"{\"text\":\"invalid \xff utf-8\"}",
	"{\"text\":\"raw\ttab\"}",
	`{"text":"bad escape \x"}`,
	`{"text":"a"} {"text":"b"}`,
	`{"text":"a"}}`,
	`{"text":"a",}`,
	`{"text":"a"`,
	`["text","a"]`,
	`{"t\u0065xt":"escaped key"}`,
	`{"ſource":"folded key","text":"a"}`,
	`{"x":[1,2,"]",{"y":"\"}"}],"text":"after nested"}`,
	`{"x":[1,2,,3],"text":"a"}`,
}

// TestDecodeFlatArticleAgreesWithEncodingJSON checks every seed: where the fast decoder answers,
// its record is encoding/json's, and it answers for the common shapes.
func TestDecodeFlatArticleAgreesWithEncodingJSON(t *testing.T) {
	mustAnswer := map[int]bool{0: true, 1: true, 2: true, 3: true, 4: true, 11: true, 26: true}
	for i, line := range flatArticleSeeds {
		answered := checkFlatAgainstEncodingJSON(t, []byte(line))
		if mustAnswer[i] && !answered {
			t.Errorf("seed %d %q: fast decoder declined a common shape", i, line)
		}
	}
}

// checkFlatAgainstEncodingJSON fails the test when the fast decoder answers differently from
// encoding/json, and reports whether it answered.
func checkFlatAgainstEncodingJSON(t *testing.T, line []byte) bool {
	t.Helper()
	var fast jsonArticle
	if !decodeFlatArticle(line, &fast) {
		return false
	}
	var slow jsonArticle
	if why := decodeArticle(bytes.TrimSpace(line), &slow); why != "" {
		t.Fatalf("%q: fast decoder answered %+v, encoding/json rejects it: %s", line, fast, why)
	}
	if diff := cmp.Diff(slow, fast); diff != "" {
		t.Fatalf("%q: fast decoder differs from encoding/json (-json +fast):\n%s", line, diff)
	}
	return true
}

func FuzzDecodeFlatArticle(f *testing.F) {
	for _, s := range flatArticleSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		checkFlatAgainstEncodingJSON(t, line)
	})
}

// TestDecodeFlatArticleOnTheSets runs every record of the repository's JSONL sets through both
// decoders: real coverage must take the fast path and decode the same. With TANAQUD_BENCH_CORPUS
// set (a glob of generated corpus files, which hold malformed records on purpose), it also checks
// that the two agree on every record of that corpus.
func TestDecodeFlatArticleOnTheSets(t *testing.T) {
	sets, err := filepath.Glob("../../testdata/*/articles.jsonl")
	if err != nil || len(sets) == 0 {
		t.Fatalf("no JSONL sets found: %v", err)
	}
	for _, file := range sets {
		for n, line := range jsonLines(t, file) {
			if !checkFlatAgainstEncodingJSON(t, line) {
				t.Errorf("%s line %d: fast decoder declined a real record", file, n+1)
			}
		}
	}
	corpus := os.Getenv("TANAQUD_BENCH_CORPUS")
	if corpus == "" {
		return
	}
	files, err := filepath.Glob(corpus)
	if err != nil {
		t.Fatal(err)
	}
	answered, total := 0, 0
	for _, file := range files {
		for _, line := range jsonLines(t, file) {
			total++
			if checkFlatAgainstEncodingJSON(t, line) {
				answered++
			}
		}
	}
	t.Logf("corpus: the fast decoder answered %d of %d records", answered, total)
}

func jsonLines(t *testing.T, file string) [][]byte {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.Split(bytes.TrimSpace(data), []byte("\n"))
}

// BenchmarkDecodeArticle compares the fast decoder with encoding/json on one long record.
func BenchmarkDecodeArticle(b *testing.B) {
	text := bytes.Repeat([]byte("وقال المتحدث إن الهدنة \"صامدة\" منذ منتصف الليل. The truce holds. "), 60)
	rec := map[string]any{"id": "gen-1", "source": "Wire", "url": "https://x.example/1",
		"published_at": "2026-05-14T09:00:00Z", "lang": "ar", "title": "Truce", "text": string(text)}
	line, _ := json.Marshal(rec)
	b.Run("flat", func(b *testing.B) {
		b.SetBytes(int64(len(line)))
		for b.Loop() {
			var a jsonArticle
			if !decodeFlatArticle(line, &a) {
				b.Fatal("declined")
			}
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		b.SetBytes(int64(len(line)))
		for b.Loop() {
			var a jsonArticle
			if why := decodeArticle(line, &a); why != "" {
				b.Fatal(why)
			}
		}
	})
}
