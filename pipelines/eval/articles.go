package main

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/articles"
)

// readArticles reads one file or every article file directly inside a folder, in file name
// order, with the pipeline's own parser (transforms/articles): the same ids, dates and rejects as
// a pipeline run. Rejected records are returned as warnings.
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
			if !e.IsDir() && articles.FormatOf(e.Name()) != articles.FormatUnknown {
				files = append(files, filepath.Join(path, e.Name()))
			}
		}
		sort.Strings(files)
	}
	var arts []schemas.Article
	var warnings []string
	sink := articles.Sink{
		Article: func(a schemas.Article) { arts = append(arts, a) },
		Reject: func(r schemas.RejectRow) {
			warnings = append(warnings, fmt.Sprintf("%s:%d: skipped: %s", r.Input, r.Line, r.Reason))
		},
	}
	for _, f := range files {
		if err := parseFile(f, sink); err != nil {
			return nil, nil, err
		}
	}
	return arts, warnings, nil
}

// parseFile opens one file, decompressing .gz, and parses it.
func parseFile(path string, sink articles.Sink) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		defer gz.Close()
		r = gz
	}
	return articles.Parse(path, r, articles.Limits{}, sink)
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
