package claims

import "testing"

// TestSpeakersSourceOfficial: "مسؤول" after an unnamed source is its rank ("مصدر مسؤول", a
// responsible source), a field word like رفيع (lexicon source_field_words): the source placed in
// a body after it speaks for that body. hermel read "نفى مصدر مسؤول في وزارة الدفاع السعودية" as
// unnamed sources, so its exhaustive Saudi mediation stood as one source with the Qatari credit
// and no dispute was flagged. Probe: an unnamed source with no body stays sources.
func TestSpeakersSourceOfficial(t *testing.T) {
	const lead = "توصلت بيروت ودمشق إلى هدنة على الحدود. "
	runCases(t, []mechanismCase{
		{"a responsible source in a ministry", "ar", "", lead + "نفى مصدر مسؤول في وزارة الدفاع السعودية ما تداولته وسائل إعلام عن وساطة قطرية موازية، مؤكداً أن الوساطة كانت سعودية خالصة.", "ceasefire.mediators",
			[]string{"only:saudi_arabia@saudi_defence_ministry"}},
		{"probe: a responsible source in no body", "ar", "", lead + "قال مصدر مسؤول إن الوساطة كانت سعودية خالصة.", "ceasefire.mediators",
			[]string{"only:saudi_arabia@sources"}},
	})
}
