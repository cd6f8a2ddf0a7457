package claims

import "testing"

// TestQuotedNameInSubject: an Arabic verb of saying before its subject ("قال المتحدث باسم
// «عصبة الأنصار» الشيخ ياسر حمدان إن"): the quote marks around a body's name are no quotation,
// so the walk for the subject goes on to the person after it (haiti ht_009 and ht_025,
// ainhilweh ah_008 gave the outlet). An outlet's name in quotes is who is told ("قال
// لـ«الأفق» إن"), never the subject; a quotation that is more than a name still ends the walk.
func TestQuotedNameInSubject(t *testing.T) {
	runCases(t, []mechanismCase{
		{"haiti: a coalition's spokesman named after its quoted name", "ar", "", `أكد المتحدث باسم "فيف أنسانم" ويلكنسون بلغارد أن الطريق الوطني رقم 1 "مشمول بالهدنة بالكامل".`, "ceasefire.exclusions",
			[]string{"route_nationale_1=not_excluded@wilkenson_bellegarde"}},
		{"ain al-hilweh: the quote marks taken into the name", "ar", "", "قال الناطق باسم «عصبة الأنصار» الشيخ ياسر حمدان لموقع «المخيم نت» إن الهدنة صامدة.", "ceasefire.status",
			[]string{"in_force@yasser_hamdan"}},
		{"syria: a spokesman the gazetteer does not know speaks for the quoted body", "ar", "", "قال المتحدث باسم «قسد» فرهاد شامي إن الهدنة صامدة.", "ceasefire.status",
			[]string{"in_force@sdf"}},
		{"lebanon: the quoted body itself", "ar", "", "وقال الناطق باسم «حزب الله» إن الهدنة صامدة.", "ceasefire.status",
			[]string{"in_force@hezbollah"}},
		{"libya: a quoted army whose spokesman the gazetteer does not know", "ar", "", "أكد الناطق باسم «الجيش الوطني الليبي» أحمد المسماري أن الهدنة صامدة.", "ceasefire.status",
			[]string{"in_force@libyan_national_army"}},
		// Negative probes: the outlet told, a source told an outlet, a quotation after the verb.
		{"an outlet in quotes is told, not telling", "ar", "", "غير أن قيادياً في الحركة قال لـ«الأفق العربي» إن الهدنة صامدة.", "ceasefire.status",
			[]string{"in_force@outlet"}},
		{"a source told a quoted outlet keeps the source", "ar", "", "أوضح مصدر عسكري لـ«السنديان» أن وقف النار صامد.", "ceasefire.status",
			[]string{"in_force@sources"}},
		{"a quotation that starts with a name is what is said", "ar", "", `وأضاف "حزب الله ملتزم بالهدنة وهي صامدة"، بحسب الوكالة.`, "ceasefire.status",
			[]string{"in_force@outlet"}},
	})
}

// TestRelativeSaidPartyHead: "عصابة «غران غريف» التي قال إنها «طرف كامل في الاتفاق»": the
// pronoun of a verb of saying that opens a relative clause stands for the clause's head, not
// for who speaks: haiti ht_009 read the speaker's own coalition as the party once the speaker
// was read. The head is left unread (parties_member.go); a pronoun with no relative clause is
// still the speaker's body (TestPartyMember's "arabic the speaker's pronoun").
func TestRelativeSaidPartyHead(t *testing.T) {
	runCases(t, []mechanismCase{
		{"haiti: not the spokesman's coalition", "ar", "", `قال المتحدث باسم تحالف "فيف أنسانم" جان إرنست دورفيل إن الهدنة "تشمل كل الأراضي الهايتية"، بما في ذلك منطقة أرتيبونيت حيث تنشط عصابة "غران غريف" التي قال إنها "طرف كامل في الاتفاق".`, "ceasefire.parties",
			nil},
		{"syria: not the ministry's state", "ar", "", "قال المتحدث باسم وزارة الدفاع التركية إن الهدنة تشمل منبج حيث تنتشر «قسد» التي قال إنها طرف في الاتفاق.", "ceasefire.parties",
			nil},
	})
}
