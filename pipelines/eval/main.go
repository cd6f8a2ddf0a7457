// Command eval scores the claim extractor and the comparison against the hand-written gold sets
// in testdata/gold/: claim precision, recall and F1 per topic, speaker accuracy on matched
// claims, and disagreement precision and recall, one table per set.
//
//	go run ./pipelines/eval [-set seeds] [-dev] [-v] [-min-f1 0.9] [-root .]
//	go run ./pipelines/eval -dev -frozen [-v]           # the comparison on frozen claim dumps
//	go run ./pipelines/eval -dev -claims F.claims.jsonl # one dump, its set named by the file
//	go run ./pipelines/eval -dev -dump-claims DIR       # write <set>@<tag>.claims.jsonl dumps
//	go run ./pipelines/eval -dev -frozen -write-rule-precision schemas/rule_precision.json
//	go run ./pipelines/eval -dev -frozen -leave-one-out [-set-aside-unreliable=false]
//
// -frozen and -claims replace the extractor by dumps of its past output (testdata/frozen/): the
// claim scores are those of the dump, the disagreements those of today's comparison on it.
//
// The comparison reads schemas/rule_precision.json (how often each rule was right on the frozen
// dumps; see rules.go): a value one article alone tells, read only by rules under its
// threshold, is shown as neutral, out of the dispute, as the job does (transforms/compare,
// reliability.go), or with -set-aside-unreliable=false stays a side that lowers the score. -write-rule-precision writes
// that table from the dumps scored; -leave-one-out (dumps only) scores each dump with the table
// of the other sets' dumps, the honest reading of a table computed from the dumps themselves.
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
	"slices"
	"strings"

	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/claims"
	"github.com/tanaqud/tanaqud/transforms/compare"
)

// analyzer extracts the claims of one article; the real one wraps the claims extractor, tests
// use fakes.
type analyzer func(schemas.Article) ([]claims.Claim, error)

func main() {
	root := flag.String("root", "", "repository root (default: the folder holding go.mod, found upwards from the working directory)")
	only := flag.String("set", "", "evaluate only these gold sets (comma-separated folder names under testdata/gold)")
	skip := flag.String("skip", "", "leave out these gold sets (comma-separated), e.g. one still being written")
	verbose := flag.Bool("v", false, "list false positives, false negatives, wrong speakers, trap hits")
	minF1 := flag.Float64("min-f1", 0, "exit 1 when the micro claim F1 of any set is below this (0: never)")
	oracle := flag.Bool("oracle", false, "use the gold claims as predictions: scores the comparison stage alone")
	devOnly := flag.Bool("dev", false, "skip blind sets (folders holding a BLIND file): use it while working on the rules")
	claimsFiles := flag.String("claims", "", "comma-separated claim dumps (<set>@<tag>.claims.jsonl, one JSON claims.Claim a line) to score instead of running the extractor")
	frozen := flag.Bool("frozen", false, "score every dump in testdata/frozen/ instead of running the extractor")
	dumpDir := flag.String("dump-claims", "", "write each set's predicted claims to DIR/<set>@<tag>.claims.jsonl")
	dumpTag := flag.String("dump-tag", "current", "the tag of -dump-claims file names (e.g. a commit)")
	withoutOwn := flag.Bool("without-own-gazetteer", false, "extract each set with its own gazetteer file (schemas/gazetteer/<set>.json) hidden: what coverage of a war nobody has written a file for gets (no pooled run)")
	writePrecision := flag.String("write-rule-precision", "", "write the per-rule precision of the dumps' claims against gold to this file (with -frozen: schemas/rule_precision.json)")
	leaveOneOut := flag.Bool("leave-one-out", false, "with dumps: compare each dump with the rule precision table of the other sets' dumps, not schemas/rule_precision.json (no pooled run)")
	setAside := flag.Bool("set-aside-unreliable", true, "show a value one article alone tells, read only by unreliable rules, as neutral, out of the dispute, as the job does; =false keeps it a side that lowers the score (the job's --keep_unreliable_sides)")
	flag.Parse()

	if *root == "" {
		r, err := findRoot()
		if err != nil {
			fmt.Fprintln(os.Stderr, "eval:", err)
			os.Exit(2)
		}
		*root = r
	}
	cfg := runConfig{only: *only, skip: *skip, devOnly: *devOnly, verbose: *verbose, minF1: *minF1, dumpDir: *dumpDir, dumpTag: *dumpTag, withoutOwnGazetteer: *withoutOwn,
		writePrecision: *writePrecision, leaveOneOut: *leaveOneOut, keepUnreliable: !*setAside}
	if *claimsFiles != "" {
		cfg.dumps = strings.Split(*claimsFiles, ",")
	}
	if *frozen {
		files, err := frozenDumps(*root)
		if err != nil || len(files) == 0 {
			fmt.Fprintln(os.Stderr, "eval: no frozen dumps under", frozenDir(*root), err)
			os.Exit(2)
		}
		cfg.dumps = append(cfg.dumps, files...)
		cfg.filterDumps = true
	}
	var analyze analyzer // nil: the oracle, built per set from its gold
	if !*oracle && len(cfg.dumps) == 0 {
		var err error
		if analyze, err = newAnalyzer(); err != nil {
			fmt.Fprintln(os.Stderr, "eval: extractor:", err)
			os.Exit(2)
		}
	}
	cfg.analyze = analyze
	failed, err := runWith(os.Stdout, *root, cfg)
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
	return runWith(w, root, runConfig{only: only, devOnly: devOnly, verbose: verbose, minF1: minF1, analyze: analyze})
}

