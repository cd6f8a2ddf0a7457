package claims

// How long the ceasefire lasts (ceasefire.duration): units, spans, phases, renewals and framing.

import "testing"

// TestDurationForms: the forms of a span in both languages: units before or after the noun, hyphenated, dual and word forms, months as days.
func TestDurationForms(t *testing.T) {
	runCases(t, []mechanismCase{
		{"hyphenated hours before the noun", "en", "", "The Houthis agreed to a 48-hour truce in Hodeidah.", "ceasefire.duration",
			[]string{"2@outlet"}},
		{"hyphenated word weeks", "en", "", "The two sides accepted a three-week ceasefire around Hodeidah.", "ceasefire.duration",
			[]string{"21@outlet"}},
		{"adjective between quantity and noun", "en", "", "Mediators announced a 96-hour humanitarian pause in Hodeidah.", "ceasefire.duration",
			[]string{"4@sources"}},
		{"words with a duration cue", "en", "", "The ceasefire will last ten days.", "ceasefire.duration",
			[]string{"10@outlet"}},
		{"negated quantity asserts nothing", "en", "", "The Houthis said they signed a truce, not a 24-hour pause.", "ceasefire.duration",
			nil},
		{"arabic hours after the noun", "ar", "", "أعلن الطرفان هدنة 48 ساعة في الحديدة.", "ceasefire.duration",
			[]string{"2@outlet"}},
		{"arabic dual weeks", "ar", "", "اتفق الطرفان على هدنة مدتها أسبوعين في الحديدة.", "ceasefire.duration",
			[]string{"14@outlet"}},
		{"arabic dual days", "ar", "", "وقال الحوثيون إن وقف إطلاق النار يستمر يومين.", "ceasefire.duration",
			[]string{"2@houthis"}},
		{"ar for week", "ar", "", "اتفق الطرفان على هدنة لمدة أسبوع في الحديدة.", "ceasefire.duration", []string{"7@outlet"}},
		{"en week-long", "en", "", "The sides agreed to a week-long truce in Hodeidah.", "ceasefire.duration", []string{"7@outlet"}},
		{"en for a month", "en", "", "The ceasefire in Hodeidah will last for a month.", "ceasefire.duration", []string{"[28,31]@outlet"}},
		{"en hyphenated days", "en", "", "The sides agreed to a 10-day truce in Hodeidah.", "ceasefire.duration", []string{"10@outlet"}},
		{"ar days words", "ar", "", "اتفق الطرفان على هدنة لمدة عشرة أيام في الحديدة.", "ceasefire.duration", []string{"10@outlet"}},
		{"ar a day in hours", "ar", "", "اتفق الطرفان على هدنة مدتها 24 ساعة في الحديدة.", "ceasefire.duration", []string{"1@outlet"}},
		{"ar hours words", "ar", "", "اتفق الطرفان على هدنة لمدة ثماني وأربعين ساعة في الحديدة.", "ceasefire.duration", []string{"2@outlet"}},
		{"en days after noun", "en", "", "The sides agreed to a truce of seven days in Hodeidah.", "ceasefire.duration", []string{"7@outlet"}},
		{"two months", "en", pubTue, yemenLead + "The truce will last two months.", "ceasefire.duration",
			[]string{"[59,62]@outlet"}},
		{"arabic three months", "ar", pubTueAr, yemenLeadAr + "وتستمر الهدنة ثلاثة أشهر.", "ceasefire.duration",
			[]string{"[89,92]@outlet"}},
		{"arabic dual months", "ar", pubTueAr, yemenLeadAr + "فالهدنة التي تمتد شهرين تشمل الموانئ.", "ceasefire.duration",
			[]string{"[59,62]@outlet"}},
	})
}

