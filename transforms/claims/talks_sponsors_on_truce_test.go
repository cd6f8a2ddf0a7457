package claims

import "testing"

// TestTalksSponsorsOnTruce: a sponsorship cue after talks whose topic is the truce ("talks on
// the ceasefire ... under Portuguese auspices", «المفاوضات بشأن وقف اطلاق النار جرت في لشبونة
// برعاية برتغالية») sponsors the talks, not the truce. A truce brokered with no talks noun, or
// past punctuation after the talks, keeps its mediator.
func TestTalksSponsorsOnTruce(t *testing.T) {
	const cabinda = "قالت مصادر في جبهة تحرير جيب كابيندا للقنطرة ان المفاوضات الفعلية بشأن وقف اطلاق النار جرت في لشبونة برعاية برتغالية، وان ساو تومي لم تستضف سوى مراسم التوقيع."
	const english = "FLEC-FAC sources said the negotiations on the ceasefire took place in Lisbon under the auspices of Portugal."
	runCases(t, []mechanismCase{
		{"arabic: talks on the truce, then the sponsorship (cabinda)", "ar", pubTue, cabinda, "talks.sponsors",
			[]string{"portugal@flec_fac"}},
		{"arabic: no mediator read from it", "ar", pubTue, cabinda, "ceasefire.mediators",
			nil},
		{"english: talks on the ceasefire under a state's auspices", "en", pubTue, english, "talks.sponsors",
			[]string{"portugal@flec_fac"}},
		{"english: no mediator read from it", "en", pubTue, english, "ceasefire.mediators",
			nil},
		{"probe: a truce brokered, no talks noun", "en", pubTue,
			"The ceasefire on the Marib front was brokered by Oman.", "ceasefire.mediators",
			[]string{"oman@outlet"}},
		{"probe: arabic truce reached under sponsorship", "ar", pubTue,
			"وقف إطلاق النار الذي تم التوصل إليه برعاية قطرية صامد.", "ceasefire.mediators",
			[]string{"qatar@outlet"}},
		{"probe: arabic talks ended, a truce reached past a comma", "ar", pubTue,
			"انتهت المحادثات، وتم التوصل إلى وقف إطلاق النار برعاية قطرية.", "ceasefire.mediators",
			[]string{"qatar@outlet"}},
	})
}
