package claims

import "testing"

// TestVenueCasualtiesLocative: a locative a few words after a casualty word places the casualties,
// not the talks named after it ("وقُتل ثلاثة مدنيين في كادقلي قبل يوم من جلسة التفاوض"); a talks
// venue with no casualty word before it, or with a clause boundary between, still reads.
func TestVenueCasualtiesLocative(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: soldiers killed in Omdurman on the eve of the talks (Sudan)", "en", pubTue, sudanLead20 + "Two soldiers were killed in Omdurman on the eve of the negotiating session.", "talks.venue", nil},
		{"probe: wounded in Taiz before the consultations (Yemen)", "ar", pubTueAr, yemenLeadAr + "وأصيب خمسة مدنيين في تعز قبل يوم من جولة المشاورات.", "talks.venue", nil},
		// Kept.
		{"talks in Jeddah on the detainees (Sudan)", "en", pubTue, sudanLead20 + "A negotiating session opened in Jeddah on Monday.", "talks.venue", []string{"jeddah@outlet"}},
		{"a clause boundary before the venue (Sudan)", "ar", pubTueAr, sudanLead20Ar + "وبعد مقتل جنديين، افتُتحت في جدة جلسة التفاوض.", "talks.venue", []string{"jeddah@outlet"}},
	})
}
