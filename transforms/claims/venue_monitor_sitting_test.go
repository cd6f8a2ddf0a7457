package claims

import "testing"

// TestVenueMonitorSitting: a monitoring committee's own sitting ("held its first meeting in X",
// «تعقد اجتماعاتها في X») places no talks (venue_monitor_sitting.go). Kept: a negotiating
// committee's sitting (no monitor role), and talks that a monitoring committee speaks of.
func TestVenueMonitorSitting(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: the monitoring committee held its first meeting in a town (Somaliland)", "en", pubTue, "The Joint Monitoring Committee, chaired by IGAD and made up of officers from both sides, held its first meeting in Las Anod on Monday.", "talks.venue", nil},
		{"probe: the monitoring committee will hold its meetings in a town (Iraq, ar)", "ar", pubTueAr, "أعلنت وزارة شؤون البيشمركة تشكيل لجنة مشتركة لمراقبة وقف إطلاق النار تضم ممثلين عن الطرفين، على أن تعقد اجتماعاتها في كويه.", "talks.venue", nil},
		{"probe: the monitoring committee held its meeting in a city (Iraq)", "en", pubTue, "The joint ceasefire monitoring committee held its first meeting in Koya on Sunday.", "talks.venue", nil},
		// Kept.
		{"a negotiating committee's sitting (Thailand-Cambodia)", "en", pubTue, "The General Border Committee will hold its next meeting in Kuala Lumpur on Friday.", "talks.venue", []string{"kuala_lumpur@outlet"}},
		{"talks the monitoring committee speaks of (Somaliland)", "en", pubTue, "The Joint Monitoring Committee in Las Anod said its members would attend the talks in Addis Ababa on Monday.", "talks.venue", []string{"addis_ababa@lasanod_joint_committee"}},
	})
}
