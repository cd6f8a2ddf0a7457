package claims

import "testing"

// TestForumCityAfterResumptive: "الهدنة التي اتفق عليها في جدة" names the forum as "التفاهم الذي
// أبرم في جدة" does (2708fdf), with the relative clause's resumptive pronoun ("عليها") between
// the verb of agreeing and the place: Jeddah no longer makes Saudi Arabia the theatre of
// Sudan's war (04:00 UTC, not 03:00), nor Muscat leave Yemen's truce unzoned (03:00, not
// 06:00). Review probes from Sudan and Yemen; the war's own city keeps its reading.
func TestForumCityAfterResumptive(t *testing.T) {
	runCases(t, []mechanismCase{
		{"اتفق عليها في جدة (Sudan)", "ar", pubTue, "وقال الجيش السوداني إن الهدنة التي اتفق عليها في جدة تبدأ في السادسة من صباح الخميس.", "ceasefire.start_time",
			[]string{"2025-10-16T04:00:00Z@sudanese_armed_forces"}},
		{"اتفق عليها في مسقط (Yemen)", "ar", pubTue, "وقالت الحكومة اليمنية إن الهدنة التي اتفق عليها في مسقط تبدأ في السادسة من صباح الخميس.", "ceasefire.start_time",
			[]string{"2025-10-16T03:00:00Z@yemeni_government"}},
		// Kept: the war's own city.
		{"اتفق عليها في الحديدة (Yemen)", "ar", pubTue, "وقالت الحكومة اليمنية إن الهدنة التي اتفق عليها في الحديدة تبدأ في السادسة من صباح الخميس.", "ceasefire.start_time",
			[]string{"2025-10-16T03:00:00Z@yemeni_government"}},
	})
}
