package claims

import "testing"

// TestProposerAfterVerb: a proposal's terms are the proposer's (gold README, "X proposed a truce
// between A and B"). An Arabic verb of proposing opens its clause and names its subject after it
// ("اقترحت منظمة معاهدة الأمن الجماعي اليوم الأربعاء هدنة فورية بين قيرغيزستان وطاجيكستان", fergana
// fg_030; "واقترحت القيادة المشتركة لأمبازونيا نشر مراقبين من الاتحاد الإفريقي", bamenda bm_027):
// the outlet was given, as only an actor before the cue was looked for. A verb whose subject is
// left out, or that a place follows, names no proposer; the `proposed` status line stays the
// outlet's.
func TestProposerAfterVerb(t *testing.T) {
	runCases(t, []mechanismCase{
		{"fergana: a regional organization proposes a truce between two states", "ar", "", "اقترحت منظمة معاهدة الأمن الجماعي اليوم الأربعاء هدنة فورية بين قيرغيزستان وطاجيكستان.", "ceasefire.parties",
			[]string{"kyrgyzstan,tajikistan@csto~proposed"}},
		{"cameroon: a separatist command proposes monitors", "ar", "", "أعلنت الحكومة الكاميرونية وقف إطلاق النار في الإقليمين. واقترحت القيادة المشتركة لأمبازونيا نشر مراقبين من الاتحاد الإفريقي.", "ceasefire.monitors",
			[]string{"african_union@ambazonia_joint_command~proposed"}},
		{"sudan: the African Union proposes a truce", "ar", "", "اقترح الاتحاد الأفريقي هدنة بين الجيش السوداني وقوات الدعم السريع.", "ceasefire.parties",
			[]string{"rapid_support_forces,sudanese_armed_forces@african_union~proposed"}},
		{"sudan: a capital speaks for its state", "ar", "", "اقترحت القاهرة هدنة بين الجيش السوداني وقوات الدعم السريع.", "ceasefire.parties",
			[]string{"rapid_support_forces,sudanese_armed_forces@egypt~proposed"}},
		{"the status line stays the outlet's", "ar", "", "اقترح الاتحاد الأفريقي هدنة بين الجيش السوداني وقوات الدعم السريع.", "ceasefire.status",
			[]string{"proposed@outlet"}},
		// Negative probes: the subject left out (the names after the verb are its object), a
		// place and a time after the verb.
		{"subject left out: the sides are no proposer", "ar", "", "واقترح هدنة بين الجيش السوداني وقوات الدعم السريع.", "ceasefire.parties",
			[]string{"rapid_support_forces,sudanese_armed_forces@outlet~proposed"}},
		{"a time and a place after the verb", "ar", "", "واقترحت أمس في جدة هدنة بين الجيش السوداني وقوات الدعم السريع.", "ceasefire.parties",
			[]string{"rapid_support_forces,sudanese_armed_forces@outlet~proposed"}},
		{"kyrgyzstan: the proposed truce's sides right after a verbal noun", "ar", "", "رحبت بيشكيك باقتراح هدنة بين قيرغيزستان وطاجيكستان.", "ceasefire.parties",
			[]string{"kyrgyzstan,tajikistan@kyrgyzstan"}},
	})
}
