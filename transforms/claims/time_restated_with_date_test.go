package claims

import "testing"

// TestTimeRestatedWithDate: a bare midnight restated in GMT with its full date is read at the
// restatement (ituri it_030, a correction filed a week later, read the bare midnight as the one
// before filing). Near misses: a restatement with no date keeps the bare midnight's reading; a
// midnight that names its own day keeps it, the restatement after it skipped.
func TestTimeRestatedWithDate(t *testing.T) {
	const pubBunia = "2038-08-21T09:00:00+02:00" // Saturday 21 August, a week after the start
	runCases(t, []mechanismCase{
		{"midnight Bunia time, which was 2200 GMT on Friday, August 13 (Ituri)", "en", pubBunia, "The truce took effect at midnight Bunia time, which was 2200 GMT on Friday, August 13, and 1 a.m. on Saturday in Kampala.", "ceasefire.start_time",
			[]string{"2038-08-13T22:00:00Z@outlet"}},
		{"منتصف الليل، أي العاشرة من مساء الجمعة 13 آب/أغسطس بتوقيت غرينتش (Ituri, ar)", "ar", pubBunia, "ودخلت الهدنة في بونيا حيز التنفيذ عند منتصف الليل، أي العاشرة من مساء الجمعة 13 آب/أغسطس بتوقيت غرينتش.", "ceasefire.start_time",
			[]string{"2038-08-13T22:00:00Z@outlet"}},
		{"near miss: a restatement with no date (Ituri)", "en", pubBunia, "The truce took effect at midnight Bunia time, which was 2200 GMT.", "ceasefire.start_time",
			[]string{"2038-08-20T22:00:00Z@outlet"}},
		{"near miss: midnight on a named day, restated with a date (Ituri)", "en", pubBunia, "The truce took effect at midnight on Friday, Bunia time, which was 2200 GMT on Friday, August 20.", "ceasefire.start_time",
			[]string{"2038-08-20T22:00:00Z@outlet"}},
	})
}
