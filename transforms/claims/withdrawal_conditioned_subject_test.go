package claims

import "testing"

// TestWithdrawalUnlessOtherWithdrawsFirst: "would not withdraw unless the RSF withdrew first":
// the force after the conditional is its own clause's subject, not who is refused a
// withdrawal; the speaker's own force is not required to withdraw and the other's withdrawal
// is the demanded condition. A force named as the object keeps its reading.
func TestWithdrawalUnlessOtherWithdrawsFirst(t *testing.T) {
	const sudan = "The Sudanese army and the RSF agreed to a truce in El Fasher on Monday. "
	const gaza = "Israel and Hamas agreed to a ceasefire in Gaza on Sunday. "
	runCases(t, []mechanismCase{
		{"probe: would not withdraw unless the RSF withdrew first (Sudan)", "en", pubTue, sudan + "The army said it would not withdraw unless the RSF withdrew first.", "ceasefire.withdrawal",
			[]string{"sudanese_armed_forces=not_required@sudanese_armed_forces", "rapid_support_forces=required@sudanese_armed_forces~demanded"}},
		{"probe: would not withdraw unless Hamas disarmed first (Gaza)", "en", pubTue, gaza + "Israel said it would not withdraw unless Hamas disarmed first.", "ceasefire.withdrawal",
			[]string{"israeli_forces=not_required@israel"}},
		{"probe: would not pull back unless Armenian forces withdrew (Caucasus)", "en", pubTue, "Armenia and Azerbaijan agreed to a truce on Monday. Baku said its troops would not pull back unless Armenian forces withdrew first.", "ceasefire.withdrawal",
			[]string{"azerbaijani_armed_forces=not_required@azerbaijan", "armenian_armed_forces=required@azerbaijan~demanded"}},
		{"لن ينسحب ما لم تنسحب قوات الدعم السريع (Sudan)", "ar", pubTue, "اتفق الجيش السوداني وقوات الدعم السريع على هدنة في الفاشر يوم الاثنين. وقال الجيش إنه لن ينسحب ما لم تنسحب قوات الدعم السريع أولاً.", "ceasefire.withdrawal",
			[]string{"sudanese_armed_forces=not_required@sudanese_armed_forces", "rapid_support_forces=required@sudanese_armed_forces~demanded"}},
		// Kept: the force as the object.
		{"the withdrawal of Israeli forces (Gaza)", "en", pubTue, gaza + "The deal requires the withdrawal of Israeli forces from Rafah.", "ceasefire.withdrawal",
			[]string{"israeli_forces=required@outlet"}},
		{"requires the RSF to withdraw (Sudan)", "en", pubTue, sudan + "The deal requires the RSF to withdraw from the city.", "ceasefire.withdrawal",
			[]string{"rapid_support_forces=required@outlet"}},
	})
}