// TestDurationOfTheTruce: which span is the truce's: the truce named by a pronoun, a verb phrase or the pause, and spans, days and extensions that are not its length.
func TestDurationOfTheTruce(t *testing.T) {
	const agreed = "The truce was agreed late on Monday. "
	runCases(t, []mechanismCase{
		{"a day name is a date", "ar", "", "أعلن الطرفان هدنة يوم الخميس في الحديدة.", "ceasefire.duration",
			nil},
		{"an extension is not the duration", "ar", "", "وقد تمدد الهدنة إلى ستين يوماً.", "ceasefire.duration",
			nil},
		{"within a week dates something else", "en", "", "The truce will last 30 days and aid should reach Hodeidah within a week.", "ceasefire.duration", []string{"30@outlet"}},
		{"weeks of talks are no duration, a cue elsewhere does not help", "en", pubTue, "The Houthis and the government signed a ceasefire agreement on Monday after three weeks of talks, the most serious attempt since the truce collapsed last year.", "ceasefire.duration",
			nil},
		{"a sentence about the truce's length", "ar", pubTueAr, yemenLeadAr + "ويرى مراقبون أن الخلاف على مدة الهدنة كبير؛ فبينما يتحدث الحوثيون عن ثلاثين يوماً، تصر الحكومة على عشرة أيام.", "ceasefire.duration",
			// Each account's subject speaks (يتحدث الحوثيون، تصر الحكومة), as in syria_ne's gold.
			[]string{"30@houthis", "10@yemeni_government"}},
		{"the pause as the truce", "en", pubTue, yemenLead + "The pause would last ten days, the Houthis insisted.", "ceasefire.duration",
			[]string{"10@houthis"}},
		{"the span of hold fire", "en", pubTue, yemenLead + "The Houthis said their units would hold fire from noon today, and for twenty days only.", "ceasefire.duration",
			[]string{"20@houthis"}},
		{"it as the subject of a duration cue", "en", pubTue, yemenLead + agreed + "The government said it would take effect at midnight and last 20 days.", "ceasefire.duration",
			[]string{"20@yemeni_government"}},
	})
}

// TestPhaseDurations: the length of the first phase of a phased truce.
func TestPhaseDurations(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the first phase of a phased truce", "en", pubTue, yemenLead + "The 42-day first phase provides for the release of prisoners.", "ceasefire.duration",
			[]string{"42@outlet"}},
		{"arabic first phase with its length", "ar", pubTueAr, yemenLeadAr + "وقال الحوثيون إن المرحلة الأولى، ومدتها ستة أسابيع، تتضمن الإفراج عن الأسرى.", "ceasefire.duration",
			[]string{"42@houthis"}},
	})
}

// TestContrastedAndFramedDurations: spans set against denied ones, a term of, the length as the topic, ordinals that count days gone by.
func TestContrastedAndFramedDurations(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a span set against a denied one", "en", pubTue, yemenLead + `"We signed ten days, not seventy-two hours," the Houthis said.`, "ceasefire.duration",
			[]string{"10@houthis"}},
		{"a term of", "en", pubTue, yemenLead + "The Houthis say the text sets a term of twenty days for the truce.", "ceasefire.duration",
			[]string{"20@houthis"}},
		{"arabic: the length as the sentence's topic", "ar", pubTueAr, yemenLeadAr + "أما المدة فموضع خلاف؛ إذ يقول الحوثيون إنها عشرون يوماً، في حين تقول الحكومة اليمنية إنها عشرة أيام فقط.", "ceasefire.duration",
			[]string{"20@houthis", "10@yemeni_government"}},
		{"an adjective between the article and the unit", "en", pubTue, yemenLead + "The Houthis say the truce runs for an initial month.", "ceasefire.duration",
			[]string{"[28,31]@houthis"}},
		{"an ordinal counts days gone by", "en", pubTue, yemenLead + "The truce held for a second day.", "ceasefire.duration",
			nil},
		{"a negated span alone asserts nothing", "en", pubTue, yemenLead + "The truce is not thirty days long.", "ceasefire.duration",
			nil},
	})
}

