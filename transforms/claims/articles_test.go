package claims

import (
	"bufio"
	"encoding/json"
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

// devArticles are the seed and held-out articles: the development sets the golden and
// concurrency tests run over.
func devArticles(t testing.TB) []schemas.Article {
	t.Helper()
	return append(loadTestArticles(t, "../../testdata/articles/*.txt"), loadTestArticles(t, "../../testdata/heldout/articles.jsonl")...)
}
