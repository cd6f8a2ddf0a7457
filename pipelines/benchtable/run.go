package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Config says which corpora to measure and how.
type Config struct {
	Sizes                  []int
	Dir                    string
	Files                  int
	Seed                   uint64
	SkipPipeline, SkipLoop bool
	Runner                 string
	Repeat                 int // runs of each measurement; the fastest is kept (others share the machine)
}

// Row is one line of the table: one corpus size.
type Row struct {
	Articles      int
	InputBytes    int64
	Pipeline      *Measure // nil when skipped
	Claims        int64
	Disagreements int64
	LoopAll       *LoopResult
	LoopOne       *LoopResult
}

// Measure is one run of the pipeline binary.
type Measure struct {
	WallSeconds, CPUSeconds float64
	PeakRSSBytes            int64
}

// LoopResult is what loopbench prints (a subset).
type LoopResult struct {
	Workers                int     `json:"workers"`
	InputBytes             int64   `json:"input_bytes"`
	Read                   int64   `json:"read"`
	Claims                 int64   `json:"claims"`
	Disagreements          int64   `json:"disagreements"`
	WallSeconds            float64 `json:"wall_seconds"`
	AnalyzeMBPerCoreSecond float64 `json:"analyze_mb_per_core_second"`
	PeakRSSBytes           int64   `json:"peak_rss_bytes"`
	CPUSeconds             float64 `json:"cpu_seconds"`
	MBPerCPUSecond         float64 `json:"mb_per_cpu_second"`
}

// Env is what the numbers were measured on.
type Env struct {
	CPUs                int
	GoVersion           string
	LoadBefore, LoadEnd string
	Command             string
	Repeat              int
}

// Run builds the binaries, prepares the corpora and measures every size.
func Run(cfg Config) ([]Row, Env, error) {
	env := Env{CPUs: runtime.NumCPU(), GoVersion: runtime.Version(), LoadBefore: loadAvg(), Command: strings.TrimSpace("go run ./pipelines/benchtable " + strings.Join(os.Args[1:], " ")), Repeat: max(1, cfg.Repeat)}
	bin := filepath.Join(cfg.Dir, "bin")
	if err := os.MkdirAll(bin, 0o755); err != nil {
		return nil, env, err
	}
	for _, cmd := range []string{"gencorpus", "loopbench", "tanaqud"} {
		if cmd == "tanaqud" && cfg.SkipPipeline {
			continue
		}
		logf("building %s", cmd)
		if out, err := exec.Command("go", "build", "-o", filepath.Join(bin, cmd), "./pipelines/"+cmd).CombinedOutput(); err != nil {
			return nil, env, fmt.Errorf("go build ./pipelines/%s: %v\n%s", cmd, err, out)
		}
	}
	var rows []Row
	for _, n := range cfg.Sizes {
		corpus, size, err := ensureCorpus(cfg, bin, n)
		if err != nil {
			return nil, env, err
		}
		glob := filepath.Join(corpus, "articles-*.jsonl")
		row := Row{Articles: n, InputBytes: size}
		if !cfg.SkipLoop {
			for _, workers := range []int{1, 0} {
				var lr LoopResult
				for rep := 0; rep < max(1, cfg.Repeat); rep++ {
					logf("%d articles: plain loop, workers=%d", n, workers)
					out, _, err := run(filepath.Join(bin, "loopbench"), "-input", glob, "-workers", strconv.Itoa(workers))
					if err != nil {
						return nil, env, err
					}
					var try LoopResult
					if err := json.Unmarshal(out, &try); err != nil {
						return nil, env, fmt.Errorf("loopbench output: %v", err)
					}
					if rep == 0 || try.WallSeconds < lr.WallSeconds {
						lr = try
					}
				}
				if workers == 1 {
					row.LoopOne = &lr
				} else {
					row.LoopAll = &lr
				}
				row.Claims, row.Disagreements = lr.Claims, lr.Disagreements
			}
		}
		if !cfg.SkipPipeline {
			outDir := filepath.Join(cfg.Dir, fmt.Sprintf("out-%d", n))
			for rep := 0; rep < max(1, cfg.Repeat); rep++ {
				logf("%d articles: pipeline on %s", n, cfg.Runner)
				os.RemoveAll(outDir)
				out, m, err := run(filepath.Join(bin, "tanaqud"), "--input", glob, "--output", outDir, "--runner", cfg.Runner)
				if err != nil {
					return nil, env, err
				}
				if row.Pipeline == nil || m.WallSeconds < row.Pipeline.WallSeconds {
					row.Pipeline = &m
				}
				if c, d, ok := parseSummary(string(out)); ok {
					row.Claims, row.Disagreements = c, d
				}
			}
		}
		rows = append(rows, row)
	}
	env.LoadEnd = loadAvg()
	return rows, env, nil
}

// ensureCorpus reuses <dir>/corpus-<n>-seed<seed>-files<files> when its manifest matches.
func ensureCorpus(cfg Config, bin string, n int) (string, int64, error) {
	dir := filepath.Join(cfg.Dir, fmt.Sprintf("corpus-%d-seed%d-files%d", n, cfg.Seed, cfg.Files))
	args := []string{"-n", strconv.Itoa(n), "-out", dir, "-files", strconv.Itoa(cfg.Files), "-seed", strconv.FormatUint(cfg.Seed, 10)}
	type manifest struct {
		Config     map[string]any
		JSONLBytes int64
	}
	read := func() (manifest, bool) {
		var m manifest
		b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
		if err != nil || json.Unmarshal(b, &m) != nil {
			return m, false
		}
		want := map[string]any{"N": float64(n), "Files": float64(cfg.Files), "Seed": float64(cfg.Seed)}
		for k, v := range want {
			if !reflect.DeepEqual(m.Config[k], v) {
				return m, false
			}
		}
		return m, true
	}
	if m, ok := read(); ok {
		logf("%d articles: reusing %s", n, dir)
		return dir, m.JSONLBytes, nil
	}
	logf("%d articles: generating %s", n, dir)
	os.RemoveAll(dir)
	if _, _, err := run(filepath.Join(bin, "gencorpus"), args...); err != nil {
		return "", 0, err
	}
	m, ok := read()
	if !ok {
		return "", 0, fmt.Errorf("gencorpus wrote no usable manifest in %s", dir)
	}
	return dir, m.JSONLBytes, nil
}

// run executes a command and measures its wall time, CPU time and peak RSS (the child's
// getrusage high-water mark).
func run(name string, args ...string) ([]byte, Measure, error) {
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	m := Measure{WallSeconds: time.Since(start).Seconds()}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok && ru != nil {
		m.PeakRSSBytes = ru.Maxrss * 1024
		m.CPUSeconds = tv(ru.Utime) + tv(ru.Stime)
	}
	if err != nil {
		tail := stderr.String()
		if len(tail) > 2000 {
			tail = tail[len(tail)-2000:]
		}
		return nil, m, fmt.Errorf("%s %s: %v\n%s", name, strings.Join(args, " "), err, tail)
	}
	return stdout.Bytes(), m, nil
}

func tv(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }

var summaryRE = regexp.MustCompile(`(\d+) claims; (\d+) disagreements`)

// parseSummary reads the counts from the job's last line.
func parseSummary(out string) (claims, disagreements int64, ok bool) {
	m := summaryRE.FindStringSubmatch(out)
	if m == nil {
		return 0, 0, false
	}
	c, _ := strconv.ParseInt(m[1], 10, 64)
	d, _ := strconv.ParseInt(m[2], 10, 64)
	return c, d, true
}

func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "benchtable: "+format+"\n", args...)
}
