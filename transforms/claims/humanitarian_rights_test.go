package claims

// Humanitarian and retained-rights provisions (ceasefire.humanitarian, ceasefire.retained_rights).

import "testing"

// TestHumanitarianProvisions: aid access, corridors, safe passage and relief convoys, asserted or denied.
func TestHumanitarianProvisions(t *testing.T) {
	runCases(t, []mechanismCase{
		{"relief convoys and safe departure", "en", "", "The ceasefire took effect on Thursday. It commits both sides to letting relief convoys through and to the safe departure of civilians.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet", "evacuation=included@outlet"}},
		{"arabic corridors", "ar", "", "ونص وقف إطلاق النار على فتح ممرات آمنة لخروج المدنيين.", "ceasefire.humanitarian",
			[]string{"evacuation=included@outlet"}},
		{"a long list of provisions after the agreement noun", "en", "", yemenLead + "The agreement also provides for the reopening of roads to the port under the supervision of United Nations monitors and for unhindered humanitarian access.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"arabic safe corridors for aid convoys are aid access", "ar", "", yemenLeadAr + "وتعهد الحوثيون بفتح ممرات آمنة أمام قوافل الإغاثة بموجب الاتفاق.", "ceasefire.humanitarian",
			[]string{"aid_access=included@houthis"}},
		{"part of what the parties agreed", "en", "", yemenLead + `The port reopened on Friday. A UN spokeswoman said unhindered aid access was "part of what the parties agreed".`, "ceasefire.humanitarian",
			[]string{"aid_access=included@un"}},
		{"access to named places written into the agreement", "en", "", yemenLead + "UN agencies said access to Hays and Zabid was written into the agreement.", "ceasefire.humanitarian",
			[]string{"aid_access=included@un"}},
		{"a live-blog entry does not point back into the entry before", "en", "", yemenLead + "\n\n08:40 - Power returned to the port late on Thursday, according to the UN, which said 12 aid trucks had entered the city.", "ceasefire.humanitarian",
			nil},
		{"arabic a negated any reaches the provision", "ar", "", yemenLeadAr + "وأكد الحوثيون أن الاتفاق لا ينص على أي ممرات لإجلاء المدنيين.", "ceasefire.humanitarian",
			[]string{"evacuation=not_included@houthis"}},
		{"a safe passage for what carries aid is aid access", "en", "", yemenLead + "The deal also guarantees safe passage for ships carrying humanitarian cargo to Hodeidah.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"a term participle asserts the provision inside a hope", "en", "", yemenLead + "A UN spokesperson said agencies hoped to reach the 600 trucks a day promised in the agreement within a week.", "ceasefire.humanitarian",
			[]string{"aid_access=included@un"}},
		{"arabic a term participle asserts the provision inside a hope", "ar", "", yemenLeadAr + "وتأمل الأمم المتحدة أن تصل قوافل المساعدات المنصوص عليها في الاتفاق إلى الحديدة خلال أيام.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"a hope with no term participle asserts nothing", "en", "", yemenLead + "A UN spokesperson said agencies hoped to reach 600 aid trucks a day within a week.", "ceasefire.humanitarian",
			nil},
	})
}

// TestRetainedRights: rights a side keeps: freedom of action, operations against a jihadist group, and what is no such right.
func TestRetainedRights(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic a denial governs the complement clause", "ar", "", yemenLeadAr + "ونفى الحوثيون ما تداولته وسائل إعلام سعودية عن أن التحالف يحتفظ بحرية العمل العسكري في الحديدة.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=not_retained@houthis"}},
		{"arabic a relative rejection is the other side's account", "ar", "", yemenLeadAr + "في المقابل، يصر التحالف على أنه يحتفظ بحق ضرب أي تهديد في الحديدة، وهو ما ترفضه صنعاء جملة وتفصيلاً.", "ceasefire.retained_rights",
			// يصر التحالف: the coalition speaks; the rejection is its own subject's, Sanaa's
			// (provisions_relative_denier.go).
			[]string{"respond_to_violations=retained@saudi_led_coalition", "respond_to_violations=not_retained@houthis"}},
		{"freedom of action retained", "en", "", yemenLead + "The Saudi-led coalition said it retains full freedom of action in Hodeidah.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@saudi_led_coalition"}},
		{"arabic no right to military action", "ar", "", yemenLeadAr + `وقالت الحكومة إن "لا حق للتحالف في القيام بأي عمل عسكري" خلال الهدنة.`, "ceasefire.retained_rights",
			[]string{"respond_to_violations=not_retained@yemeni_government"}},
		{"continuing operations against a jihadist group is a retained right", "en", "", yemenLead + "The government said that operations against AQAP will continue.", "ceasefire.retained_rights",
			[]string{"fight_terrorism=retained@yemeni_government"}},
		{"arabic pursuing a jihadist group is a retained right", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إنها ستواصل ملاحقة القاعدة في جزيرة العرب.", "ceasefire.retained_rights",
			[]string{"fight_terrorism=retained@yemeni_government"}},
		{"operations against a party to the truce are no retained right", "en", "", yemenLead + "The government said that operations against the Houthis had stopped.", "ceasefire.retained_rights",
			nil},
	})
}

// TestRightToAnswerAndSelfDefence: the right kept to return fire or answer, and Arabic
// self-defence (الدفاع عن النفس), as the English "self-defence" already is.
func TestRightToAnswerAndSelfDefence(t *testing.T) {
	runCases(t, []mechanismCase{
		{"keeps the right to return fire", "en", "", yemenLead + "The government said it keeps the right to return fire if attacked.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@yemeni_government"}},
		{"arabic legitimate right to self-defence", "ar", "", yemenLeadAr + "وأكدت الحكومة اليمنية أنها تحتفظ بحقها المشروع في الدفاع عن النفس.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@yemeni_government"}},
	})
}

// TestAidWordQualifyingPeople: an aid word qualifying people or bodies ("aid workers", "منظمات
// الإغاثة") names who they are, no term on aid access; aid itself stays a term.
func TestAidWordQualifyingPeople(t *testing.T) {
	runCases(t, []mechanismCase{
		{"aid workers killed", "en", "", yemenLead + "The UN said 12 aid workers had been killed in Darfur this year.", "ceasefire.humanitarian",
			nil},
		{"aid groups warned of famine", "en", "", yemenLead + "Aid groups warned of famine in Darfur.", "ceasefire.humanitarian",
			nil},
		{"arabic relief organisations warned", "ar", "", yemenLeadAr + "وحذرت منظمات الإغاثة من مجاعة في دارفور.", "ceasefire.humanitarian",
			nil},
		{"arabic relief workers killed", "ar", "", yemenLeadAr + "وقال مسؤول أممي إن 12 من عمال الإغاثة قتلوا في دارفور هذا العام.", "ceasefire.humanitarian",
			nil},
		{"the deal lets aid in stays", "en", "", yemenLead + "The deal allows humanitarian aid into Hodeidah.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"arabic the deal lets aid in stays", "ar", "", yemenLeadAr + "ويسمح الاتفاق بإدخال المساعدات الإنسانية إلى الحديدة.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
	})
}
