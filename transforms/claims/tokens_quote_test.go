package claims

import "testing"

func TestHasQuoteMarkAgreesWithContainsAny(t *testing.T) {
	for _, s := range []string{
		"", "no marks here", `he said "yes"`, "قال «نعم»", "قال »نعم«", "“quoted”", "„low“",
		"ends with lead \xe2", "lead then other \xe2\x80\x94 dash", "\xc2\xa0 no-break space",
		"é and – dashes — only", "وقال المتحدث إن الهدنة صامدة",
	} {
		want := containsQuoteSlow(s)
		if got := hasQuoteMark(s); got != want {
			t.Errorf("hasQuoteMark(%q) = %v, want %v", s, got, want)
		}
	}
}

func containsQuoteSlow(s string) bool {
	for _, r := range s {
		switch r {
		case '"', '“', '”', '„', '«', '»':
			return true
		}
	}
	return false
}
