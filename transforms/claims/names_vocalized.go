package claims

import (
	"strings"
	"unicode/utf8"

	"github.com/tanaqud/tanaqud/schemas"
)

// A context alias the gazetteer writes vocalized is a homograph once folding strips its marks:
// «عمّان» (Amman, its shadda) and «عُمان» (Oman) are both «عمان». Unvocalized, the name stays
// a context alias, read only where the article names the place's country otherwise; written
// with the alias's own marks, it names the entity outright, as an acronym names its body only
// written in capitals (writtenInCapitals). «الهدنة التي رعتها واشنطن وعمّان» names Jordan's
// capital beside Washington with no other word of Jordan in the article.

// addVocalized adds context alias n of e a second time, as a name given outright that counts
// only where the text carries n's Arabic marks. A name without marks adds nothing.
func (l *language) addVocalized(g *schemas.Gazetteer, e *schemas.Entity, n string) {
	marks := arabicMarks(n)
	if marks == "" {
		return
	}
	l.addName(g, e, n, false, false)
	l.vocalMarks[len(l.vocalMarks)-1] = marks
}

// arabicMarks: the Arabic diacritics of s (tanwin, short vowels, shadda, sukun, dagger alef),
// in order; "" when it has none.
func arabicMarks(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '\u064B' && r <= '\u0652' || r == '\u0670' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// writtenVocalized: the original text of hit h carries the marks of its vocalized name in
// their order (other marks may come between: «وَعمّان»).
func writtenVocalized(l *language, si *sentInfo, h hit) bool {
	want := l.vocalMarks[h.idx]
	for _, r := range si.originalSpan(h.start, h.end) {
		if want == "" {
			break
		}
		if w, size := utf8.DecodeRuneInString(want); r == w {
			want = want[size:]
		}
	}
	return want == ""
}
