package claims

import "testing"

// TestExclusionsNotOnlySubject: a passive coverage predicate after a "not only X but also Y"
// subject is said of X too; the window back to the subject reaches past "but also" and a short
// insert ("Not only the Popular Mobilization Forces but also some Federal Police units are, in
// practice, not bound by this deal": kirkuk kk_014, the PMF). Near miss: "covers not only X but
// also Y" keeps its object reading.
func TestExclusionsNotOnlySubject(t *testing.T) {
	const lead = "A truce between the Kurdistan Regional Government and Baghdad in Kirkuk took effect on Monday. "
	runCases(t, []mechanismCase{
		{"not only X but also Y are not bound (kirkuk kk_014)", "en", pubTue, lead + "Not only the Popular Mobilization Forces but also some Federal Police units are, in practice, not bound by this deal, analysts say.", "ceasefire.exclusions",
			[]string{"pmf=excluded@analysts"}},
		{"probe: without the insert (Iraq)", "en", pubTue, lead + "Not only the Popular Mobilization Forces but also the Federal Police are not bound by this deal, analysts say.", "ceasefire.exclusions",
			[]string{"pmf=excluded@analysts"}},
		{"near miss: covers not only X but also Y (Iraq)", "en", pubTue, lead + "The truce covers not only the Popular Mobilization Forces but also the Federal Police, analysts say.", "ceasefire.exclusions",
			[]string{"pmf=not_excluded@analysts"}},
	})
}