// TestDurationNumberWordsAndUnits: number words, compounds, duals and inflected units inside a span.
func TestDurationNumberWordsAndUnits(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a hundred multiplies what precedes it", "en", pubTue, yemenLead + "The truce will last one hundred days.", "ceasefire.duration",
			[]string{"100@outlet"}},
		{"hundreds and tens add", "en", pubTue, yemenLead + "The truce will last three hundred and twenty days.", "ceasefire.duration",
			[]string{"320@outlet"}},
		{"a fortnight", "en", pubTue, yemenLead + "The truce will last a fortnight.", "ceasefire.duration",
			[]string{"14@outlet"}},
		{"expires after", "en", pubTue, yemenLead + "The truce expires after 30 days.", "ceasefire.duration",
			[]string{"30@outlet"}},
		{"arabic: a nominative dual unit", "ar", pubTueAr, yemenLeadAr + "ومدة الهدنة أسبوعان.", "ceasefire.duration",
			[]string{"14@outlet"}},
		{"arabic: an adjective between the truce and its span", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إنها تتعامل مع الاتفاق كهدنة تجريبية من 10 أيام.", "ceasefire.duration",
			[]string{"10@yemeni_government"}},
		{"a between phrase leaves the span alone", "ar", "", yemenLeadAr + "وقال الحوثيون إن التفاهم بين الجانبين في الحديدة يمتد تسعين يوماً.", "ceasefire.duration",
			[]string{"90@houthis"}},
		{"arabic: an inflected singular month after a duration cue", "ar", "", yemenLeadAr + "وقال الحوثيون إن الاتفاق الممتد شهراً كاملاً لم يُطبق بعد.", "ceasefire.duration",
			[]string{"[28,31]@houthis"}},
	})
}

// TestRenewableSpans: renewable spans, in and outside a truce article.
func TestRenewableSpans(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a renewable span in a truce article", "en", pubTue, yemenLead + `"Twenty days, renewable," the Houthis said.`, "ceasefire.duration",
			[]string{"20@houthis"}},
		{"arabic: a dual month, renewable", "ar", pubTueAr, yemenLeadAr + "وقالت الحكومة اليمنية إنها تتمسك بشهرين فقط قابلين للتجديد.", "ceasefire.duration",
			[]string{"[59,62]@yemeni_government"}},
		{"a span subject to renewal", "en", pubTue, yemenLead + "Twenty days, subject to renewal, the Houthis said.", "ceasefire.duration",
			[]string{"20@houthis"}},
		{"a renewable lease in a truce article is no term of the truce", "en", pubTue, yemenLead + "The port is leased for 99 years, renewable, the Houthis said.", "ceasefire.duration",
			nil},
		{"a renewable span outside a truce article", "en", pubTue, "The port lease runs ten years, renewable, the ministry said.", "ceasefire.duration",
			nil},
	})
}

// TestDurationLeadsAndIncrements: "out of N days" and "amounting to" lead the truce's span; an
// increment ("a further 30 days", "ثلاثين يوماً إضافية") is no length; a span stacked with a second
// adjective before the noun still qualifies it.
func TestDurationLeadsAndIncrements(t *testing.T) {
	runCases(t, []mechanismCase{
		{"how long it has held is no term", "en", pubTue, yemenLead + "Juba backs the truce, which has held for two days now, and which will last 30 days.", "ceasefire.duration",
			[]string{"30@outlet"}},
		{"arabic day N out of M", "ar", pubTueAr, yemenLeadAr + "وقال الحوثيون إن الهدنة دخلت يومها الخامس من أصل أربعة عشر يوماً.", "ceasefire.duration",
			[]string{"14@houthis"}},
		{"arabic period amounting to two weeks", "ar", pubTueAr, yemenLeadAr + "وتعهد الطرفان بعدم تعزيز مواقعهما خلال فترة الهدنة البالغة أسبوعين.", "ceasefire.duration",
			[]string{"14@outlet"}},
		{"a further span is an extension", "en", pubTue, yemenLead + "The truce will last 14 days, and the sides may extend it by a further 30 days.", "ceasefire.duration",
			[]string{"14@outlet"}},
		{"arabic additional days are an extension", "ar", pubTueAr, yemenLeadAr + "ورجح المسؤول أن يبحث الاجتماع تمديد الهدنة لثلاثين يوماً إضافية.", "ceasefire.duration",
			nil},
		{"a second adjective after a comma", "en", pubTue, yemenLead + "An extension of the 14-day, Omani-brokered truce is on the agenda.", "ceasefire.duration",
			[]string{"14@outlet"}},
		{"a span set off before a clause is no adjective", "en", pubTue, yemenLead + "After 14 days, the truce collapsed.", "ceasefire.duration",
			nil},
	})
}

