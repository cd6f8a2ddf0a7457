package main

import (
	"bufio"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/tanaqud/tanaqud/schemas"
)

// maxLineBytes bounds one JSONL line (one article).
const maxLineBytes = 64 << 20

// This is a small local reader for evaluation only; the pipeline's own ingest (with rejects,
// globs and gs://) lives elsewhere. It reads the same formats: *.txt (one article, id = file
// name without extension, no metadata) and *.jsonl / *.jsonl.gz (one article per line).

// jsonArticle is one line of the pipeline's JSONL input; unknown keys are ignored.
type jsonArticle struct {
	ID          string `json:"id"`
	Source      string `json:"source"`
	URL         string `json:"url"`
	PublishedAt string `json:"published_at"`
	Lang        string `json:"lang"`
	Title       string `json:"title"`
	Text        string `json:"text"`
}

// readArticles reads one file or every .txt/.jsonl/.jsonl.gz file directly inside a folder,
// in file name order. Problems with single lines are returned as warnings, not errors.
func readArticles(path string) ([]schemas.Article, []string, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, nil, err
	}
	files := []string{path}
	if info.IsDir() {
		entries, err := os.ReadDir(path)
		if err != nil {
			return nil, nil, err
		}
		files = files[:0]
		for _, e := range entries {
			if !e.IsDir() && articleFile(e.Name()) {
				files = append(files, filepath.Join(path, e.Name()))
			}
		}
		sort.Strings(files)
	}
	var arts []schemas.Article
	var warnings []string
	for _, f := range files {
		got, warns, err := readArticleFile(f)
		if err != nil {
			return nil, nil, err
		}
		arts = append(arts, got...)
		warnings = append(warnings, warns...)
	}
	return arts, warnings, nil
}

func articleFile(name string) bool {
	return strings.HasSuffix(name, ".txt") || strings.HasSuffix(name, ".jsonl") || strings.HasSuffix(name, ".jsonl.gz")
}

func readArticleFile(path string) ([]schemas.Article, []string, error) {
	if strings.HasSuffix(path, ".txt") {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, nil, err
		}
		id := strings.TrimSuffix(filepath.Base(path), ".txt")
		return []schemas.Article{{ID: id, Text: string(b), Input: path}}, nil, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		defer gz.Close()
		r = gz
	}
	return readJSONLArticles(path, r)
}

// readJSONLArticles decodes one article per line; malformed lines and empty texts become warnings.
func readJSONLArticles(path string, r io.Reader) ([]schemas.Article, []string, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxLineBytes)
	var arts []schemas.Article
	var warnings []string
	for line := 1; sc.Scan(); line++ {
		b := trimSpaceBytes(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var j jsonArticle
		if err := json.Unmarshal(b, &j); err != nil {
			warnings = append(warnings, fmt.Sprintf("%s:%d: skipped: %v", path, line, err))
			continue
		}
		if strings.TrimSpace(j.Text) == "" {
			warnings = append(warnings, fmt.Sprintf("%s:%d: skipped: empty text", path, line))
			continue
		}
		id := j.ID
		if id == "" {
			sum := sha256.Sum256([]byte(j.Text))
			id = hex.EncodeToString(sum[:8])
		}
		published, err := normalizePublished(j.PublishedAt)
		if err != nil {
			warnings = append(warnings, fmt.Sprintf("%s:%d: published_at ignored: %v", path, line, err))
		}
		arts = append(arts, schemas.Article{
			ID: id, Source: j.Source, URL: j.URL, Published: published, Lang: j.Lang,
			Title: j.Title, Text: j.Text, Input: path, Line: line,
		})
	}
	return arts, warnings, sc.Err()
}

// normalizePublished turns RFC 3339 or YYYY-MM-DD into RFC 3339 UTC; "" stays "".
func normalizePublished(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC().Format(time.RFC3339), nil
		}
	}
	return "", fmt.Errorf("not RFC 3339 or YYYY-MM-DD: %q", s)
}

// articlesPath says where the articles of a gold set are: the seed articles for "seeds",
// otherwise testdata/<set>/articles.jsonl, testdata/<set>/articles/ or testdata/<set>/, the
// first that exists.
func articlesPath(root, set string) (string, error) {
	var candidates []string
	if set == "seeds" {
		candidates = append(candidates, filepath.Join(root, "testdata", "articles"))
	}
	candidates = append(candidates,
		filepath.Join(root, "testdata", set, "articles.jsonl"),
		filepath.Join(root, "testdata", set, "articles"),
		filepath.Join(root, "testdata", set),
	)
	for _, c := range candidates {
		if _, err := os.Stat(c); err == nil {
			return c, nil
		}
	}
	return "", fmt.Errorf("no articles for gold set %q (looked in %s)", set, strings.Join(candidates, ", "))
}
