package claims

import "testing"

// TestVocalizedContextAlias: a context alias the gazetteer writes vocalized («عمّان», Amman with
// its shadda) names the entity outright where the text carries its marks, and stays a context
// alias unvocalized («عمان» is also Oman, «عُمان»): names_vocalized.go. Witnesses: suwayda
// sw_018 «رعتها واشنطن وعمّان», sw_028 «إن واشنطن وعمّان «ستضمنان», sw_004 «الاتفاق المبرم في
// عمّان», taiz tz_019 «خلال مشاورات عمّان». Probes: Oman vocalized or bare, in Yemeni and Gulf
// coverage; the capital after a locative is where a time was announced, not who announced it.
func TestVocalizedContextAlias(t *testing.T) {
	runCases(t, []mechanismCase{
		{"syria: the capital brokered beside Washington, Jordan named nowhere else", "ar", "",
			"ويأتي ذلك بعد ثلاثة أيام على دخول الهدنة في السويداء، التي رعتها واشنطن وعمّان، حيز التنفيذ.", "ceasefire.mediators",
			[]string{"jordan,united_states@outlet"}},
		{"syria: the capital guarantees beside Washington", "ar", "",
			"قال المبعوث الأميركي توماس ريردن إن واشنطن وعمّان «ستضمنان تنفيذ اتفاق السويداء بكل بنوده».", "ceasefire.guarantors",
			[]string{"jordan,united_states@thomas_reardon"}},
		{"yemen: talks opened in the capital", "ar", "",
			"انطلقت في عمّان مشاورات بين الحكومة اليمنية والحوثيين حول هدنة تعز.", "talks.venue",
			[]string{"amman@outlet"}},
		{"gaza: the capital hosts the talks", "ar", "",
			"استضافت عمّان أمس جولة محادثات بين حماس وإسرائيل حول تمديد الهدنة في غزة.", "talks.venue",
			[]string{"amman@outlet"}},

		// Probes.
		{"probe: Oman vocalized brokers the Hodeidah truce", "ar", "",
			"ويشمل الاتفاق، الذي رعته عُمان، مدينة الحديدة وموانئها الثلاثة.", "ceasefire.mediators",
			nil},
		{"probe: bare unvocalized name in Red Sea coverage", "ar", "",
			"وهذه المرة الثانية التي تتوسط فيها عمان بين صنعاء وواشنطن لوقف الهجمات في البحر الأحمر.", "ceasefire.mediators",
			nil},
		{"probe: the capital as the place a time was announced", "ar", "2027-09-19T08:00:00Z",
			"قال المتحدث باسم وزارة الداخلية السورية إن وقف إطلاق النار في السويداء يسري اعتباراً من السادسة صباح السبت بالتوقيت المحلي، لا عند منتصف الليل كما أُعلن في عمّان.", "ceasefire.start_time",
			[]string{"2027-09-18T03:00:00Z@syrian_interior_ministry"}},
	})
}
