package sentences

import (
	"os"
	"path/filepath"
	"testing"
)

func FuzzSplit(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join(seedArticles, "*.txt"))
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(string(data))
		}
	}
	for _, s := range []string{
		"", " ", "\n\n", ".", "...", "؟!", `"."`, "U.S.", "3.5", "a.b", "الأربعاء.توصلت",
		"[نُشرفي2016/12/16]", "طوكيو- صرح", "- a - b - c - d", "• x • y", "Vince, We are.",
		"Job: The x", "http://x.y/z?A=1 The", "06/02/2001 10:53 AM I", "<a@b.c> Groups:",
		"Thanks, Dawn", "خلافات حادة يأتي ذلك، بعد جولة مفاوضات صعبة خيمت", "ق.م.", "1. a\n2. b",
		"\"“«»”\"", "a\u00a0.\u2003b", "\xff.\xfe", "x -y- z", "!:) :)", "..\n..",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkCoverage(t, text, Split(text))
	})
}