// runConfig is what one evaluation run is asked to do.
type runConfig struct {
	only             string // comma-separated gold sets, or every set
	skip             string // comma-separated gold sets to leave out (a set being written)
	devOnly, verbose bool
	minF1            float64
	analyze          analyzer // nil: the oracle
	// dumps are claim dumps to score instead of running analyze (each on the set its file names,
	// or on only when it is given).
	dumps []string
	// filterDumps: -frozen, so -set keeps the dumps of the sets it names (with -claims alone and
	// one set, the dump is scored on that set).
	filterDumps      bool
	dumpDir, dumpTag string // write each set's predicted claims there (-dump-claims)
	// withoutOwnGazetteer extracts each set with its own gazetteer file hidden
	// (-without-own-gazetteer); the extractor, not the dumps or the oracle.
	withoutOwnGazetteer bool
	// writePrecision: write the rule precision table of the dumps scored there
	// (-write-rule-precision; dumps only).
	writePrecision string
	// leaveOneOut compares each dump with the table of the other sets' dumps (-leave-one-out;
	// dumps only).
	leaveOneOut bool
	// keepUnreliable keeps unsure values as sides that lower the score instead of setting them
	// aside (compare.Options.SetAsideUnreliable off; -set-aside-unreliable=false).
	keepUnreliable bool
}

// job is one set to score and where its claims come from.
type job struct {
	set, label string
	note       string // what the set's name is followed by in the report
	analyze    analyzer
}

