// Command eval scores the claim extractor and the comparison against the hand-written gold sets
// in testdata/gold/: claim precision, recall and F1 per topic, speaker accuracy on matched
// claims, and disagreement precision and recall, one table per set.
//
//	go run ./pipelines/eval [-set seeds] [-dev] [-v] [-min-f1 0.9] [-root .]
//
// A set whose folder holds a file named BLIND is a blind set: coverage written by someone who
// never saw the extractor, kept to measure how the rules transfer. -dev skips blind sets, so
// whoever works on the rules never sees their errors.
//
// It exits 0 even when targets are missed, unless -min-f1 is given and the micro claim F1 of a
// set falls below it (exit 1). Errors reading gold or articles exit 2.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"

	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/claims"
	"github.com/tanaqud/tanaqud/transforms/compare"
)

// analyzer extracts the claims of one article; the real one wraps the claims extractor, tests
// use fakes.
type analyzer func(schemas.Article) ([]claims.Claim, error)

func main() {
	root := flag.String("root", "", "repository root (default: the folder holding go.mod, found upwards from the working directory)")
	only := flag.String("set", "", "evaluate only this gold set (a folder name under testdata/gold)")
	verbose := flag.Bool("v", false, "list false positives, false negatives, wrong speakers, trap hits")
	minF1 := flag.Float64("min-f1", 0, "exit 1 when the micro claim F1 of any set is below this (0: never)")
	oracle := flag.Bool("oracle", false, "use the gold claims as predictions: scores the comparison stage alone")
	devOnly := flag.Bool("dev", false, "skip blind sets (folders holding a BLIND file): use it while working on the rules")
	flag.Parse()

	if *root == "" {
		r, err := findRoot()
		if err != nil {
			fmt.Fprintln(os.Stderr, "eval:", err)
			os.Exit(2)
		}
		*root = r
	}
	var analyze analyzer // nil: the oracle, built per set from its gold
	if !*oracle {
		var err error
		if analyze, err = newAnalyzer(); err != nil {
			fmt.Fprintln(os.Stderr, "eval: extractor:", err)
			os.Exit(2)
		}
	}
	failed, err := run(os.Stdout, *root, *only, *devOnly, *verbose, *minF1, analyze)
	if err != nil {
		fmt.Fprintln(os.Stderr, "eval:", err)
		os.Exit(2)
	}
	if failed {
		os.Exit(1)
	}
}

// run evaluates every gold set (or only one) and reports whether a set missed -min-f1. A nil
// analyze runs the oracle: the gold claims of each set stand in for the extractor's.
func run(w io.Writer, root, only string, devOnly, verbose bool, minF1 float64, analyze analyzer) (bool, error) {
	topics, err := readTopics(filepath.Join(root, "schemas", "topics.json"))
	if err != nil {
		return false, fmt.Errorf("topic schema: %w", err)
	}
	opts := topics.compareOptions()
	goldRoot := filepath.Join(root, "testdata", "gold")
	sets, err := discoverSets(goldRoot)
	if err != nil {
		return false, err
	}
	if only != "" {
		sets = []string{only}
	}
	if devOnly {
		sets = withoutBlind(goldRoot, sets)
	}
	if len(sets) == 0 {
		fmt.Fprintf(w, "no gold sets under %s (a set is a folder with claims.jsonl)\n", goldRoot)
		return false, nil
	}
	failed := false
	var results []SetResult
	for _, set := range sets {
		res, infos, err := evaluateSet(root, set, analyze, topics, opts)
		if err != nil {
			return false, fmt.Errorf("set %s: %w", set, err)
		}
		res.Blind = isBlind(goldRoot, set)
		printSet(w, res, infos, verbose)
		results = append(results, res)
		if f := res.Claims.Total.F1(); minF1 > 0 && !(f >= minF1) {
			fmt.Fprintf(w, "FAIL %s: claim F1 %s below -min-f1 %.2f\n", set, num(f), minF1)
			failed = true
		}
	}
	if len(results) > 1 {
		printSummary(w, results)
		if analyze != nil {
			mixed, err := evaluateMixed(root, sets, analyze, topics)
			if err != nil {
				return false, err
			}
			printMixed(w, mixed)
		}
	}
	return failed, nil
}

// evaluateSet reads one gold set and its articles, runs extraction and comparison, and scores.
func evaluateSet(root, set string, analyze analyzer, topics topicFile, opts compare.Options) (SetResult, map[string]ArticleInfo, error) {
	gold, err := readGold(set, filepath.Join(root, "testdata", "gold", set))
	if err != nil {
		return SetResult{}, nil, err
	}
	name := set
	if analyze == nil {
		analyze = oracleAnalyzer(gold.Claims, topics.kinds())
		name += " (oracle: gold claims as predictions)"
	}
	path, err := articlesPath(root, set)
	if err != nil {
		return SetResult{}, nil, err
	}
	arts, warnings, err := readArticles(path)
	if err != nil {
		return SetResult{}, nil, err
	}
	infos := map[string]ArticleInfo{}
	var predicted []claims.Claim
	for _, a := range arts {
		infos[a.ID] = ArticleInfo{Text: a.Text, Source: a.Source}
		cs, err := safeAnalyze(analyze, a)
		if err != nil {
			warnings = append(warnings, fmt.Sprintf("article %s: %v", a.ID, err))
			continue
		}
		predicted = append(predicted, cs...)
	}
	res := SetResult{
		Name:          name,
		Articles:      len(arts),
		Claims:        scoreClaims(infos, gold.Claims, gold.Traps, predicted),
		Disagreements: scoreDisagreements(gold.Disagreements, gold.NotDisagreements, disagreementsOf(predicted, opts)),
	}
	res.Warnings = append(warnings, res.Claims.Warnings...)
	return res, infos, nil
}

// safeAnalyze turns a panic of the extractor on one article into an error, so that one bad
// article does not hide the scores of the others.
func safeAnalyze(analyze analyzer, a schemas.Article) (cs []claims.Claim, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("extractor panicked: %v\n%s", r, debug.Stack())
		}
	}()
	return analyze(a)
}

// findRoot walks up from the working directory to the folder holding go.mod.
func findRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory; pass -root")
		}
		dir = parent
	}
}
