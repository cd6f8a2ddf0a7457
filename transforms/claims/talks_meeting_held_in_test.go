package claims

import "testing"

// TestMeetingHeldInPlace: a meeting whose verb of holding places it a few words on ("الاجتماع
// المقبل للهيئة سيُعقد يوم الاثنين المقبل في بيروت", "the next meeting of the General Border
// Committee will be held in Bangkok") is the talks held there, when the sentence names the truce
// or the meeting is a joint body's. A state's own organ's session (a cabinet's, a parliament's),
// a negated holding and a meeting named by no body keep no venue.
func TestMeetingHeldInPlace(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the committee's next meeting will be held in Bangkok (Thailand-Cambodia)", "en", "2027-03-16T10:00:00Z", "The next meeting of the General Border Committee will be held in Bangkok on March 24, the Thai foreign ministry said.", "talks.venue",
			[]string{"bangkok@thai_foreign_ministry"}},
		{"سيعقد في بانكوك (Thailand-Cambodia, ar)", "ar", "2027-03-16T10:00:00Z", "وأكد البيان أن الاجتماع المقبل للجنة الحدود العامة سيعقد في بانكوك بدعوة من الحكومة التايلاندية.", "talks.venue",
			[]string{"bangkok@outlet"}},
		{"past the day: سيعقد يوم الاثنين المقبل في بيروت (Lebanon, ar)", "ar", "2027-08-15T10:00:00Z", "وأعلن أن الاجتماع المقبل للهيئة سيعقد يوم الاثنين المقبل في بيروت برعاية رئيس مجلس النواب.", "talks.venue",
			[]string{"beirut@outlet"}},
		{"past the body and its date: المقرر يوم الخميس المقبل سيعقد في دوشنبه (Tajikistan, ar)", "ar", "2027-05-19T10:00:00Z", "وأعلنت الخارجية الطاجيكية أن اجتماع لجنة ترسيم الحدود المقرر يوم الخميس المقبل سيعقد في دوشنبه.", "talks.venue",
			[]string{"dushanbe@tajik_foreign_ministry"}},
		// No venue.
		{"probe: the cabinet's session (Iraq)", "en", "2027-08-15T10:00:00Z", "The cabinet's weekly session will be held in Baghdad on Sunday, the government said.", "talks.venue", nil},
		{"probe: the parliament's meeting (Iraq)", "en", "2027-08-15T10:00:00Z", "The meeting of the parliament will be held in Baghdad next week.", "talks.venue", nil},
		{"probe: مجلس الوزراء (Iraq, ar)", "ar", "2027-08-15T10:00:00Z", "وأعلن أن الاجتماع الأسبوعي لمجلس الوزراء سيعقد يوم الأحد في بغداد.", "talks.venue", nil},
		{"probe: a negated holding (Thailand-Cambodia)", "en", "2027-03-16T10:00:00Z", "The next meeting of the General Border Committee will not be held in Bangkok, the Thai foreign ministry said.", "talks.venue", nil},
	})
}
