package claims

import "testing"

// TestConcludedParticiple: the participle of concluding ("المبرم", "المبرمة") on the truce or its
// agreement presupposes it, as "الموقّع" does: agreed by whoever says the sentence. Not: a deal
// of another matter ("اتفاق تبادل الأسرى المبرم"), an earlier deal dated by its year; a denial
// of the verb after it ("نفى أن تكون الهدنة المبرمة ... تشمل") denies no agreement.
func TestConcludedParticiple(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the agreement concluded between it and", "ar", pubTueAr, "أعلنت الحكومة اليمنية أن اتفاق وقف إطلاق النار المبرم بينها وبين الحوثيين يسري لمدة ثلاثين يوماً.", "ceasefire.status",
			[]string{"agreed@yemeni_government"}},
		{"the truce concluded in Jeddah", "ar", pubTueAr, "وأكد الجيش السوداني التزامه بالهدنة المبرمة مع قوات الدعم السريع في جدة.", "ceasefire.status",
			[]string{"agreed@sudanese_armed_forces"}},
		{"probe: a prisoner swap concluded", "ar", pubTueAr, "قالت الحكومة السودانية إن اتفاق تبادل الأسرى المبرم مع الدعم السريع لم ينفذ بعد.", "ceasefire.status",
			nil},
		{"probe: a denial of what the concluded truce covers", "ar", pubTueAr, "نفى الجيش السوداني أن تكون الهدنة المبرمة مع الدعم السريع تشمل مدينة الفاشر.", "ceasefire.status",
			nil},
		{"probe: a peace deal of an earlier year", "ar", pubTueAr, "وقالت الحكومة السودانية إن اتفاق جوبا للسلام المبرم عام 2020 لا يزال سارياً.", "ceasefire.status",
			nil},
	})
}
