package claims

// Precision probes of round 16: sentences of other wars and shapes that gave false claims
// (a negated delivery report, a retreat forced by fighting, an earlier year's deal, a denied
// signature, a right to respond to a proposal), with what a careful reader takes from them.

import "testing"

// TestPrecision16NegatedDeliveryReport: a report that aid has not reached a place is no term on
// aid access.
func TestPrecision16NegatedDeliveryReport(t *testing.T) {
	runCases(t, []mechanismCase{
		{"medical aid had not reached the city", "en", "", yemenLead + "Doctors said medical aid had not reached the city for weeks.", "ceasefire.humanitarian", nil},
		{"food had not reached the villages", "en", "", yemenLead + "Residents said food aid has not reached the villages since the fighting began.", "ceasefire.humanitarian", nil},
		{"no aid has reached the camp", "en", "", yemenLead + "No humanitarian aid has reached the camp in a month, a doctor said.", "ceasefire.humanitarian", nil},
		{"aid convoys did not reach the town", "en", "", yemenLead + "Aid convoys did not reach Taiz on Monday because of the fighting.", "ceasefire.humanitarian", nil},
		// The rule's positive cases: a term that lets aid reach a place, a term that keeps it out.
		{"the truce lets aid reach the city", "en", "", yemenLead + "The truce allows humanitarian aid to reach the city.", "ceasefire.humanitarian", []string{"aid_access=included@outlet"}},
		{"the deal does not include aid", "en", "", yemenLead + "The deal does not include humanitarian aid, the Houthis said.", "ceasefire.humanitarian", []string{"aid_access=not_included@houthis"}},
		{"aid will reach the city under the deal", "en", "", yemenLead + "Under the deal, humanitarian aid will reach Taiz within days.", "ceasefire.humanitarian", []string{"aid_access=included@outlet"}},
		{"arabic aid has not arrived", "ar", "", yemenLeadAr + "وقال أطباء إن المساعدات الطبية لم تصل إلى المدينة منذ أسابيع.", "ceasefire.humanitarian", nil},
	})
}

// TestPrecision16WithdrawalWithoutTerm: a retreat forced by fighting and an earlier year's deal
// are no withdrawal provision.
func TestPrecision16WithdrawalWithoutTerm(t *testing.T) {
	runCases(t, []mechanismCase{
		{"pulled back after heavy losses", "en", "", yemenLead + "After heavy losses the army had to pull its troops back from the hills.", "ceasefire.withdrawal", nil},
		{"an earlier year's deal", "en", "2025-10-14T09:00:00Z", yemenLead + "In 2016 the Houthis agreed to withdraw their fighters from Taiz under a deal that collapsed.", "ceasefire.withdrawal", nil},
		{"arabic pulled back after heavy losses", "ar", "", yemenLeadAr + "وبعد خسائر فادحة اضطر الجيش إلى سحب قواته من التلال.", "ceasefire.withdrawal", nil},
		{"forced to withdraw under shelling", "en", "", yemenLead + "Under heavy shelling the Houthis were forced to withdraw their fighters from the village.", "ceasefire.withdrawal", nil},
		// The rule's positive cases: a term in a sentence that names the truce, a demand.
		{"truce requires a pullback despite shelling", "en", "", yemenLead + "Despite the shelling, the truce requires the Houthis to withdraw their fighters from the port.", "ceasefire.withdrawal", []string{"houthis=required@outlet"}},
		{"an earlier year's agreement, arabic", "ar", "2025-10-14T09:00:00Z", yemenLeadAr + "وفي عام 2016 وافق الحوثيون على سحب مقاتليهم من تعز بموجب اتفاق انهار لاحقا.", "ceasefire.withdrawal", nil},
	})
}

// TestPrecision16DeniedSignature: a denied signature names no signatory group.
func TestPrecision16DeniedSignature(t *testing.T) {
	runCases(t, []mechanismCase{
		{"denied that they had signed", "en", "", yemenLead + "The Houthis denied that they had signed any agreement with the Yemeni army.", "ceasefire.signatory_groups", nil},
		{"denied signing", "en", "", yemenLead + "The Giants Brigades denied signing the truce.", "ceasefire.signatory_groups", nil},
		{"denied that two named forces had signed", "en", "", yemenLead + "The Houthis denied that the Giants Brigades and the Yemeni army had signed the truce.", "ceasefire.signatory_groups", nil},
		{"rejected reports that they signed", "en", "", yemenLead + "The Giants Brigades rejected reports that they and the Yemeni army had signed the truce.", "ceasefire.signatory_groups", nil},
		// The rule's positive case: a plain signature stays.
		{"signed the truce", "en", "", yemenLead + "The Giants Brigades and the Yemeni army signed the truce on Tuesday.", "ceasefire.signatory_groups", []string{"giants_brigades,yemeni_army@outlet"}},
		{"arabic denied signing", "ar", "", yemenLeadAr + "ونفى الحوثيون أنهم وقعوا على أي اتفاق مع الجيش اليمني.", "ceasefire.signatory_groups", nil},
	})
}

// TestPrecision16RespondIsToAttacks: a right to respond is to attacks, fire or violations; being
// free to respond to a proposal or asked to respond to questions is no retained right.
func TestPrecision16RespondIsToAttacks(t *testing.T) {
	runCases(t, []mechanismCase{
		{"free to respond to a proposal", "en", "", yemenLead + "The Houthis are free to respond to the government's proposal.", "ceasefire.retained_rights", nil},
		{"asked to respond to questions", "en", "", yemenLead + "Lawmakers asked the minister to respond to the questions on Monday.", "ceasefire.retained_rights", nil},
		{"did not respond to a request", "en", "", yemenLead + "The Houthis did not respond to a request for comment.", "ceasefire.retained_rights", nil},
		{"arabic free to respond to a proposal", "ar", "", yemenLeadAr + "وقال الحوثيون إنهم أحرار في الرد على مقترح الحكومة.", "ceasefire.retained_rights", nil},
		{"arabic asked to answer questions", "ar", "", yemenLeadAr + "وطلب النواب من الوزير الرد على الأسئلة يوم الاثنين.", "ceasefire.retained_rights", nil},
		// The rule's positive cases: the right to respond to any attack, to violations.
		{"arabic right to respond to any attack", "ar", "", yemenLeadAr + "ويحتفظ الجيش بحقه في الرد على أي هجوم.", "ceasefire.retained_rights", []string{"respond_to_violations=retained@outlet"}},
		{"keeps the right to respond to any attack", "en", "", yemenLead + "The army keeps the right to respond to any attack.", "ceasefire.retained_rights", []string{"respond_to_violations=retained@outlet"}},
		{"will respond to any attack", "en", "", yemenLead + "The army said it would respond to any attack.", "ceasefire.retained_rights", []string{"respond_to_violations=retained@yemeni_army"}},
		{"respond to letters", "en", "", yemenLead + "The envoy said he would respond to the letters of both sides next week.", "ceasefire.retained_rights", nil},
	})
}
