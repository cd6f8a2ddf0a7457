package claims

import "testing"

// TestTrailingAsideCarriesTheMainSpeaker: after a sentence that ends on an aside naming who
// relays the words or whose words are answered ("، بحسب وكالة الواحات للأنباء", "، رداً على ما
// أعلنته دمشق", ", according to Reuters"), the next sentence going on with no subject («وأوضح
// أن», "He added") continues the sentence's main speaker. Near misses: a source a report is
// taken from («نقل موقع الثبات عن مصدر في هيئة الحشد أن») speaks on in «وأضاف المصدر»; "the same
// diplomat" takes up the aside's source; «بحسب قوله» (his words) is the one quoted before.
func TestTrailingAsideCarriesTheMainSpeaker(t *testing.T) {
	runCases(t, []mechanismCase{
		{"kufra: according to the agency, then he explained", "ar", "", "الكفرة (وكالات) - قال الشيخ مسعود سيف النصر، عضو لجنة الحكماء والأعيان، إن جلسة المجلس المقبلة ستُعقد في الكفرة يوم السبت ٢١ يوليو، وإن الديات ستُقدَّر وفق العُرف بثلاثمئة ألف دينار عن كل قتيل، بحسب وكالة الواحات للأنباء. وأوضح أن الكفلاء والضمناء من أعيان أولاد سليمان سيشرفون على السداد، وأن الهدنة لا تزال صامدة.", "ceasefire.status",
			[]string{"in_force@masoud_saif_al_nasr"}},
		{"hermel: in reply to what Damascus announced, then he explained", "ar", "", "أكد وزير الدفاع الوطني ميشال سعادة أن «الهدنة مفتوحة وغير محددة بمهلة زمنية»، رداً على ما أعلنته دمشق عن مدة خمسة عشر يوماً. وأوضح في حديث إذاعي أن اتفاق جدة «ينص صراحة على انسحاب الوحدات السورية إلى ما وراء الحدود».", "ceasefire.withdrawal",
			[]string{"syrian_army=required@michel_saadeh"}},
		// Near misses.
		{"the source a report is taken from goes on", "ar", "", "نقل موقع الثبات عن مصدر في هيئة الحشد الشعبي أن الهيئة لم توقع على الاتفاق. وأضاف المصدر أن الحشد ملتزم بوقف إطلاق النار.", "ceasefire.status",
			[]string{"not_agreed@pmf", "in_force@pmf"}},
		{"the same diplomat is the aside's source", "ar", "", "ففي حين أكدت القاهرة أن مفاوضات المرحلة الثانية ستُعقد على أراضيها، أعلنت الدوحة أنها ستستضيفها، بحسب دبلوماسي عربي. ومن المرجح، وفق الدبلوماسي نفسه، أن تنضم الأمم المتحدة إلى مراقبة وقف إطلاق النار.", "ceasefire.monitors",
			[]string{"un@sources"}},
		{"his words are the one quoted before", "ar", "", "وقال الناطق باسم وزارة الدفاع في حكومة الوحدة الوطنية العقيد مصطفى بن ناجي إن الهدنة صامدة. غير أن الحكومة تطالب، بحسب قوله، بخروج عناصر الفيلق الأفريقي الروسي من قاعدة الجفرة. وأشار المتحدث إلى أن الاتفاق يتضمن تبادل المحتجزين لدى الطرفين.", "ceasefire.exchange",
			[]string{"prisoners=included@mustafa_ben_naji"}},
	})
}
