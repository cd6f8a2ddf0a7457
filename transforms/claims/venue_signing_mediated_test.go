package claims

import "testing"

// TestVenueSigningMediated: a signing told with the sides, the day and the place between the verb
// and the agreement ("وقّعت X وY مساء الخميس في الدوحة اتفاقاً", the Arabic wire lead of chad,
// kadugli and cabinda) names the forum when the place lies abroad and the article tells of talks
// or of a mediation ("بوساطة قطرية": talks brokered), and the name of a side may carry its
// acronym or wing in brackets ("(فليك-فاك)"). A flash with neither talks nor mediation, a
// mediation refused, a city of the war and a long bracketed aside name none.
func TestVenueSigningMediated(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic lead, a mediation named after it (chad)", "ar", pubTue,
			"وقّعت الحكومة التشادية والجبهة الوطنية لتجديد تشاد مساء الخميس في الدوحة اتفاقاً لوقف إطلاق النار في شمال البلاد، بوساطة قطرية مشتركة مع الاتحاد الأفريقي.", "talks.venue",
			[]string{"doha@outlet"}},
		{"arabic lead, a side's acronym in brackets (cabinda)", "ar", pubTue,
			"وقّعت الحكومة الأنغولية وجبهة تحرير جيب كابيندا – القوات المسلحة لكابيندا (فليك-فاك) مساء الخميس في ساو تومي اتفاقاً لوقف إطلاق النار في إقليم كابيندا الغني بالنفط، بعد أربعة أيام من المحادثات برعاية حكومة ساو تومي وبرينسيب.", "talks.venue",
			[]string{"sao_tome@outlet"}},
		{"english: signed on a day in a city, under a mediation", "en", pubTue,
			"Chad's government and the FNRT signed on Thursday evening in Doha a ceasefire for the north, under Qatari mediation.", "talks.venue",
			[]string{"doha@outlet"}},
		{"probe: a flash naming neither talks nor a mediation", "ar", pubTue,
			"وقّعت الحكومة التشادية والجبهة الوطنية لتجديد تشاد مساء الخميس في الدوحة اتفاقاً لوقف إطلاق النار.", "talks.venue",
			nil},
		{"probe: a mediation refused", "ar", pubTue,
			"وقّعت الحكومة التشادية والجبهة الوطنية لتجديد تشاد مساء الخميس في الدوحة اتفاقاً لوقف إطلاق النار، ورفضت قطر التوسط بينهما.", "talks.venue",
			nil},
		{"probe: a city of the war", "ar", pubTue,
			"وقّعت الحكومة التشادية والجبهة الوطنية لتجديد تشاد مساء الخميس في أنجامينا اتفاقاً لوقف إطلاق النار، بوساطة قطرية.", "talks.venue",
			nil},
		{"probe: a long aside in brackets after a side", "ar", pubTue,
			"وقّعت الحكومة الأنغولية وجبهة تحرير جيب كابيندا (التي تقاتل منذ عام 1975 من أجل الاستقلال) مساء الخميس في ساو تومي اتفاقاً لوقف إطلاق النار، بعد أربعة أيام من المحادثات.", "talks.venue",
			nil},
	})
}
