package claims

import "testing"

// TestWithheldRoleEmbeddedQuestion: a question word (lexicon question_words: how, why, كيف,
// لماذا) after a negated naming verb opens an embedded question; the role in it is told, not
// withheld (sets_withheld_role.go). Kept: a refused description withholds the role.
func TestWithheldRoleEmbeddedQuestion(t *testing.T) {
	const gaza = "Israel and Hamas agreed to a ceasefire in Gaza. "
	const sudan = "Sudan's army and the RSF agreed to a truce in El Fasher. "
	const yemen = "اتفق الحوثيون والحكومة اليمنية على هدنة. "
	runCases(t, []mechanismCase{
		{"probe: did not describe how Qatar brokered (Gaza)", "en", pubTue, gaza + "The official did not describe how Qatar brokered the deal.", "ceasefire.mediators",
			[]string{"qatar@outlet"}},
		{"probe: would not say why Saudi Arabia mediated (Sudan)", "en", pubTue, sudan + "The minister would not say why Saudi Arabia mediated the truce.", "ceasefire.mediators",
			[]string{"saudi_arabia@outlet"}},
		{"probe: لم يوضح كيف توسطت (Yemen)", "ar", pubTueAr, yemen + "ولم يوضح المسؤول كيف توسطت سلطنة عمان في الاتفاق.", "ceasefire.mediators",
			[]string{"oman@outlet"}},
		{"probe: لم يشرح لماذا توسطت (Yemen)", "ar", pubTueAr, yemen + "ولم يشرح المسؤول لماذا توسطت سلطنة عمان في الاتفاق.", "ceasefire.mediators",
			[]string{"oman@outlet"}},
		{"kept: declined to describe the bloc as a mediator (Sudan)", "en", pubTue, sudan + "An IGAD spokesman declined to describe the bloc as a mediator.", "ceasefire.mediators",
			nil},
		{"kept: رفض وصف عمان بالوسيط (Yemen)", "ar", pubTueAr, yemen + "ورفض المسؤول وصف سلطنة عمان بالوسيط.", "ceasefire.mediators",
			nil},
	})
}

// TestOtherDealHyphenQualifier: a qualifier before the deal noun naming another deal (lexicon
// other_deal_qualifiers: power-sharing, prisoner-swap, border-demarcation, normalization; the
// hyphen splits the compound, so its head word is listed too) tells that deal's status.
// Kept: the deal between the war's sides, unqualified.
func TestOtherDealHyphenQualifier(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: power-sharing deal signed (South Sudan)", "en", pubTue, "The power-sharing deal between the South Sudanese government and the SPLM-IO was signed in Khartoum.", "ceasefire.status",
			nil},
		{"probe: border-demarcation deal signed (Sudan)", "en", pubTue, "The border-demarcation deal between the South Sudanese government and the SPLM-IO was signed in Khartoum.", "ceasefire.status",
			nil},
		{"probe: normalization deal signed", "en", pubTue, "The normalization deal between the South Sudanese government and the SPLM-IO was signed in Khartoum.", "ceasefire.status",
			nil},
		{"kept: the deal between the sides signed (South Sudan)", "en", pubTue, "The deal between the South Sudanese government and the SPLM-IO was signed in Khartoum.", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}

// TestTalksRangePostponedNoun: the verbal noun of postponement (lexicon postponement_words:
// تأجيل, إرجاء) before "من 13 إلى 15" makes it a move, not a range of days.
func TestTalksRangePostponedNoun(t *testing.T) {
	const yemen = "اتفق الحوثيون والحكومة اليمنية على هدنة. "
	runCases(t, []mechanismCase{
		{"probe: قررت تأجيل المحادثات من 13 إلى 15 (Yemen)", "ar", pubTueAr, yemen + "وقررت الوساطة تأجيل المحادثات في مسقط من 13 إلى 15 آذار/مارس.", "talks.date",
			[]string{"2026-03-15@outlet"}},
		{"probe: تقرر إرجاء المحادثات من 13 إلى 15 (Yemen)", "ar", pubTueAr, yemen + "وتقرر إرجاء المحادثات في مسقط من 13 إلى 15 آذار/مارس.", "talks.date",
			[]string{"2026-03-15@outlet"}},
		{"probe: تأجّلت المحادثات من 13 إلى 15 (Yemen)", "ar", pubTueAr, yemen + "وتأجّلت المحادثات في مسقط من 13 إلى 15 آذار/مارس.", "talks.date",
			[]string{"2026-03-15@outlet"}},
		{"kept: عقدت المحادثات من 13 إلى 15 (Yemen)", "ar", pubTueAr, yemen + "وعقدت المحادثات في مسقط من 13 إلى 15 آذار/مارس.", "talks.date",
			[]string{"2026-03-13@outlet"}},
	})
}

