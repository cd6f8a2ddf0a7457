package claims

import (
	"testing"

	"github.com/tanaqud/tanaqud/schemas"
)

func TestScopeAndCoverage(t *testing.T) {
	runCases(t, []mechanismCase{
		{"placed in a city is partial", "en", "", "A ceasefire in the Red Sea port city of Hodeidah took hold.", "ceasefire.scope", []string{"partial@outlet"}},
		{"limited to a city", "ar", "", "وأوضح أن اتفاق وقف إطلاق النار في اليمن يقتصر على مدينة الحديدة.", "ceasefire.scope", []string{"partial@outlet"}},
		{"all of a province is partial", "ar", "", "وقف إطلاق النار في اليمن يشمل جميع مديريات محافظة الحديدة.", "ceasefire.scope", []string{"partial@outlet"}},
		{"all the territory is nationwide", "ar", "", "وقف شامل للعمليات القتالية على جميع الأراضي السورية.", "ceasefire.scope", []string{"nationwide@outlet"}},
		{"qualified by a relative clause", "ar", "", "الاتفاق يسري على جميع المناطق التي تتواجد فيها المعارضة المعتدلة في سوريا.", "ceasefire.scope", nil},
		{"including a district is covered", "ar", "", "وقف إطلاق النار في اليمن يشمل محافظة الحديدة بما فيها مديرية حيس.", "ceasefire.exclusions", []string{"hays=not_excluded@outlet"}},
	})
}

func TestPartiesAndWithdrawal(t *testing.T) {
	runCases(t, []mechanismCase{
		{"between", "ar", "", "أعلن بوتين التوصل إلى اتفاق لوقف إطلاق النار في سوريا بين النظام السوري وفصائل المعارضة المسلحة.", "ceasefire.parties",
			[]string{"syrian_armed_opposition,syrian_government@vladimir_putin"}},
		{"subjects of agreed", "en", "", "The Houthi movement and the internationally recognised government agreed to a ceasefire in Hodeidah.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
		{"force before the verb", "en", "", "Under the ceasefire in Yemen, Houthi fighters are to pull back from the ports.", "ceasefire.withdrawal",
			[]string{"houthis=required@outlet"}},
		{"negated withdrawal", "ar", "", "وقال مصدر إن وقف إطلاق النار في اليمن لا يعني أن قوات أنصار الله لن تنسحب من الموانئ.", "ceasefire.withdrawal",
			[]string{"houthis=not_required@sources"}},
	})
}

func TestNotClaims(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a hope is not a claim", "ar", "", "وأكد الوزير أن بلاده تأمل في التوصل إلى وقف إطلاق نار شامل في سوريا.", "ceasefire.status", nil},
		{"negated talks name no venue", "ar", "", "هذه المحادثات لن تكون منافسة لمحادثات جنيف.", "talks.venue", nil},
		{"a capital's meetings are not the talks", "ar", "", "وقالت مصادر إن اجتماعات تدور في العاصمة التركية أنقرة.", "talks.venue", nil},
		{"pluperfect report is a claim", "ar", "", "وكانت مصادر قد قالت إن الهدنة في سوريا تستثني تنظيم داعش.", "ceasefire.exclusions", []string{"isis=excluded@sources"}},
		{"pluperfect event is background", "ar", "", "وكان اتفاق سابق قد استثنى تنظيم داعش من وقف إطلاق النار في سوريا.", "ceasefire.exclusions", nil},
		{"talks noun inside a name", "ar", "", "رحب رئيس الهيئة العليا للمفاوضات بوقف إطلاق النار في سوريا.", "talks.venue", nil},
	})
}

func TestArabicTimeZoneOfPlace(t *testing.T) {
	runCases(t, []mechanismCase{
		{"tonight in Sanaa time, scheduled is asserted", "ar", "2025-10-16T11:00:00+03:00", "ومن المقرر أن تبدأ الهدنة في اليمن منتصف الليلة بتوقيت صنعاء.", "ceasefire.start_time",
			[]string{"2025-10-16T21:00:00Z@outlet"}},
	})
}

// TestOddInputs: Analyze never panics and keeps offsets inside the text.
func TestOddInputs(t *testing.T) {
	x := extractor(t)
	for _, text := range []string{"", " \n\t ", "\xff\xfe\x00 بوتين", "....", "٦٠ ألف", "وقف إطلاق النار", "(((", "منتصف", "أكثر من", "بحسب", "لا يستثني إلا"} {
		for _, lang := range []string{"", "ar", "en", "fr"} {
			an := x.Analyze(schemas.Article{ID: "odd", Lang: lang, Text: text, Published: "not a date"})
			n := len([]rune(text))
			for _, c := range an.Claims {
				if c.Start < 0 || c.End > n || c.Start > c.End {
					t.Errorf("%q: claim offsets [%d,%d) outside [0,%d)", text, c.Start, c.End, n)
				}
			}
		}
	}
}
