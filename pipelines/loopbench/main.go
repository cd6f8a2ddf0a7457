// Command loopbench runs the pipeline's per-article work as a plain Go loop with no Beam: read
// files → articles.Parse → claims.Extractor.Analyze → one compare.Accumulator per (event, topic,
// subject) → disagreements. It is the floor cost of the work, against which the Beam job's
// overhead is measured (make bench).
//
//	go run ./pipelines/loopbench -input 'out/bench/10k/*.jsonl' -workers 1
//
// It prints one JSON object: counts, wall seconds, MB/s, articles/s and peak RSS.
package main

import (
	"encoding/json"
	"flag"
	"log"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"

	"github.com/tanaqud/tanaqud/transforms/compare"
)

func main() {
	input := flag.String("input", "", "Comma-separated globs of input files (.jsonl, .txt, .parquet).")
	workers := flag.Int("workers", 0, "Analysis goroutines; 0 means GOMAXPROCS (all cores).")
	maxArticleBytes := flag.Int("max_article_bytes", 0, "Articles with a longer text are rejected; 0 means the pipeline's default.")
	eventGap := flag.Duration("event_gap", compare.DefaultEventGap, "Claims of one key published further apart than this, with no coverage between, are compared separately (as the job's --event_gap).")
	cpuProfile := flag.String("cpuprofile", "", "Write a pprof CPU profile to this file.")
	memProfile := flag.String("memprofile", "", "Write a pprof allocation profile to this file at the end (go tool pprof -sample_index=alloc_space).")
	flag.Parse()
	if *input == "" {
		log.Fatal("loopbench: -input is required")
	}
	if *workers <= 0 {
		*workers = runtime.GOMAXPROCS(0)
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			log.Fatalf("loopbench: %v", err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatalf("loopbench: %v", err)
		}
		defer pprof.StopCPUProfile()
	}
	res, err := Run(Config{Globs: strings.Split(*input, ","), Workers: *workers, MaxArticleBytes: *maxArticleBytes, EventGap: *eventGap})
	if err != nil {
		log.Fatalf("loopbench: %v", err)
	}
	if *memProfile != "" {
		f, err := os.Create(*memProfile)
		if err != nil {
			log.Fatalf("loopbench: %v", err)
		}
		if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
			log.Fatalf("loopbench: %v", err)
		}
		f.Close()
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(res); err != nil {
		log.Fatal(err)
	}
}
