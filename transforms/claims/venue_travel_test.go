package claims

// A delegation's journey to the talks names their venue (venue_travel.go); a journey home, one
// for something else, a negated or conditional one does not.

import "testing"

// TestTravelToTalks: travel to a city, then the talks as the journey's purpose.
func TestTravelToTalks(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arrived for a round of talks (suwayda)", "en", "", yemenLead + "The government delegation arrived in Muscat on Monday for a new round of talks.", "talks.venue",
			[]string{"muscat@outlet"}},
		{"another war: headed to discuss the ceasefire", "en", "", syriaLead + "The opposition delegation headed to Astana to discuss the ceasefire.", "talks.venue",
			[]string{"astana@outlet"}},
		{"arabic arrived to take part in the talks (kirkuk, mitiga, redsea)", "ar", "", yemenLeadAr + "وصل وفد الحكومة إلى مسقط للمشاركة في جولة المفاوضات.", "talks.venue",
			[]string{"muscat@outlet"}},
		{"arabic the subject between the verb and the destination (lasanod)", "ar", "", yemenLeadAr + "يتوجه وفد الحكومة غداً إلى مسقط لحضور جولة مفاوضات تنطلق صباح الأربعاء.", "talks.venue",
			[]string{"muscat@outlet"}},
	})
}

// TestJourneysThatPlaceNoTalks: a return home, a journey for something else, negated or
// conditional journeys.
func TestJourneysThatPlaceNoTalks(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a return after the talks: the talks' own place only", "en", "", yemenLead + "The minister returned to Aden after the talks in Muscat.", "talks.venue",
			[]string{"muscat@outlet"}},
		{"arrived for something else", "en", "", yemenLead + "Hundreds of displaced families arrived in Aden for medical treatment.", "talks.venue",
			nil},
		{"a negated journey", "en", "", yemenLead + "The delegation did not travel to Muscat for the talks.", "talks.venue",
			nil},
		{"a conditional journey", "en", "", yemenLead + "If the delegation travels to Muscat for the talks, the truce may hold.", "talks.venue",
			nil},
		{"arabic a return home to discuss the talks' results", "ar", "", yemenLeadAr + "وعاد الوفد إلى عدن لبحث نتائج المحادثات مع الرئيس.", "talks.venue",
			nil},
		{"arabic a negated arrival", "ar", "", yemenLeadAr + "لم يصل الوفد إلى مسقط للمشاركة في المحادثات.", "talks.venue",
			nil},
		{"arabic the displaced arriving", "ar", "", yemenLeadAr + "ووصل آلاف النازحين إلى عدن هرباً من القصف.", "talks.venue",
			nil},
		{"arabic leaving the talks' city for home to consult on the truce", "ar", "", syriaLeadAr + "وغادر الوفد أستانة عائداً إلى دمشق للتشاور مع قيادته بشأن الهدنة.", "talks.venue",
			nil},
	})
}
