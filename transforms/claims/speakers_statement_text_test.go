package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tanaqud/tanaqud/schemas"
)

// articleCase is a mechanismCase with the article's title and source, which some speaker rules
// read (a statement's text, a body's own release).
type articleCase struct {
	name, lang, title, source, text, topic string
	want                                   []string
}

func runArticleCases(t *testing.T, cases []articleCase) {
	t.Helper()
	x := extractor(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := schemas.Article{ID: "t", Lang: tc.lang, Title: tc.title, Source: tc.source, Text: tc.text}
			got := brief(x.Analyze(a).Claims, tc.topic)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s | %s\n%s\n%s: claims mismatch (-want +got):\n%s", tc.title, tc.source, tc.text, tc.topic, diff)
			}
		})
	}
}

// TestStatementTextSpeaks: an article that is a body's statement (its title says so, or the body
// published it) speaks in the body's voice in every sentence without an attribution of its own;
// news about a statement, a document's text, an outlet named after a people or a place, and a
// sentence quoting someone else keep theirs.
func TestStatementTextSpeaks(t *testing.T) {
	const exclusionsAr = "ويتضمن الاتفاق ما يلي: أولاً، وقف شامل لإطلاق النار. ثانياً، تستثني الهدنة تنظيم القاعدة."
	runArticleCases(t, []articleCase{
		// Positives: a statement's text by its title (Yemen, Arabic and English), a header
		// naming the body, a release on the body's own site.
		{"arabic the text of a statement: its listed terms are the body's", "ar",
			"نص بيان الحكومة اليمنية بشأن الهدنة في الحديدة", "وكالة الأنباء اليمنية",
			"تعلن الحكومة اليمنية التزامها بوقف إطلاق النار في الحديدة. " + exclusionsAr,
			"ceasefire.exclusions", []string{"aqap=excluded@yemeni_government"}},
		{"english full text of a statement", "en",
			"Full text: the Yemeni government's statement on the Hodeidah truce", "The Aden Ledger",
			"The Yemeni government welcomes the ceasefire in Hodeidah. The truce excludes al-Qaeda in the Arabian Peninsula.",
			"ceasefire.exclusions", []string{"aqap=excluded@yemeni_government"}},
		{"arabic statement header names its body", "ar",
			"بيان الحكومة اليمنية", "وكالة الأنباء اليمنية",
			"بيان صادر عن الحكومة اليمنية: نلتزم بوقف إطلاق النار في الحديدة. إن الهدنة تستثني تنظيم القاعدة.",
			"ceasefire.exclusions", []string{"aqap=excluded@yemeni_government"}},
		{"a release published by the body itself", "en",
			"", "UN OCHA",
			"OCHA welcomes the ceasefire agreed in Hodeidah and calls on all parties to honour it. Under the arrangement, humanitarian aid is to reach the city.",
			"ceasefire.humanitarian", []string{"aid_access=included@ocha"}},
		// Negative probes (the outlet is named by the article's source): news about a
		// statement (Sudan), a document's text (Iraq), an outlet
		// named after a people, a sentence quoting someone else inside a statement's text, a
		// label that names a deal, not a text.
		{"news about a statement is the outlet's", "en",
			"RSF statement clashes with army over El Fasher truce", "The Khartoum Courier",
			"The Rapid Support Forces said in a statement on Tuesday that they had agreed to the truce. The truce excludes the Zamzam camp.",
			"ceasefire.exclusions", []string{"zamzam_camp=excluded@The Khartoum Courier"}},
		{"the text of a document is the outlet's", "ar",
			"نص وثيقة الاتفاق في الحديدة", "وكالة الأنباء اليمنية",
			"تعلن الحكومة اليمنية التزامها بوقف إطلاق النار في الحديدة. " + exclusionsAr,
			"ceasefire.exclusions", []string{"aqap=excluded@وكالة الأنباء اليمنية"}},
		{"an outlet named after a people is no body publishing", "ar",
			"الحوثيون يلتزمون بالهدنة", "الحوثيون اليوم",
			"أعلن الحوثيون التزامهم بوقف إطلاق النار في الحديدة. وتستثني الهدنة تنظيم القاعدة.",
			"ceasefire.exclusions", []string{"aqap=excluded@الحوثيون اليوم"}},
		{"a quoted speaker inside a statement's text keeps the sentence", "en",
			"Full text: the Yemeni government's statement on the Hodeidah truce", "The Aden Ledger",
			"The Yemeni government welcomes the ceasefire in Hodeidah. The truce excludes al-Qaeda in the Arabian Peninsula, Oman's foreign ministry said.",
			"ceasefire.exclusions", []string{"aqap=excluded@omani_foreign_ministry"}},
		{"a label naming a deal is no statement's text", "en",
			"Deal: Houthis and government agree Hodeidah truce", "The Aden Ledger",
			"The Yemeni government welcomed the ceasefire in Hodeidah on Tuesday. The truce excludes al-Qaeda in the Arabian Peninsula.",
			"ceasefire.exclusions", []string{"aqap=excluded@The Aden Ledger"}},
	})
}

// TestQuotationClosingSentence: the sentence that closes a quotation opened by an attributed
// sentence before it, with no attribution of its own, is the quotation's last sentence: its
// opener's ("أصدرت اللجنة البيان التالي: «... . ويشمل القلد ....»").
func TestQuotationClosingSentence(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic the closing sentence of a quoted statement", "ar", "",
			"أصدرت الحكومة اليمنية البيان التالي: «توصّل الطرفان إلى وقف لإطلاق النار في الحديدة. وتستثني الهدنة تنظيم القاعدة.» ",
			"ceasefire.exclusions", []string{"aqap=excluded@yemeni_government"}},
		{"english a quotation running to its closing sentence", "en", "",
			"The Houthis issued a statement on Tuesday: \"Both sides have agreed to a ceasefire in Hodeidah. The truce excludes al-Qaeda in the Arabian Peninsula.\"",
			"ceasefire.exclusions", []string{"aqap=excluded@houthis"}},
		// Negative probes: a quotation closed in its own sentence leaves the next one to the
		// outlet; a quotation no one opened has no speaker to give.
		{"a quotation closed before the sentence is not carried", "ar", "",
			"قالت الحكومة اليمنية: «توصّل الطرفان إلى وقف لإطلاق النار في الحديدة». وتستثني الهدنة تنظيم القاعدة.",
			"ceasefire.exclusions", []string{"aqap=excluded@outlet"}},
		{"a quotation nobody is named for stays the outlet's", "en", "",
			"\"The guns fell silent in Hodeidah at midnight. The truce excludes al-Qaeda in the Arabian Peninsula,\" read a banner in the port.",
			"ceasefire.exclusions", []string{"aqap=excluded@outlet"}},
	})
}
