package claims

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tanaqud/tanaqud/schemas"
)

// loadTestArticles reads the seed .txt articles, or a JSONL file in the pipeline's input format.
func loadTestArticles(t testing.TB, pattern string) []schemas.Article {
	t.Helper()
	var out []schemas.Article
	files, _ := filepath.Glob(pattern)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(f, ".txt") {
			out = append(out, schemas.Article{ID: strings.TrimSuffix(filepath.Base(f), ".txt"), Text: string(b)})
			continue
		}
		sc := bufio.NewScanner(strings.NewReader(string(b)))
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			var r struct {
				ID, Source, URL, Lang, Title, Text string
				Published                          string `json:"published_at"`
			}
			if json.Unmarshal(sc.Bytes(), &r) != nil {
				continue
			}
			out = append(out, schemas.Article{ID: r.ID, Source: r.Source, URL: r.URL, Published: r.Published, Lang: r.Lang, Title: r.Title, Text: r.Text})
		}
	}
	return out
}

// TestDumpClaims writes the claims of CLAIMS_INPUT (glob) as JSON Lines to CLAIMS_DUMP, for
// measuring against gold with a script. Skipped unless CLAIMS_DUMP is set.
func TestDumpClaims(t *testing.T) {
	path := os.Getenv("CLAIMS_DUMP")
	if path == "" {
		t.Skip("set CLAIMS_DUMP=out.jsonl (and CLAIMS_INPUT=glob) to dump claims")
	}
	in := os.Getenv("CLAIMS_INPUT")
	if in == "" {
		in = "../../testdata/articles/*.txt"
	}
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	for _, a := range loadTestArticles(t, in) {
		for _, c := range x.Analyze(a).Claims {
			if math.IsInf(c.High, 1) {
				c.High = math.MaxFloat64 // JSON has no infinity
			}
			if err := enc.Encode(c); err != nil {
				t.Fatal(err)
			}
			if os.Getenv("CLAIMS_PRINT") != "" {
				fmt.Printf("%s s%d %-26s %-22s %-28s sp=%s mod=%s rule=%s\n", a.ID, c.SentenceIndex, c.Topic, c.Subject, c.Value, c.Speaker, c.Modality, c.Rule)
			}
		}
	}
}
