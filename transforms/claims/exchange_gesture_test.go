package claims

import "testing"

// TestGestureRelease: a release called a gesture is kept out of the deal's terms (gold: chad
// cd_040 "a goodwill gesture, not a clause of the ceasefire", fergana fg_020 "released as a
// goodwill gesture", zamfara zf_035/zf_036 "in what state officials described as a goodwill
// gesture", redsea rs_012 «يصفه الحوثيون بأنه "بادرة إنسانية منفصلة"»; read included or not at
// all in the frozen dumps of chad, fergana and zamfara; colombia col_003 "called the release "a
// unilateral gesture outside the agreement."", the hostages in the sentence before). Probes from
// Gaza, Sudan and Yemen. Not read: a gesture with no release or captive before it, a release told
// after the gesture, a gesture under the deal (kashmir ks_006, gold included).
func TestGestureRelease(t *testing.T) {
	const sudanLead = "Sudan's army and the RSF agreed to a truce in El Fasher on Tuesday. "
	const yemenLead = "اتفقت الحكومة اليمنية والحوثيون على هدنة في تعز يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"the release was a goodwill gesture (Sudan)", "en", pubTue,
			sudanLead + `The army freed 40 RSF prisoners on Thursday, but the government said the release was "a goodwill gesture, not a clause of the ceasefire".`, "ceasefire.exchange",
			[]string{"prisoners=not_included@sudanese_government"}},
		{"released as a goodwill gesture (Sudan)", "en", pubTue,
			sudanLead + "The RSF said the detainees had been released as a goodwill gesture, not because the truce required it.", "ceasefire.exchange",
			[]string{"prisoners=not_included@rapid_support_forces"}},
		{"in what officials described as a goodwill gesture (Gaza)", "en", pubTue,
			"Israel and Hamas agreed to a ceasefire in Gaza on Tuesday. Hamas on Wednesday released three abducted civilians, in what Hamas officials described as a goodwill gesture.", "ceasefire.exchange",
			[]string{"hostages=not_included@hamas"}},
		{"بادرة حسن نية (Yemen)", "ar", pubTue,
			yemenLead + "وقال المتحدث باسم الحوثيين إن الإفراج عن عشرين معتقلاً اليوم «بادرة حسن نية» من الجماعة.", "ceasefire.exchange",
			[]string{"prisoners=not_included@houthis"}},
		{"one says part of the deal, the other a gesture (Yemen)", "ar", pubTue,
			yemenLead + `وتؤكد الحكومة أن الإفراج عن الأسرى جزء من الاتفاق، فيما يصفه الحوثيون بأنه "بادرة إنسانية منفصلة".`, "ceasefire.exchange",
			[]string{"prisoners=included@yemeni_government", "prisoners=not_included@houthis"}},
		{"called the release a unilateral gesture, the captives the sentence before (Sudan)", "en", pubTue,
			sudanLead + `The RSF has handed over four hostages to the Red Cross. In a short note the RSF called the release "a unilateral gesture outside the agreement."`, "ceasefire.exchange",
			[]string{"hostages=not_included@rapid_support_forces"}},
		// Not read.
		{"a humanitarian gesture under the understanding (Sudan)", "en", pubTue,
			sudanLead + `The bodies of four soldiers were handed over at the crossing. He said the handover was "a humanitarian gesture under the understanding".`, "ceasefire.exchange",
			nil},
		{"the truce called a goodwill gesture (Sudan)", "en", pubTue,
			sudanLead + "The RSF called the truce a goodwill gesture to the people of El Fasher.", "ceasefire.exchange",
			nil},
		{"a gesture before the release (Sudan)", "en", pubTue,
			sudanLead + "As a goodwill gesture the army pulled back from the market, and the deal provides for the release of all prisoners.", "ceasefire.exchange",
			[]string{"prisoners=included@outlet"}},
	})
}

// TestJudicialRelease: a release handed to the courts is kept out of the deal's terms (gold:
// bangui bg_029 "The release of persons detained in connection with the conflict falls under the
// judicial authorities and is not among the agreement's provisions", read included; southsudan
// ss_006 «غير أن الحكومة تعتبره شأناً قضائياً», not read; sulaymaniyah sl_015 "Detained officials
// are a matter for the courts", the disagreement's side; greenzone gz_014 "is a matter for the
// judiciary"). Kept: a term told as a term before the contrast is the other account.
func TestJudicialRelease(t *testing.T) {
	const sudanLead = "Sudan's army and the RSF agreed to a truce in El Fasher on Tuesday. "
	const yemenLead = "اتفقت الحكومة اليمنية والحوثيون على هدنة في تعز يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"the release falls under the judicial authorities (Sudan)", "en", pubTue,
			sudanLead + "The government said the release of persons detained in connection with the conflict falls under the judicial authorities.", "ceasefire.exchange",
			[]string{"prisoners=not_included@sudanese_government"}},
		{"detained fighters are a matter for the courts (Sudan)", "en", pubTue,
			sudanLead + `"Detained fighters are a matter for the courts," the army spokesman said.`, "ceasefire.exchange",
			[]string{"prisoners=not_included@sudanese_armed_forces"}},
		{"part of the deal, while the government calls it a judicial matter (Yemen)", "ar", pubTue,
			yemenLead + "وأكد الحوثيون أن الإفراج عن المعتقلين جزء من الاتفاق، غير أن الحكومة تعتبره شأناً قضائياً.", "ceasefire.exchange",
			[]string{"prisoners=included@houthis", "prisoners=not_included@yemeni_government"}},
	})
}
