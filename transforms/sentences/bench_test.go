package sentences

import (
	"strings"
	"testing"

	"github.com/tanaqud/tanaqud/transforms/textnorm"
)

// benchVocabulary is a small gazetteer-like vocabulary for the glued-word repair.
var benchVocabulary = []string{
	"الأمم المتحدة", "الولايات المتحدة", "روسيا", "تركيا", "أنقرة", "موسكو", "إيران", "دمشق",
	"جبهة فتح الشام", "جبهة النصرة", "داعش", "حلب", "إدلب", "أستانة", "كازاخستان", "الغوطة",
}

func seedCorpus(b *testing.B) string {
	articles := readSeedArticles(b)
	var sb strings.Builder
	for _, id := range sortedKeys(articles) {
		sb.WriteString(articles[id])
		sb.WriteString("\n\n")
	}
	return sb.String()
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

func BenchmarkNormalize(b *testing.B) {
	text := seedCorpus(b)
	n := textnorm.New(benchVocabulary)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	cpu := startCPU()
	for b.Loop() {
		n.Normalize(text)
	}
	cpu.report(b, len(text))
}

func BenchmarkSplit(b *testing.B) {
	text := seedCorpus(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	cpu := startCPU()
	for b.Loop() {
		Split(text)
	}
	cpu.report(b, len(text))
}

// BenchmarkNormalizeAndSplit is the per-article text work of the pipeline: split the
// original, normalize it for matching.
func BenchmarkNormalizeAndSplit(b *testing.B) {
	text := seedCorpus(b)
	n := textnorm.New(benchVocabulary)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	cpu := startCPU()
	for b.Loop() {
		Split(text)
		n.Normalize(text)
	}
	cpu.report(b, len(text))
}
