package claims

// A span opened by a time lead and followed by "of the truce" ("بعد ثلاثة أيام من الهدنة",
// "three days into the truce") counts the time elapsed, not the truce's term; a span after the
// truce noun or with no time lead before it names the term.

import "testing"

func TestSpanIntoTruceIsNoTerm(t *testing.T) {
	gazaLeadAr20 := "اتفقت إسرائيل وحركة حماس على وقف إطلاق النار في غزة. "
	runCases(t, []mechanismCase{
		{"probe: after three days of the truce", "ar", pubTueAr, gazaLeadAr20 + "وبعد ثلاثة أيام من الهدنة عاد النازحون إلى الشمال.", "ceasefire.duration", nil},
		{"probe: since two weeks of the ceasefire, a dual", "ar", pubTueAr, sudanLead19Ar + "ومنذ أسبوعين من وقف إطلاق النار لم تدخل أي مساعدات.", "ceasefire.duration", nil},
		{"probe: two days after the truce, a dual", "ar", pubTueAr, yemenLeadAr + "وعقب يومين من الهدنة تبادل الطرفان الاتهامات.", "ceasefire.duration", nil},
		{"probe: after three days of the truce, English", "en", pubTue, gazaLead19 + "After three days of the truce, displaced families returned north.", "ceasefire.duration", nil},
		{"probe: three days into the truce", "en", pubTue, gazaLead19 + "Three days into the truce, displaced families returned north.", "ceasefire.duration", nil},
		{"a truce of three days", "ar", pubTueAr, "اتفق الجيش السوداني وقوات الدعم السريع على هدنة من ثلاثة أيام.", "ceasefire.duration", []string{"3@outlet"}},
		{"agreed on three days of truce", "ar", pubTueAr, "اتفق الجيش السوداني وقوات الدعم السريع على ثلاثة أيام من الهدنة.", "ceasefire.duration", []string{"3@outlet"}},
		{"a three-day truce starting two days after the signing", "ar", pubTueAr, "اتفق الجيش السوداني وقوات الدعم السريع على هدنة لمدة ثلاثة أيام تبدأ بعد يومين من التوقيع.", "ceasefire.duration", []string{"3@outlet"}},
		{"a truce of seven days", "en", pubTue, "The Sudanese army and the RSF agreed to a truce of seven days on Monday.", "ceasefire.duration", []string{"7@outlet"}},
	})
}
