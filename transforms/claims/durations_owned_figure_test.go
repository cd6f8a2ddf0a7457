package claims

import "testing"

// TestOwnedFigureOfTheLength: a figure noun a side owns (lexicon figure_nouns) makes the span it
// frames that side's account of the truce's length, as "X says N days" does. Witnesses (claim
// misses in four development sets and their frozen dumps): elfasher ef_024 ("the ten-day figure
// is the RSF's"), portsudan ps_005 ("The state government's figure of three months"), sahara
// sh_005 ("contradicting the U.N. envoy's figure of 90 days"), taiz tz_027 ("The U.N.'s
// thirty-day clock runs out in mid-April; the Houthis still count sixty", where the owned figure
// also tells the length the bare "sixty" counts), pattani pt_023 ("the government's figure is 40
// days", not read: its "the government" names nobody there). A verb of giving takes a side's
// figure as counting verbs do: chad cd_032 ("the government and Qatar give 90 days"). The
// probes are set in other wars. Not: a figure noun with no owner, an owned span of another noun
// (an offensive), an owned count of the dead, a gift of days of aid, an ultimatum.
func TestOwnedFigureOfTheLength(t *testing.T) {
	const pub = "2027-03-12T10:00:00+03:00"
	const kd = "The ceasefire in Kadugli took effect on Monday. "
	runCases(t, []mechanismCase{
		{"the span's figure is the owner's", "en", pub,
			"The African Union says the truce in El Fasher lasts 72 hours from 6 a.m. on Saturday; the ten-day figure is the RSF's.",
			"ceasefire.duration", []string{"3@african_union", "10@rapid_support_forces"}},
		{"owner's span noun, then a bare number counted in its unit", "en", pub,
			"The truce in Taiz took effect on March 15. The U.N.'s thirty-day clock runs out in mid-April; the Houthis still count sixty.",
			"ceasefire.duration", []string{"30@un", "60@houthis"}},
		{"owner's figure of a span, reported by another", "en", pub,
			kd + "The Sudanese army's figure of three months was never discussed at the table, the SPLM-N said.",
			"ceasefire.duration", []string{"[89,92]@sudanese_armed_forces"}},
		{"owner's figure is a span", "en", pub,
			kd + "The SPLM-N says it runs for thirty days; the army's figure is three months.",
			"ceasefire.duration", []string{"30@splm_n", "[89,92]@sudanese_armed_forces"}},
		{"ar: construct, the owner after the figure noun", "ar", pub,
			"تقول قوات الدعم السريع إن الهدنة في الفاشر تمتد عشرة أيام، بينما تقدير الجيش السوداني ثلاثون يوماً.",
			"ceasefire.duration", []string{"10@rapid_support_forces", "30@sudanese_armed_forces"}},
		{"give: a side's figure as a verb's bare object", "en", pub,
			"The explainer also misstated the duration of the Chad truce: the government and Qatar give 90 days, while the FNRT says 60 days.",
			"ceasefire.duration", []string{"90@qatar", "90@chadian_government", "60@fnrt"}},
		// Near misses.
		{"an owned span of another noun", "en", pub,
			kd + "The army's ten-day offensive ended before the truce took effect.",
			"ceasefire.duration", nil},
		{"a figure noun with no owner", "en", pub,
			kd + "The ten-day figure is the highest yet, the army said.",
			"ceasefire.duration", nil},
		{"an owned count of the dead", "en", pub,
			kd + "The army's figure of 40 dead since then is disputed.",
			"ceasefire.duration", nil},
		{"days of aid given", "en", pub,
			kd + "Qatar gave 90 days of food aid to the camps.",
			"ceasefire.duration", nil},
		{"an ultimatum given", "en", pub,
			kd + "The army gave 48 hours to the rebels to leave the town.",
			"ceasefire.duration", nil},
		{"ar: the owner's figure of something else", "ar", pub,
			"تقول قوات الدعم السريع إن الهدنة في الفاشر تمتد عشرة أيام، وإن تقدير الجيش السوداني لعدد القتلى ثلاثون قتيلاً.",
			"ceasefire.duration", []string{"10@rapid_support_forces"}},
	})
}
