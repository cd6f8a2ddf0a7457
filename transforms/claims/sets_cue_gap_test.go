package claims

import "testing"

// TestSetsCueGap: a mediation cue split by a manner word, a role adjective or a quotation mark
// reads as the cue written whole (sets_cue_gap.go): hermel, mindanao, tabbaneh, taiz and
// waziristan each had a mediator side unread so (frozen dumps too). Probes: a subject or a time
// between the cue's words, a cue of aid.
func TestSetsCueGap(t *testing.T) {
	const lead = "توصلت بيروت ودمشق إلى هدنة على الحدود. "
	const leadEn = "A ceasefire between Lebanon and Syria took hold on Tuesday. "
	runCases(t, []mechanismCase{
		{"manner word after the credit verb", "ar", "", lead + "إذ تفيد المعلومات بأن الدوحة أسهمت بدورها في التوصل إلى الاتفاق، وهو ما لم تؤكده المملكة.", "ceasefire.mediators",
			[]string{"qatar@outlet"}},
		{"quoted verb and manner word", "ar", "", lead + "قال مصدر دبلوماسي قطري إن الدوحة \"أسهمت بهدوء\" في التوصل إلى الاتفاق.", "ceasefire.mediators",
			[]string{"qatar@qatar"}},
		{"role with an adjective", "ar", "", lead + "كشفت مصادر دبلوماسية عربية أن قطر أدت دوراً محورياً في إنضاج اتفاق التهدئة.", "ceasefire.mediators",
			[]string{"qatar@sources"}},
		{"facilitated the contacts, quoted", "ar", "", lead + "وقال دبلوماسي غربي إن قطر «سهّلت الاتصالات» بين الطرفين قبل جولة نيسان/أبريل.", "ceasefire.mediators",
			[]string{"qatar@sources"}},
		{"facilitating contact between the sides", "ar", "", lead + "أوضحت وزارة الخارجية العمانية أن السلطنة \"أسهمت في تسهيل التواصل بين الطرفين\" خلال المشاورات.", "ceasefire.mediators",
			[]string{"oman@omani_foreign_ministry"}},
		{"english adverb inside the cue", "en", "", leadEn + "Qatar helped quietly broker the truce, officials said.", "ceasefire.mediators",
			[]string{"qatar@sources"}},

		// Probes.
		{"probe: a subject between the credit verb and its object", "ar", "", lead + "وقالت المصادر إن الأمطار أسهمت الأسبوع الماضي في التوصل إلى الاتفاق.", "ceasefire.mediators",
			nil},
		{"probe: a role in the fighting", "ar", "", lead + "وقالت المصادر إن قطر أدت دوراً محورياً في المعارك.", "ceasefire.mediators",
			nil},
		{"probe: english adverb that is no gap word", "en", "", leadEn + "Qatar helped the team reach the final, officials said.", "ceasefire.mediators",
			nil},
	})
}
