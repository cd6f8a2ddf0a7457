// Command benchtable measures the job at several corpus sizes and prints a Markdown table: it
// generates (or reuses) corpora with gencorpus, runs the plain-Go loop (loopbench) on one core
// and on all cores, runs the pipeline binary on prism, and reports wall time, throughput, peak
// RSS, counts and the pipeline's overhead over the loop. `make bench` runs it.
//
//	go run ./pipelines/benchtable -sizes 1000,10000,100000 -dir out/bench
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

func main() {
	var cfg Config
	sizes := flag.String("sizes", "1000,10000,100000", "Corpus sizes in articles, comma-separated.")
	flag.StringVar(&cfg.Dir, "dir", "out/bench", "Working directory: binaries, cached corpora, outputs, bench.md.")
	flag.IntVar(&cfg.Files, "files", 4, "JSONL files per corpus.")
	flag.Uint64Var(&cfg.Seed, "seed", 1, "Corpus seed.")
	flag.BoolVar(&cfg.SkipPipeline, "skip_pipeline", false, "Only run the loop.")
	flag.BoolVar(&cfg.SkipLoop, "skip_loop", false, "Only run the pipeline.")
	flag.StringVar(&cfg.Runner, "runner", "prism", "Runner for the pipeline.")
	flag.IntVar(&cfg.Repeat, "repeat", 1, "Runs of each measurement; the fastest is reported.")
	flag.Parse()
	for _, s := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n <= 0 {
			log.Fatalf("benchtable: bad size %q", s)
		}
		cfg.Sizes = append(cfg.Sizes, n)
	}
	rows, env, err := Run(cfg)
	if err != nil {
		log.Fatalf("benchtable: %v", err)
	}
	table := Markdown(rows, env)
	fmt.Print(table)
	out := filepath.Join(cfg.Dir, "bench.md")
	if err := os.WriteFile(out, []byte(table), 0o644); err != nil {
		log.Fatalf("benchtable: %v", err)
	}
	fmt.Fprintf(os.Stderr, "benchtable: table written to %s\n", out)
}
