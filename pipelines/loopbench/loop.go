package main

import (
	"os"
	"sort"
	"sync"
	"syscall"
	"time"

	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/articles"
	"github.com/tanaqud/tanaqud/transforms/claims"
	"github.com/tanaqud/tanaqud/transforms/compare"
)

// Config says what one loop run reads and with how many goroutines.
type Config struct {
	Globs           []string
	Workers         int
	MaxArticleBytes int
	EventGap        time.Duration // 0 means compare.DefaultEventGap
}

// Result is what a run measured. Field names match the bench table's columns.
type Result struct {
	Files          int     `json:"files"`
	Workers        int     `json:"workers"`
	InputBytes     int64   `json:"input_bytes"`
	TextBytes      int64   `json:"text_bytes"`
	Read           int64   `json:"read"`
	Rejected       int64   `json:"rejected"`
	Analyzed       int64   `json:"analyzed"`
	Claims         int64   `json:"claims"`
	Keys           int     `json:"keys"`
	Disagreements  int     `json:"disagreements"`
	WallSeconds    float64 `json:"wall_seconds"`
	AnalyzeSeconds float64 `json:"analyze_seconds"` // summed over workers: time inside Analyze
	MBPerSecond    float64 `json:"mb_per_second"`   // input MB / wall
	ArticlesPerSec float64 `json:"articles_per_second"`
	// AnalyzeMBPerCoreSecond is article text MB per second of one goroutine inside Analyze:
	// the per-core speed of the per-article work (normalize + split + extract).
	AnalyzeMBPerCoreSecond float64 `json:"analyze_mb_per_core_second"`
	PeakRSSBytes           int64   `json:"peak_rss_bytes"`
	// CPUSeconds is the process's user+system time; MBPerCPUSecond divides the input by it,
	// which stays meaningful when other processes share the cores.
	CPUSeconds     float64 `json:"cpu_seconds"`
	MBPerCPUSecond float64 `json:"mb_per_cpu_second"`
}

// batchSize articles travel together between the readers and the analysis goroutines, so the
// channel costs nothing next to the work.
const batchSize = 64

// shard is what one analysis goroutine accumulates.
type shard struct {
	accs                       map[string]*compare.Bursts
	links                      *compare.EventLinks
	analyzed, claims, rejected int64
	textBytes                  int64
	analyzeTime                time.Duration
	gap                        int64 // event gap in microseconds
}

