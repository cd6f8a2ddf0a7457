// Command tanaqud reads news articles, extracts normalized ceasefire claims and writes where the
// accounts disagree, as Parquet tables.
//
//	go run ./pipelines/tanaqud --input 'testdata/articles/*.txt' --output out
//
// It runs on prism by default; --runner=direct and --runner=dataflow work with the same binary.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"runtime/debug"
	"runtime/pprof"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/tanaqud/tanaqud/transforms/articles"
	"github.com/tanaqud/tanaqud/transforms/claims"
	"github.com/tanaqud/tanaqud/transforms/disagree"
	"github.com/tanaqud/tanaqud/transforms/ingest"
)

// globList is a flag taking one or more globs, comma-separated or repeated.
type globList []string

func (g *globList) String() string { return strings.Join(*g, ",") }

func (g *globList) Set(v string) error {
	for _, part := range strings.Split(v, ",") {
		if part = strings.TrimSpace(part); part != "" {
			*g = append(*g, part)
		}
	}
	return nil
}

var (
	inputs          globList
	output          = flag.String("output", "out", "Output directory (local path or gs://bucket/dir). Existing tanaqud tables in it are replaced.")
	sentences       = flag.Bool("sentences", false, "Also write sentences*.parquet with every sentence of every article.")
	shards          = flag.Int("shards", 2, "Parquet files per table.")
	eventGap        = flag.Duration("event_gap", disagree.DefaultEventGap, "Claims whose articles were published further apart than this, with no coverage between, belong to different events.")
	keepUnreliable  = flag.Bool("keep_unreliable_sides", false, "Keep a value one article alone tells, read only by extraction rules that were often wrong on coverage nobody had tuned them on (schemas/rule_precision.json), as a side of its disagreement that lowers the score, instead of showing it as neutral.")
	maxArticleBytes = flag.Int("max_article_bytes", articles.DefaultMaxArticleBytes, "Articles with a longer text are rejected.")
	gcPercent       = flag.Int("gc_percent", 200, "Garbage collector target (as GOGC) of this process and the workers prism runs in it: the job makes many short-lived strings, and 200 trades about 1.5x the heap for about half the collection work. 0, or GOGC set in the environment, keeps Go's setting.")
	cpuProfile      = flag.String("cpuprofile", "", "Write a pprof CPU profile of the whole run (prism runs its workers in this process) to this file.")
)

const defaultInput = "testdata/articles/*.txt"

func init() {
	flag.Var(&inputs, "input", "Input globs, comma-separated or repeated: *.txt (one article per file), *.jsonl[.gz], *.parquet; local or gs://. Default "+defaultInput+".")
}

func main() {
	flag.Parse()
	if *gcPercent > 0 && os.Getenv("GOGC") == "" {
		debug.SetGCPercent(*gcPercent)
	}
	beam.Init()
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			log.Fatalf("tanaqud: --cpuprofile: %v", err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatalf("tanaqud: --cpuprofile: %v", err)
		}
		defer pprof.StopCPUProfile()
	}
	if err := run(context.Background(), configFromFlags()); err != nil {
		log.Fatalf("tanaqud: %v", err)
	}
}

// configFromFlags is the Config of a run from the parsed command line (--input defaults to
// defaultInput).
func configFromFlags() Config {
	in := inputs
	if len(in) == 0 {
		in = globList{defaultInput}
	}
	return Config{Inputs: in, Output: strings.TrimSuffix(*output, "/"), Sentences: *sentences, Shards: *shards,
		MaxArticleBytes: *maxArticleBytes, EventGap: *eventGap, KeepUnreliable: *keepUnreliable}
}

func run(ctx context.Context, cfg Config) error {
	if cfg.Shards < 1 {
		return fmt.Errorf("--shards must be at least 1, got %d", cfg.Shards)
	}
	files, err := ingest.CheckInputs(ctx, cfg.Inputs)
	if err != nil {
		return err
	}
	if !dryRun() {
		if err := removeOldTables(ctx, cfg.Output); err != nil {
			return err
		}
	}
	warmUp()
	p, s := beam.NewPipelineWithRoot()
	Pipeline(s, cfg)
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		return err
	}
	summary := summarize(res)
	summary.Files = len(files)
	if !dryRun() {
		counts, err := countTables(ctx, cfg.Output)
		if err != nil {
			return fmt.Errorf("reading the tables back: %w", err)
		}
		summary.fromTables(counts)
	}
	fmt.Fprintln(os.Stdout, summary.String(cfg.Output))
	return nil
}

// warmUp builds the claim extractor in the background while the job is submitted and planned.
// prism and direct run the workers in this process, where the extractor is built once and
// shared (claims.Default), so its start-up (about half a second: lexicons, gazetteer, tries)
// leaves the job's critical path. Remote runners build their own; nothing is done for them.
func warmUp() {
	switch f := flag.Lookup("runner"); {
	case f == nil, f.Value.String() == "", f.Value.String() == "prism", f.Value.String() == "direct":
		go claims.Default()
	}
}

// dryRun reports whether the runner was asked only to print the job (Dataflow's --dry_run).
func dryRun() bool {
	f := flag.Lookup("dry_run")
	return f != nil && f.Value.String() == "true"
}