// TestUnitsThatAreNoSpan: a unit with a possessive dates the noun after it ("last week's
// fighting"), and a correction notice restates a retracted length: neither is the truce's term.
func TestUnitsThatAreNoSpan(t *testing.T) {
	runCases(t, []mechanismCase{
		{"last week's fighting", "en", pubTue, yemenLead + "More than 40,000 people displaced by last week's fighting are sheltering in Hodeidah.", "ceasefire.duration",
			nil},
		{"a correction restates the retracted length", "en", pubTue, yemenLead + "An earlier version of this story said the truce would last 60 days.", "ceasefire.duration",
			nil},
		{"arabic: a correction restates the retracted length", "ar", pubTueAr, yemenLeadAr + "وذكرت نسخة سابقة من هذا الخبر أن الهدنة تستمر ستين يوماً.", "ceasefire.duration",
			nil},
		{"the length after the correction stands", "en", pubTue, yemenLead + "The truce lasts 30 days, renewable by mutual consent.", "ceasefire.duration",
			[]string{"30@outlet"}},
	})
}

// TestInitialSpan: "initial" right before a span makes it the truce's first term, with no
// duration verb ("beyond its initial 30 days"); an increment after it still adds.
func TestInitialSpan(t *testing.T) {
	runCases(t, []mechanismCase{
		{"beyond its initial span", "en", pubTue, yemenLead + "The deal can be extended beyond its initial 30 days, the government said.", "ceasefire.duration",
			[]string{"30@yemeni_government"}},
		{"the initial span, number word", "en", pubTue, yemenLead + "The truce's initial fourteen days end on October 28.", "ceasefire.duration",
			[]string{"14@outlet"}},
		{"initial with no span after it", "en", pubTue, yemenLead + "The initial reaction in Hodeidah was calm, and aid arrived within 30 days.", "ceasefire.duration",
			nil},
	})
}

// TestHaltAsTheTruce: "halt" as a noun names the truce whose length is given.
func TestHaltAsTheTruce(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a halt for an initial span", "en", pubTue, yemenLead + "The draft proposes a halt for an initial thirty days.", "ceasefire.duration",
			[]string{"30@outlet~proposed"}},
		{"a hyphenated span before halt", "en", pubTue, yemenLead + "The government's is a thirty-day halt covering every port.", "ceasefire.duration",
			[]string{"30@outlet"}},
	})
}

// TestInitialTermWithoutTheNoun: "initial" or "initial period of" right before a span names the
// truce's first term in an article about a truce, with no ceasefire noun in the sentence.
func TestInitialTermWithoutTheNoun(t *testing.T) {
	runCases(t, []mechanismCase{
		{"an initial period of days in a statement", "en", pubTue, yemenLead + "The government statement gives an initial period of 14 days, which the two sides may extend.", "ceasefire.duration",
			[]string{"14@outlet"}},
		{"an initial span after a plain verb", "en", pubTue, yemenLead + "Oman's text sets out an initial 30 days for both sides.", "ceasefire.duration",
			[]string{"30@outlet"}},
		{"a bare span with no term word stays out", "en", pubTue, yemenLead + "The government statement gives the fighters 14 days to leave.", "ceasefire.duration",
			nil},
	})
}
