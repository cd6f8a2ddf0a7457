package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/claims"
)

// A claims dump is the extractor's output on one set frozen in a file: one JSON claims.Claim a
// line, named <set>@<tag>.claims.jsonl (tag: the commit that produced it). Scoring the comparison
// on a dump measures it on the noise a real extractor makes, unchanged while the rules move; the
// frozen dumps of testdata/frozen/ hold the extractor's predictions at past commits on sets it
// had not seen then (see the README there).
const dumpSuffix = ".claims.jsonl"

// frozenDir is where the frozen dumps live, under the repository root.
func frozenDir(root string) string { return filepath.Join(root, "testdata", "frozen") }

// frozenDumps lists the dumps of testdata/frozen/, sorted by name.
func frozenDumps(root string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(frozenDir(root), "*"+dumpSuffix))
	slices.Sort(files)
	return files, err
}

// dumpSet names the gold set of a dump from its file name: what precedes '@' (or the suffix).
func dumpSet(path string) string {
	name := strings.TrimSuffix(filepath.Base(path), dumpSuffix)
	set, _, _ := strings.Cut(name, "@")
	return set
}

// dumpLabel is the dump's name without its suffix: "<set>@<tag>".
func dumpLabel(path string) string {
	return strings.TrimSuffix(filepath.Base(path), dumpSuffix)
}

// readClaimsDump reads a dump of claims, one JSON object a line; blank lines are skipped.
func readClaimsDump(path string) ([]claims.Claim, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []claims.Claim
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
	for line := 1; sc.Scan(); line++ {
		b := sc.Bytes()
		if len(strings.TrimSpace(string(b))) == 0 {
			continue
		}
		var c claims.Claim
		if err := json.Unmarshal(b, &c); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		out = append(out, c)
	}
	return out, sc.Err()
}

// writeClaimsDump writes claims one JSON object a line.
func writeClaimsDump(path string, cs []claims.Claim) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for _, c := range cs {
		if err := enc.Encode(c); err != nil {
			f.Close()
			return err
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// dumpAnalyzer replays a dump: an article's claims are the dump's claims of that article id.
func dumpAnalyzer(cs []claims.Claim) analyzer {
	byArticle := map[string][]claims.Claim{}
	for _, c := range cs {
		byArticle[c.ArticleID] = append(byArticle[c.ArticleID], c)
	}
	return func(a schemas.Article) ([]claims.Claim, error) {
		return byArticle[a.ID], nil
	}
}

// recordingAnalyzer wraps analyze and keeps every claim it returns, in call order, for
// -dump-claims.
func recordingAnalyzer(analyze analyzer, into *[]claims.Claim) analyzer {
	return func(a schemas.Article) ([]claims.Claim, error) {
		cs, err := analyze(a)
		*into = append(*into, cs...)
		return cs, err
	}
}
