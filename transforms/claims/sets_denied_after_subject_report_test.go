package claims

import (
	"testing"

	"github.com/tanaqud/tanaqud/schemas"
)

// TestDeniedAfterSubjectNewReport: a denial's that-clause ends where a new verb of saying opens
// its own ("denied that the army had broken the truce, saying that Qatar had mediated it",
// «نفى ... أن يكون الجيش قد خرق الهدنة، مؤكداً أن قطر توسطت»): the role named after that verb
// is asserted, not denied, as deniedClauseWithin already reads it. Only the value is checked
// here (who says it is another rule's). Probes from Sudan.
func TestDeniedAfterSubjectNewReport(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct{ lang, text string }{
		{"ar", "اتفق الجيش والدعم السريع على هدنة في الفاشر يوم الاثنين. ونفى المجلس العسكري أن يكون الجيش قد خرق الهدنة، مؤكداً أن قطر توسطت في الاتفاق."},
		{"en", "The army and the RSF agreed a truce in El Fasher on Monday. The military council denied that the army had broken the truce, saying that Qatar had mediated it."},
	} {
		got := x.Analyze(schemas.Article{ID: "t", Lang: tc.lang, Text: tc.text}).Claims
		found := false
		for _, c := range got {
			found = found || c.Topic == "ceasefire.mediators" && c.Value == "qatar"
		}
		if !found {
			t.Errorf("%s\nceasefire.mediators: no qatar; got %v", tc.text, brief(got, "ceasefire.mediators"))
		}
	}
	// Kept: a name spelled as a verb of saying («بعثة "بينوه"», BINUH) opens no report.
	runCases(t, []mechanismCase{
		{"kept: a name spelled as a verb of saying inside the denied clause (Haiti)", "ar", "",
			"ونفى المجلس الرئاسي الانتقالي أن تكون الولايات المتحدة أو بعثة \"بينوه\" قد توسطتا في الاتفاق.", "ceasefire.mediators",
			nil},
	})
}
