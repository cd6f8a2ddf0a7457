package claims

import "testing"

// TestVenueTravelMeetingOfAnotherBody: a delegation's journey to a city names the talks' venue
// when its purpose is talks, or a meeting in a sentence that names the truce, an agreement or
// talks. A bare meeting noun is any body's session: a delegation travelling to New York for the
// General Assembly or to Geneva for the Human Rights Council goes to no talks on the truce.
func TestVenueTravelMeetingOfAnotherBody(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: a session of the Human Rights Council (Ukraine)", "en", pubTue, "Russia and Ukraine agreed to a ceasefire on energy infrastructure on Tuesday. A government delegation travelled to Geneva for a session of the Human Rights Council.", "talks.venue", nil},
		{"probe: the General Assembly's meetings (Sudan, ar)", "ar", pubTueAr, "اتفق الجيش السوداني وقوات الدعم السريع على هدنة إنسانية في الفاشر يوم الاثنين. وتوجه وفد حكومي إلى نيويورك للمشاركة في اجتماعات الجمعية العامة.", "talks.venue", nil},
		{"probe: the UN General Assembly (Sudan)", "en", pubTue, "The Sudanese army and the RSF agreed to a truce in El Fasher on Monday. A Sudanese delegation travelled to New York for the UN General Assembly.", "talks.venue", nil},
		{"probe: medical treatment (Yemen)", "en", pubTue, yemenLead + "A Houthi delegation flew to Muscat for medical treatment.", "talks.venue", nil},
		// Kept.
		{"travelled to Cairo for talks on the truce (Gaza)", "en", pubTue, "A Hamas delegation travelled to Cairo for talks on the truce on Monday.", "talks.venue", []string{"cairo@outlet"}},
		{"headed to Cairo to discuss the truce (Gaza, ar)", "ar", pubTueAr, "اتفقت إسرائيل وحركة حماس على وقف لإطلاق النار في غزة يوم الأحد. وتوجه وفد من حماس إلى القاهرة لبحث تفاصيل الهدنة.", "talks.venue", []string{"cairo@outlet"}},
		{"arrived for a meeting on extending the truce (Yemen)", "en", pubTue, "A Houthi delegation arrived in Muscat for a meeting on extending the truce.", "talks.venue", []string{"muscat@outlet"}},
		{"to attend a meeting on the truce (Yemen, ar)", "ar", pubTueAr, "ووصل وفد الحوثيين إلى مسقط للمشاركة في اجتماع بشأن تمديد الهدنة.", "talks.venue", []string{"muscat@outlet"}},
	})
}
