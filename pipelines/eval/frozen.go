package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
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
		var d dumpedClaim
		if err := json.Unmarshal(b, &d); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		d.Claim.Low, d.Claim.High = float64(d.Low), float64(d.High)
		out = append(out, d.Claim)
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
		if err := enc.Encode(dumpedClaim{Claim: c, Low: dumpFloat(c.Low), High: dumpFloat(c.High)}); err != nil {
			f.Close()
			os.Remove(path) // no half-written dump left to be read as a whole one
			return err
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// dumpedClaim is a claim as a dump line: JSON has no infinity, and an open numeric interval
// ("more than 60,000": [60000, +Inf)) is common, so its bounds are written as dumpFloat.
type dumpedClaim struct {
	claims.Claim
	Low  dumpFloat `json:"Low"`
	High dumpFloat `json:"High"`
}

// dumpFloat is a float64 whose infinities are written "inf" and "-inf".
type dumpFloat float64

func (f dumpFloat) MarshalJSON() ([]byte, error) {
	switch v := float64(f); {
	case math.IsInf(v, 1):
		return []byte(`"inf"`), nil
	case math.IsInf(v, -1):
		return []byte(`"-inf"`), nil
	default:
		return json.Marshal(v)
	}
}

func (f *dumpFloat) UnmarshalJSON(b []byte) error {
	var s string
	if json.Unmarshal(b, &s) == nil {
		switch s {
		case "inf":
			*f = dumpFloat(math.Inf(1))
		case "-inf":
			*f = dumpFloat(math.Inf(-1))
		default:
			return fmt.Errorf("bound %q is neither a number nor inf or -inf", s)
		}
		return nil
	}
	var v float64
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*f = dumpFloat(v)
	return nil
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
