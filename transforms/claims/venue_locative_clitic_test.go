package claims

// Verb-first Arabic talks that open in a place: the place after a glued ب (بمسقط, بمدينة سواكن)
// or a city noun, and reconciliation sessions (جلسات الصلح) as talks (talks.venue, talks.date;
// kufra kf_003/kf_004, portsudan ps_006).

import "testing"

// TestVerbFirstTalksPlaces: where and when talks a verb-first clause opens take place.
func TestVerbFirstTalksPlaces(t *testing.T) {
	const pub = "2028-07-13T11:00:00Z" // a Thursday
	runCases(t, []mechanismCase{
		{"arabic a glued preposition before the city", "ar", pub, yemenLeadAr + "انطلقت اليوم الخميس بمسقط جولة تفاوض بين الطرفين.", "talks.venue",
			[]string{"muscat@outlet"}},
		{"arabic a city noun after the locative", "ar", pub, yemenLeadAr + "انطلقت اليوم الخميس في مدينة مسقط محادثات بين الطرفين.", "talks.venue",
			[]string{"muscat@outlet"}},
		{"arabic a glued preposition on the city noun", "ar", pub, yemenLeadAr + "انطلقت اليوم الخميس بمدينة مسقط جولة تفاوض بين الطرفين.", "talks.venue",
			[]string{"muscat@outlet"}},
		{"arabic reconciliation sessions are talks", "ar", pub, yemenLeadAr + "انطلقت اليوم الخميس في مدينة مسقط جلسات الصلح بين الطرفين.", "talks.date",
			[]string{"2028-07-13@outlet"}},
		// Near misses.
		{"arabic a city whose name opens with the letter", "ar", pub, yemenLeadAr + "وقال المبعوث إن بغداد اعتذرت عن عدم المشاركة في رعاية المحادثات.", "talks.venue",
			nil},
		{"arabic a mediation glued to ب is no place", "ar", pub, yemenLeadAr + "انطلقت اليوم الخميس بوساطة عمانية جولة تفاوض بين الطرفين.", "talks.venue",
			nil},
	})
}
