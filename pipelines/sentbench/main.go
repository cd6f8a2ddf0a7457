// Command sentbench scores the sentence splitter (transforms/sentences) on the Universal
// Dependencies test sets in ../shared/bench (Arabic PUD, English EWT) and prints precision,
// recall and F1 per set. When the bench folder is absent it says so and exits 0.
//
//	go run ./pipelines/sentbench [-bench DIR] [-errors N]
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/tanaqud/tanaqud/transforms/sentences"
	"github.com/tanaqud/tanaqud/transforms/sentences/sentbench"
)

// benchSet is one UD test set and how its documents are rebuilt.
type benchSet struct {
	name, file string
	grouping   sentbench.Grouping
}

var sets = []benchSet{
	{"ar-pud", "ud-arabic-pud/ar_pud-ud-test.conllu", sentbench.BySentIDPrefix},
	{"en-ewt", "ud-english-ewt/en_ewt-ud-test.conllu", sentbench.ByNewdoc},
}

func main() {
	dir := flag.String("bench", "", "bench folder (default: ../shared/bench from the repository root)")
	showErrors := flag.Int("errors", 0, "print up to N mismatched sentences per set")
	flag.Parse()
	if *dir == "" {
		*dir = defaultBenchDir()
	}
	if err := run(os.Stdout, *dir, *showErrors); err != nil {
		fmt.Fprintln(os.Stderr, "sentbench:", err)
		os.Exit(1)
	}
}

// defaultBenchDir resolves ../shared/bench against the repository root (the nearest folder
// with a go.mod above the working directory).
func defaultBenchDir() string {
	wd, err := os.Getwd()
	if err != nil {
		return filepath.Join("..", "shared", "bench")
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return filepath.Join(d, "..", "shared", "bench")
		}
		if filepath.Dir(d) == d {
			return filepath.Join(wd, "..", "shared", "bench")
		}
	}
}

func run(out io.Writer, dir string, showErrors int) error {
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		fmt.Fprintf(out, "sentbench: bench folder %s is absent; skipping (see the project README)\n", dir)
		return nil
	}
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "set\tdocs\tgold\tpredicted\tcorrect\tprecision\trecall\tF1\t")
	var mismatches []string
	for _, set := range sets {
		path := filepath.Join(dir, set.file)
		f, err := os.Open(path)
		if errors.Is(err, fs.ErrNotExist) {
			fmt.Fprintf(tw, "%s\t(absent: %s)\t\t\t\t\t\t\t\n", set.name, path)
			continue
		}
		if err != nil {
			return err
		}
		docs, err := sentbench.ReadCoNLLU(f, set.grouping)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		var total sentbench.Score
		shown := 0
		for _, d := range docs {
			predicted := predict(d.Text)
			s := sentbench.ScoreDocument(d.Text, d.Gold, predicted)
			total.Add(s)
			if shown < showErrors && s.Correct < s.Gold {
				mismatches = append(mismatches, describe(set.name, d, predicted))
				shown++
			}
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%.4f\t%.4f\t%.4f\t\n", set.name, total.Docs, total.Gold,
			total.Predicted, total.Correct, total.Precision(), total.Recall(), total.F1())
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, m := range mismatches {
		fmt.Fprintln(out, m)
	}
	return nil
}

func predict(text string) []sentbench.Span {
	var spans []sentbench.Span
	for _, s := range sentences.Split(text) {
		spans = append(spans, sentbench.Span{Start: s.Start, End: s.End})
	}
	return spans
}

// describe lists gold sentences not predicted and predictions not in gold for one document.
func describe(set string, d sentbench.Document, predicted []sentbench.Span) string {
	in := func(spans []sentbench.Span) map[string]bool {
		m := map[string]bool{}
		for _, s := range spans {
			m[strings.TrimSpace(d.Text[s.Start:s.End])] = true
		}
		return m
	}
	goldSet, predSet := in(d.Gold), in(predicted)
	var b strings.Builder
	fmt.Fprintf(&b, "--- %s %s\n", set, d.ID)
	for _, s := range d.Gold {
		if t := strings.TrimSpace(d.Text[s.Start:s.End]); !predSet[t] {
			fmt.Fprintf(&b, "  gold: %q\n", t)
		}
	}
	for _, s := range predicted {
		if t := strings.TrimSpace(d.Text[s.Start:s.End]); !goldSet[t] {
			fmt.Fprintf(&b, "  pred: %q\n", t)
		}
	}
	return b.String()
}
