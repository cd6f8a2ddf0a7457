package claims

import "testing"

// TestPronounTalksOtherEvent: a pronoun after a verb of holding stands for the talks only when
// no other event that is held or takes place (lexicon watched_events: elections, a trial;
// term_actions: an exchange, a release) is named after them (talks_pronoun_verbs.go); talks
// whose own topic is such an event ("talks on the release of the hostages") still are.
// Probes from Sudan, Libya and Gaza.
func TestPronounTalksOtherEvent(t *testing.T) {
	const sudan = "Sudan's army and the RSF agreed to a truce in El Fasher on Tuesday. "
	const sudanAr = "اتفق الجيش السوداني وقوات الدعم السريع على هدنة في الفاشر يوم الثلاثاء. "
	const libyaAr = "اتفقت حكومة الوحدة الوطنية والجيش الوطني الليبي على وقف لإطلاق النار في طرابلس. "
	const gaza = "Israel and Hamas agreed to a ceasefire in Gaza on Sunday. "
	const gazaAr = "اتفقت إسرائيل وحماس على وقف إطلاق النار في غزة يوم الأحد. "
	runCases(t, []mechanismCase{
		// The pronoun stands for the other event.
		{"elections they would take place in (Sudan)", "en", "", sudan + "The talks in Jeddah also discussed the planned elections, and the council said they would take place in Khartoum.", "talks.venue",
			[]string{"jeddah@outlet"}},
		{"الانتخابات ... أنها ستعقد في (Sudan)", "ar", "", sudanAr + "وناقشت المفاوضات في جدة الانتخابات المقبلة، وأكد المجلس أنها ستعقد في الخرطوم.", "talks.venue",
			[]string{"jeddah@outlet"}},
		{"موعد الانتخابات وقالت إنها ستعقد في (Libya)", "ar", "", libyaAr + "وبعد محادثات جنيف، أعلنت المفوضية موعد الانتخابات وقالت إنها ستعقد في طرابلس.", "talks.venue",
			[]string{"geneva@outlet"}},
		{"صفقة التبادل ... إنها ستعقد في (Gaza)", "ar", "", gazaAr + "وبحثت المفاوضات في القاهرة صفقة التبادل، وقالت حماس إنها ستعقد في رفح.", "talks.venue",
			[]string{"cairo@outlet"}},
		// The talks' own topic: the pronoun is still the talks.
		{"talks on the release of the hostages (Gaza)", "en", "", gaza + "Talks on the release of the hostages stalled on Monday, and Egypt said they will be held in Cairo next week.", "talks.venue",
			[]string{"cairo@egypt"}},
		{"المفاوضات حول تبادل الأسرى (Gaza)", "ar", "", gazaAr + "وتعثرت المفاوضات حول تبادل الأسرى، وقالت مصر إنها ستعقد في القاهرة الأسبوع المقبل.", "talks.venue",
			[]string{"cairo@egypt"}},
	})
}
