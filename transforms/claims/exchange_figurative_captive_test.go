package claims

// A captive noun said of the truce ("held hostage by politics", "الهدنة باتت رهينة") is a
// figure, no hostage exchange; hostages released, counted or covered keep the slot.

import "testing"

func TestFigurativeCaptiveIsNoExchange(t *testing.T) {
	gazaLeadAr20 := "اتفقت إسرائيل وحركة حماس على وقف إطلاق النار في غزة. "
	runCases(t, []mechanismCase{
		{"probe: the truce is being held hostage by politics", "en", pubTue, gazaCalls19 + "The truce is being held hostage by politics, an analyst said.", "ceasefire.exchange", nil},
		{"probe: the ceasefire has been held hostage by a coalition", "en", pubTue, gazaLead19 + "The ceasefire has been held hostage by Netanyahu's coalition.", "ceasefire.exchange", nil},
		{"probe: the truce became hostage to politics, Arabic", "ar", pubTueAr, gazaLeadAr20 + "وقال محلل إن الهدنة باتت رهينة للحسابات السياسية.", "ceasefire.exchange", nil},
		{"release the hostages held in Gaza", "en", pubTue, gazaLead19 + "Hamas will release the hostages held in Gaza.", "ceasefire.exchange", []string{"hostages=included@outlet"}},
		{"the truce frees every hostage", "en", pubTue, gazaLead19 + "The truce frees every hostage held in Gaza.", "ceasefire.exchange", []string{"hostages=included@outlet"}},
		{"seventeen hostages released under the deal, Arabic", "ar", pubTueAr, sudanLead19Ar + "وأفرج عن سبعة عشر رهينة من المدنيين بموجب الاتفاق.", "ceasefire.exchange", []string{"hostages=included@outlet"}},
		{"the truce covers the release of the hostages, Arabic", "ar", pubTueAr, gazaLeadAr20 + "وتشمل الهدنة الإفراج عن الرهائن.", "ceasefire.exchange", []string{"hostages=included@outlet"}},
	})
}
