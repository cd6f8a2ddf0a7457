package claims

import "testing"

// TestSpanAccordingAfter: a span followed right away by "according to X" is X's, inside another
// speaker's clause. Witnesses (wrong speakers in three development sets): caucasus cs_006
// («ويقول المحللون إن مدة الهدنة، ثلاثون يوماً بحسب موسكو، تبقى قصيرة»: Moscow's, not the
// analysts'), elfasher ef_025 («بأن الهدنة، الممتدة اثنتين وسبعين ساعة بحسب الاتحاد الأفريقي»),
// tishrin tr_035 («ثلاثون يوماً بحسب قسد، واثنتان وسبعون ساعة قابلة للتمديد بحسب أنقرة»). The
// probes are from other wars. Not: "according to" naming no side (the text), a bare عن.
func TestSpanAccordingAfter(t *testing.T) {
	const pub = "2027-03-12T10:00:00+03:00"
	runCases(t, []mechanismCase{
		{"ar: the span inside the analysts' clause is Moscow's", "ar", pub,
			"ويقول المحللون إن مدة الهدنة في ناغورنو كاراباخ، ثلاثون يوماً بحسب موسكو، تبقى قصيرة.",
			"ceasefire.duration", []string{"30@russia"}},
		{"ar: two spans, each with its source, one renewable", "ar", pub,
			"ولا يتفق الطرفان على مدة الهدنة في منبج: ثلاثون يوماً بحسب قسد، واثنتان وسبعون ساعة قابلة للتمديد بحسب أنقرة.",
			"ceasefire.duration", []string{"30@sdf", "3@turkey"}},
		{"en: the AU's span inside the residents' clause", "en", pub,
			"Residents of El Fasher said the truce, which lasts 72 hours according to the African Union, had not stopped the shelling.",
			"ceasefire.duration", []string{"3@african_union"}},
		// Near misses.
		{"according to the text names no side", "en", pub,
			"Residents of El Fasher said the truce, which lasts 72 hours according to the text, had not stopped the shelling.",
			"ceasefire.duration", []string{"3@local_residents"}},
	})
}