// TestCallReachesStartTime: a call ("urged X to", "called on X to": lexicon modality object
// "call") makes a demand of the act it calls to, the start time after that act's verb and
// object included, and its object may be a phrase with no name ("both sides") (scope.go
// calledTo). Kept: a relative clause on the called act's object asserts its own time; a
// sentence with no call asserts; a named object right before "to" stays a demand.
func TestCallReachesStartTime(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: urged both sides to cease fire by Friday", "en", pubTue, "Washington urged both sides to cease fire by Friday.", "ceasefire.start_time",
			[]string{"2025-10-17@united_states~demanded"}},
		{"probe: called on both sides to cease fire by Friday", "en", pubTue, "The UN called on both sides to cease fire by Friday.", "ceasefire.start_time",
			[]string{"2025-10-17@un~demanded"}},
		{"probe: called on both sides to observe a truce from Friday", "en", pubTue, "The UN called on both sides to observe a truce from Friday.", "ceasefire.start_time",
			[]string{"2025-10-17@un~demanded"}},
		{"kept: urged both sides to respect the truce, which took effect on Friday", "en", pubTue, "The UN urged both sides to respect the truce, which took effect on Friday.", "ceasefire.start_time",
			[]string{"2025-10-10@outlet"}},
		{"kept: the truce took effect on Friday", "en", pubTue, "The truce between the army and the RSF took effect on Friday.", "ceasefire.start_time",
			[]string{"2025-10-10@outlet"}},
		{"kept: called on Oman to guarantee the truce", "en", pubTue, "The UN called on Oman to guarantee the truce.", "ceasefire.guarantors",
			[]string{"oman@un~demanded"}},
	})
}

// TestPriceNounNoSaying: «ثمن» opening a sentence right before a deal or truce noun is the noun
// "price" in construct (lexicon attribution_noun_homographs; speakers_price_noun.go), not «ثمّن»
// (commended): the outlet holds the claim. Kept: the verb with a subject that speaks, whatever
// follows it.
func TestPriceNounNoSaying(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: ثمن الاتفاق كان انسحاب الدعم السريع (Sudan)", "ar", "", "ثمن الاتفاق كان انسحاب قوات الدعم السريع من الفاشر.", "ceasefire.withdrawal",
			[]string{"rapid_support_forces=required@outlet"}},
		{"kept: ثمّن الاتحاد الأفريقي الاتفاق (Sudan)", "ar", "", "ثمّن الاتحاد الأفريقي الاتفاق الذي ينص على انسحاب قوات الدعم السريع من الفاشر.", "ceasefire.withdrawal",
			[]string{"rapid_support_forces=required@african_union"}},
		{"kept: وثمّن الاتحاد الأفريقي الوساطة الكينية (Ethiopia)", "ar", "", "وثمّن الاتحاد الأفريقي الوساطة الكينية التي أفضت إلى وقف إطلاق النار بين الحكومة الإثيوبية وجبهة تحرير تيغراي.", "ceasefire.mediators",
			[]string{"kenya@african_union"}},
	})
}

// TestLeftOutPursuitTarget: the right to keep fighting a group the truce leaves out needs the
// pursuit aimed at the group (lexicon pursuit_target_phrases: "against whom", «ضدها»; or a
// pursuit word with an object pronoun, «ملاحقته»): the group's own raids going on tell no such
// right (retained_left_out_pursued.go pursuitOfGroup). Kept: the targets.
func TestLeftOutPursuitTarget(t *testing.T) {
	const somalia = "The Somali government and clan militias agreed to a truce in Gedo. "
	const somaliaAr = "اتفقت الحكومة الصومالية وميليشيات العشائر على هدنة في جدو. "
	runCases(t, []mechanismCase{
		{"probe: whose raids on villages continue (Somalia)", "en", "", somalia + "The truce does not cover al-Shabaab, whose raids on villages continue.", "ceasefire.retained_rights",
			nil},
		{"probe: التي تواصل شن غارات على القرى (Somalia)", "ar", "", somaliaAr + "ولا تشمل الهدنة حركة الشباب التي تواصل شن غارات على القرى.", "ceasefire.retained_rights",
			nil},
		{"kept: against whom operations will continue (Somalia)", "en", "", somalia + "The truce does not cover al-Shabaab, against whom military operations will continue.", "ceasefire.retained_rights",
			[]string{"fight_terrorism=retained@outlet"}},
		{"kept: التي ستواصل القوات ملاحقتها (Somalia)", "ar", "", somaliaAr + "ولا تشمل الهدنة حركة الشباب التي ستواصل القوات الحكومية ملاحقتها.", "ceasefire.retained_rights",
			[]string{"fight_terrorism=retained@outlet"}},
	})
}
