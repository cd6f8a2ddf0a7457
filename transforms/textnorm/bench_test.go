package textnorm

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tanaqud/tanaqud/schemas"
)

// seedText concatenates the seed articles: the throughput corpus.
func seedText(tb testing.TB) string {
	paths, err := filepath.Glob("../../testdata/articles/*.txt")
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no seed articles: %v", err)
	}
	var b strings.Builder
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		b.Write(data)
		b.WriteString("\n\n")
	}
	return b.String()
}

func BenchmarkNormalize(b *testing.B) {
	benchmarkNormalize(b, testVocabulary)
}

// benchmarkNormalize reports Normalize's throughput on the seed text with a vocabulary.
func benchmarkNormalize(b *testing.B, vocabulary []string) {
	text := seedText(b)
	n := New(vocabulary)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	cpu := startCPU()
	for b.Loop() {
		n.Normalize(text)
	}
	cpu.report(b, len(text))
}

func BenchmarkFold(b *testing.B) {
	text := seedText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	cpu := startCPU()
	for b.Loop() {
		Fold(text)
	}
	cpu.report(b, len(text))
}

// gazetteerVocabulary is every name of the published gazetteer, the bulk of the vocabulary the
// extractor gives the normalizer (so the glue trie has its real size).
func gazetteerVocabulary(tb testing.TB) []string {
	d, err := schemas.Load()
	if err != nil {
		tb.Fatal(err)
	}
	var vocab []string
	for _, lang := range d.Languages() {
		vocab = append(vocab, d.Gazetteer.Names(lang)...)
	}
	return vocab
}

// BenchmarkNormalizeGazetteer is BenchmarkNormalize with the gazetteer's vocabulary.
func BenchmarkNormalizeGazetteer(b *testing.B) {
	benchmarkNormalize(b, gazetteerVocabulary(b))
}
