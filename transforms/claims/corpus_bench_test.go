package claims

import (
	"os"
	"testing"
)

// BenchmarkAnalyzeCorpus measures Analyze on a JSONL corpus named by TANAQUD_BENCH_CORPUS (for
// example a slice of the generated benchmark corpus, denser in claims than the seed articles).
// It is skipped when the variable is unset.
func BenchmarkAnalyzeCorpus(b *testing.B) {
	path := os.Getenv("TANAQUD_BENCH_CORPUS")
	if path == "" {
		b.Skip("TANAQUD_BENCH_CORPUS not set")
	}
	arts := loadTestArticles(b, path)
	if len(arts) == 0 {
		b.Fatalf("no articles in %s", path)
	}
	benchmarkAnalyze(b, arts)
}