// runWith evaluates the sets (or the dumps) cfg names and reports whether a set missed -min-f1.
func runWith(w io.Writer, root string, cfg runConfig) (bool, error) {
	only, devOnly, verbose, minF1, analyze := cfg.only, cfg.devOnly, cfg.verbose, cfg.minF1, cfg.analyze
	topics, err := readTopics(filepath.Join(root, "schemas", "topics.json"))
	if err != nil {
		return false, fmt.Errorf("topic schema: %w", err)
	}
	opts := topics.compareOptions()
	opts.SetAsideUnreliable = !cfg.keepUnreliable
	if (cfg.leaveOneOut || cfg.writePrecision != "") && len(cfg.dumps) == 0 {
		return false, errors.New("-leave-one-out and -write-rule-precision read claim dumps: give -frozen or -claims")
	}
	goldRoot := filepath.Join(root, "testdata", "gold")
	sets, err := discoverSets(goldRoot)
	if err != nil {
		return false, err
	}
	if only != "" {
		sets = strings.Split(only, ",")
	}
	jobs, err := jobsOf(sets, cfg)
	if err != nil {
		return false, err
	}
	if devOnly {
		jobs = slices.DeleteFunc(jobs, func(j job) bool { return isBlind(goldRoot, j.set) })
	}
	if cfg.skip != "" {
		skip := strings.Split(cfg.skip, ",")
		jobs = slices.DeleteFunc(jobs, func(j job) bool { return slices.Contains(skip, j.set) })
	}
	if len(jobs) == 0 {
		fmt.Fprintf(w, "no gold sets under %s (a set is a folder with claims.jsonl)\n", goldRoot)
		return false, nil
	}
	var perSet map[string]map[string]schemas.RuleRecord // rule counts by set, for -leave-one-out
	var all schemas.RulePrecision                       // the table of every dump
	if cfg.leaveOneOut {
		if perSet, err = ruleCountsBySet(root, jobs, topics, opts); err != nil {
			return false, err
		}
		total := map[string]schemas.RuleRecord{}
		for _, c := range perSet {
			addCounts(total, c)
		}
		all = schemas.NewRulePrecision(total, topics.precision)
		fmt.Fprintf(w, "rule precision: each dump compared with the table of the other %d sets' dumps (leave one set out), not %s\n\n", len(perSet)-1, rulePrecisionFile)
	}
	failed := false
	var results []SetResult
	counts := map[string]schemas.RuleRecord{}
	sets = sets[:0]
	for _, j := range jobs {
		setOpts := opts
		if cfg.leaveOneOut {
			setOpts.UnreliableRules = all.Without(perSet[j.set]).Unreliable()
		}
		var recorded []claims.Claim
		setAnalyze := j.analyze
		if cfg.dumpDir != "" && setAnalyze != nil {
			setAnalyze = recordingAnalyzer(setAnalyze, &recorded)
		}
		res, infos, err := evaluateSet(root, j.set, setAnalyze, topics, setOpts)
		if err != nil {
			return false, fmt.Errorf("set %s: %w", j.label, err)
		}
		addCounts(counts, ruleCounts(res.Claims))
		if j.label != j.set {
			res.Name = j.label + " (claims from a dump)"
		}
		res.Name += j.note
		res.Blind = isBlind(goldRoot, j.set)
		printSet(w, res, infos, verbose)
		results = append(results, res)
		if !slices.Contains(sets, j.set) {
			sets = append(sets, j.set)
		}
		if f := res.Claims.Total.F1(); minF1 > 0 && !(f >= minF1) {
			fmt.Fprintf(w, "FAIL %s: claim F1 %s below -min-f1 %.2f\n", j.label, num(f), minF1)
			failed = true
		}
		if cfg.dumpDir != "" && setAnalyze != nil {
			path := filepath.Join(cfg.dumpDir, j.set+"@"+cfg.dumpTag+dumpSuffix)
			if err := writeClaimsDump(path, recorded); err != nil {
				return false, err
			}
		}
	}
	if cfg.writePrecision != "" {
		like := topics.precision
		if like.PriorWeight == 0 && like.SetAsideBelow == 0 {
			like = defaultRulePrecision
		}
		if err := writeRulePrecision(cfg.writePrecision, schemas.NewRulePrecision(counts, like)); err != nil {
			return false, err
		}
	}
	if len(results) > 1 {
		printSummary(w, results)
		printRanking(w, results, verbose)
		if cfg.withoutOwnGazetteer {
			analyze = nil // one feed has no one set's file to hide
		}
		// The pooled run has no one set to leave out: none with -leave-one-out.
		if analyze = pooledAnalyzer(jobs, analyze, len(cfg.dumps) > 0); analyze != nil && !cfg.leaveOneOut {
			mixed, err := evaluateMixedWith(root, sets, analyze, topics, opts)
			if err != nil {
				return false, err
			}
			printMixed(w, mixed, verbose)
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
	predicted = resolveSides(predicted)
	res := SetResult{
		Name:          name,
		Articles:      len(arts),
		Claims:        scoreClaims(infos, gold.Claims, gold.Traps, predicted),
		Disagreements: scoreDisagreements(gold.Disagreements, gold.NotDisagreements, disagreementsOf(predicted, opts)),
	}
	joined := joinEvents(predicted)
	res.Disagreements.OutOfReach, res.Disagreements.OutOfReachSilent = outOfReach(gold.Disagreements, joined)
	res.Disagreements.Misses = missCauses(res.Disagreements.FalseNegatives, joined)
	res.Warnings = append(warnings, res.Claims.Warnings...)
	res.Predicted = make(map[string]claims.Claim, len(predicted))
	for _, c := range predicted {
		res.Predicted[c.ID] = c
	}
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

// jobsOf pairs each set with where its claims come from: the dumps when cfg names some, else
// cfg.analyze on every set.
func jobsOf(sets []string, cfg runConfig) ([]job, error) {
	if len(cfg.dumps) == 0 {
		jobs := make([]job, len(sets))
		for i, s := range sets {
			jobs[i] = job{set: s, label: s, analyze: cfg.analyze}
			if cfg.withoutOwnGazetteer && cfg.analyze != nil {
				a, err := newAnalyzerWithoutGazetteer(s)
				if err != nil {
					return nil, err
				}
				jobs[i] = job{set: s, label: s, note: " (without " + ownGazetteer(s) + ")", analyze: a}
			}
		}
		return jobs, nil
	}
	var jobs []job
	for _, path := range cfg.dumps {
		cs, err := readClaimsDump(path)
		if err != nil {
			return nil, err
		}
		set := dumpSet(path)
		if cfg.only != "" {
			if cfg.filterDumps || len(cfg.dumps) > 1 || strings.Contains(cfg.only, ",") {
				if !slices.Contains(strings.Split(cfg.only, ","), set) {
					continue // -frozen -set S: only S's dumps
				}
			} else {
				set = cfg.only // one dump scored on the set -set names
			}
		}
		jobs = append(jobs, job{set: set, label: dumpLabel(path), analyze: dumpAnalyzer(cs)})
	}
	return jobs, nil
}

// pooledAnalyzer is what the pooled run extracts with: analyze itself, or for dumps the union of
// the dumps' claims when each set has one dump (two of one set would repeat its articles); nil
// (no pooled run) otherwise and for the oracle.
func pooledAnalyzer(jobs []job, analyze analyzer, fromDumps bool) analyzer {
	if analyze != nil || len(jobs) == 0 || !fromDumps {
		return analyze
	}
	seen := map[string]bool{}
	for _, j := range jobs {
		if seen[j.set] {
			return nil
		}
		seen[j.set] = true
	}
	return func(a schemas.Article) ([]claims.Claim, error) {
		var out []claims.Claim
		for _, j := range jobs {
			cs, _ := j.analyze(a)
			out = append(out, cs...)
		}
		return out, nil
	}
}

// ruleCountsBySet scores every job's claims once and counts them per rule, by set (two dumps of
// one set add up): what -leave-one-out subtracts from the table of every dump.
func ruleCountsBySet(root string, jobs []job, topics topicFile, opts compare.Options) (map[string]map[string]schemas.RuleRecord, error) {
	out := map[string]map[string]schemas.RuleRecord{}
	for _, j := range jobs {
		res, _, err := evaluateSet(root, j.set, j.analyze, topics, opts)
		if err != nil {
			return nil, fmt.Errorf("set %s: %w", j.label, err)
		}
		if out[j.set] == nil {
			out[j.set] = map[string]schemas.RuleRecord{}
		}
		addCounts(out[j.set], ruleCounts(res.Claims))
	}
	return out, nil
}