// Run reads, analyzes and compares every article of the globs.
func Run(cfg Config) (Result, error) {
	start := time.Now()
	res := Result{Workers: cfg.Workers}
	files, err := articles.LocalFiles(cfg.Globs)
	if err != nil {
		return res, err
	}
	res.Files = len(files)
	for _, f := range files {
		if st, err := os.Stat(f); err == nil {
			res.InputBytes += st.Size()
		}
	}
	x, err := claims.Default()
	if err != nil {
		return res, err
	}
	data, err := schemas.Load()
	if err != nil {
		return res, err
	}
	opts := compare.OptionsFromData(data)
	gap := cfg.EventGap
	if gap <= 0 {
		gap = compare.DefaultEventGap
	}

	batches := make(chan []schemas.Article, 2*cfg.Workers)
	var readMu sync.Mutex
	readers := min(cfg.Workers, len(files))
	var rwg sync.WaitGroup
	next := make(chan string, len(files))
	for _, f := range files {
		next <- f
	}
	close(next)
	for range readers {
		rwg.Add(1)
		go func() {
			defer rwg.Done()
			var read, rejected int64
			for path := range next {
				read, rejected = readFile(path, cfg.MaxArticleBytes, batches, read, rejected)
			}
			readMu.Lock()
			res.Read += read
			res.Rejected += rejected
			readMu.Unlock()
		}()
	}
	go func() { rwg.Wait(); close(batches) }()

	shards := make([]*shard, cfg.Workers)
	var wg sync.WaitGroup
	for w := range shards {
		sh := &shard{accs: map[string]*compare.Bursts{}, links: compare.NewEventLinks(gap.Microseconds()), gap: gap.Microseconds()}
		shards[w] = sh
		wg.Add(1)
		go func() {
			defer wg.Done()
			for batch := range batches {
				for _, a := range batch {
					sh.analyze(x, a)
				}
			}
		}()
	}
	wg.Wait()

	// Merge the goroutines' bursts key by key, as the combiner does after the shuffle, and
	// their evidence of which events are one war, as the join's global combine does.
	merged := map[string]*compare.Bursts{}
	links := compare.NewEventLinks(gap.Microseconds())
	var analyzeTime time.Duration
	for _, sh := range shards {
		links.Merge(sh.links)
		res.Analyzed += sh.analyzed
		res.Claims += sh.claims
		res.Rejected += sh.rejected
		res.TextBytes += sh.textBytes
		analyzeTime += sh.analyzeTime
		for k, b := range sh.accs {
			if m := merged[k]; m != nil {
				m.Merge(*b)
			} else {
				merged[k] = b
			}
		}
	}
	merged = links.Join().JoinBursts(merged)
	keys := make([]string, 0, len(merged))
	for k := range merged {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, b := range merged[k].List {
			acc := b.Acc.Result()
			res.Disagreements += len(acc.DisagreementsWith(opts))
		}
	}
	res.Keys = len(keys)

	res.WallSeconds = time.Since(start).Seconds()
	res.AnalyzeSeconds = analyzeTime.Seconds()
	res.MBPerSecond = float64(res.InputBytes) / 1e6 / res.WallSeconds
	res.ArticlesPerSec = float64(res.Read) / res.WallSeconds
	if res.AnalyzeSeconds > 0 {
		res.AnalyzeMBPerCoreSecond = float64(res.TextBytes) / 1e6 / res.AnalyzeSeconds
	}
	res.PeakRSSBytes, res.CPUSeconds = usage()
	if res.CPUSeconds > 0 {
		res.MBPerCPUSecond = float64(res.InputBytes) / 1e6 / res.CPUSeconds
	}
	return res, nil
}

// analyze is the per-article work of the pipeline's analyze step, plus the combiner's AddInput.
// A panic costs the article, not the run, as in the DoFn.
func (sh *shard) analyze(x *claims.Extractor, a schemas.Article) {
	defer func() {
		if r := recover(); r != nil {
			sh.rejected++
		}
	}()
	t0 := time.Now()
	out := x.Analyze(a)
	sh.analyzeTime += time.Since(t0)
	sh.analyzed++
	sh.textBytes += int64(len(a.Text))
	sh.claims += int64(len(out.Claims))
	sh.links.AddClaims(out.Claims)
	for _, c := range out.Claims {
		k := compare.KeyOf(c).String()
		b := sh.accs[k]
		if b == nil {
			b = &compare.Bursts{}
			sh.accs[k] = b
		}
		b.Add(c, sh.gap)
	}
}

// readFile parses one file and sends its articles in batches; it returns the running counts.
func readFile(path string, maxBytes int, out chan<- []schemas.Article, read, rejected int64) (int64, int64) {
	f, err := os.Open(path)
	if err != nil {
		return read + 1, rejected + 1
	}
	defer f.Close()
	batch := make([]schemas.Article, 0, batchSize)
	sink := articles.Sink{
		Article: func(a schemas.Article) {
			read++
			batch = append(batch, a)
			if len(batch) == batchSize {
				out <- batch
				batch = make([]schemas.Article, 0, batchSize)
			}
		},
		Reject: func(schemas.RejectRow) { read++; rejected++ },
	}
	if err := articles.Parse(path, f, articles.Limits{MaxArticleBytes: maxBytes}, sink); err != nil {
		rejected++
	}
	if len(batch) > 0 {
		out <- batch
	}
	return read, rejected
}

// usage returns the process's high-water resident set size and its CPU time so far.
func usage() (int64, float64) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, 0
	}
	cpu := float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
	return ru.Maxrss * 1024, cpu // Maxrss is in kilobytes on Linux
}
