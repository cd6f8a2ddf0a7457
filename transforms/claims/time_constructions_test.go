package claims

// Start times: the twelfth hour named as midnight, a past verb split from its object by the
// subject, a past weekday's midnight, a past verb governing a clock time through the compliance
// it begins, a bare "since" that dates another event, and the theatre's zone when a sponsor
// state is named as often as the warring sides' country.

import "testing"

// TestTwelveOfMidnight: "الساعة الثانية عشرة من منتصف الليل", "12 midnight" are a midnight, not noon.
func TestTwelveOfMidnight(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic twelfth hour of midnight, tonight", "ar", pubTueAr, yemenLeadAr + "وأعلن الحوثيون أن الهدنة تدخل حيز التنفيذ عند الساعة الثانية عشرة من منتصف الليل بتوقيت صنعاء.", "ceasefire.start_time",
			[]string{"2025-10-14T21:00:00Z@houthis"}},
		{"arabic twelfth hour of midnight of a weekday", "ar", pubTueAr, yemenLeadAr + "وتبدأ الهدنة عند الساعة الثانية عشرة من منتصف ليل الخميس.", "ceasefire.start_time",
			[]string{"2025-10-16T21:00:00Z@outlet"}},
		{"english 12 midnight", "en", pubTue, yemenLead + "The truce takes effect at 12 midnight on Thursday.", "ceasefire.start_time",
			[]string{"2025-10-16T21:00:00Z@outlet"}},
		// Probes: the twelfth hour at noon stays noon; a twelve that counts something else.
		{"probe: twelve at noon stays noon", "ar", pubTueAr, yemenLeadAr + "وتبدأ الهدنة عند الساعة الثانية عشرة ظهر الخميس.", "ceasefire.start_time",
			[]string{"2025-10-16T09:00:00Z@outlet"}},
		{"probe: twelve dead before midnight is no hour", "en", pubTue, yemenLead + "Shelling killed 12 people before midnight in Hays, medics said.", "ceasefire.start_time",
			nil},
		{"probe: a question about twelve midnight", "en", pubTue, yemenLead + "Will the truce in Hodeidah really begin at 12 midnight on Thursday?", "ceasefire.start_time",
			nil},
	})
}

// TestVerbFirstPastStart: "ودخلت الهدنة حيز التنفيذ ظهر الأربعاء": the subject between the past
// verb and "حيز التنفيذ" keeps the past reading: the last Wednesday, not the coming one.
func TestVerbFirstPastStart(t *testing.T) {
	runCases(t, []mechanismCase{
		{"verb first, subject between", "ar", pubTueAr, yemenLeadAr + "ودخلت الهدنة حيز التنفيذ ظهر الأربعاء.", "ceasefire.start_time",
			[]string{"2025-10-08T09:00:00Z@outlet"}},
		{"verb first, a long subject between", "ar", pubTueAr, yemenLeadAr + "ودخل وقف إطلاق النار حيز التنفيذ ظهر الأربعاء.", "ceasefire.start_time",
			[]string{"2025-10-08T09:00:00Z@outlet"}},
		{"past verb and its object adjacent, a weekday's midnight", "ar", pubTueAr, yemenLeadAr + "وقالت مصادر إن الهدنة دخلت حيز التنفيذ عند منتصف ليل الجمعة.", "ceasefire.start_time",
			[]string{"2025-10-10T21:00:00Z@sources"}},
		{"english past weekday midnight", "en", pubTue, yemenLead + "The truce took effect at midnight on Friday.", "ceasefire.start_time",
			[]string{"2025-10-10T21:00:00Z@outlet"}},
		{"a past start at noon today stays today", "ar", "2025-10-15", yemenLeadAr + "وأعلن الحوثيون أن وقف إطلاق النار دخل حيز التنفيذ ظهر اليوم الأربعاء.", "ceasefire.start_time",
			[]string{"2025-10-15T09:00:00Z@houthis"}},
		// Probes: a coming start stays coming; another verb before the cue is no past.
		{"probe: future verb first stays coming", "ar", pubTueAr, yemenLeadAr + "وتدخل الهدنة حيز التنفيذ ظهر الأربعاء.", "ceasefire.start_time",
			[]string{"2025-10-15T09:00:00Z@outlet"}},
		{"probe: english coming midnight stays coming", "en", pubTue, yemenLead + "The truce takes effect at midnight on Friday.", "ceasefire.start_time",
			[]string{"2025-10-17T21:00:00Z@outlet"}},
		{"probe: a prisoner deal entering into force", "ar", pubTueAr, yemenLeadAr + "ودخل اتفاق تبادل الأسرى حيز التنفيذ ظهر الأربعاء.", "ceasefire.start_time",
			nil},
		{"probe: a question on a past start", "ar", pubTueAr, yemenLeadAr + "هل دخلت الهدنة حيز التنفيذ ظهر الأربعاء؟", "ceasefire.start_time",
			nil},
	})
}

// TestPastVerbThroughCompliance: "بدأت الالتزام بوقف إطلاق النار اعتباراً من السادسة صباحاً" is
// the 6 a.m. that has passed.
func TestPastVerbThroughCompliance(t *testing.T) {
	runCases(t, []mechanismCase{
		{"began complying from a clock time", "ar", pubTueAr, yemenLeadAr + "وقالت الحكومة اليمنية في بيان إن قواتها \"بدأت الالتزام بوقف إطلاق النار اعتباراً من السادسة صباحاً\".", "ceasefire.start_time",
			[]string{"2025-10-14T03:00:00Z@yemeni_government"}},
		// Probes: a withdrawal begun, a coming compliance, a denial.
		{"probe: a withdrawal begun is no start", "ar", pubTueAr, yemenLeadAr + "وقالت الحكومة إن قواتها بدأت الانسحاب من المدينة اعتباراً من السادسة صباحاً.", "ceasefire.start_time",
			nil},
		{"probe: compliance to come is the next one", "ar", pubTueAr, yemenLeadAr + "وقالت الحكومة إن قواتها ستلتزم بوقف إطلاق النار اعتباراً من السادسة صباحاً.", "ceasefire.start_time",
			[]string{"2025-10-15T03:00:00Z@yemeni_government"}},
	})
}

// TestSinceOfAnotherEvent: a bare "since" dates the truce only when the truce heads its clause.
func TestSinceOfAnotherEvent(t *testing.T) {
	runCases(t, []mechanismCase{
		{"since after the truce", "en", pubTue, yemenLead + "The truce, in force since Friday, is holding.", "ceasefire.start_time",
			[]string{"2025-10-10@outlet"}},
		{"since in a relative clause on the truce", "en", pubTue, yemenLead + "The truce, which has held since Friday, is fragile.", "ceasefire.start_time",
			[]string{"2025-10-10@outlet"}},
		{"arabic since after the ceasefire noun", "ar", pubTueAr, yemenLeadAr + "وأكد الحوثيون التزامهم بوقف إطلاق النار الساري منذ الأربعاء.", "ceasefire.start_time",
			[]string{"2025-10-08@houthis"}},
		{"since right after a start verb, the noun clauses back", "ar", pubTueAr, yemenLeadAr + "تقول الحكومة إن الهدنة بدأت عند منتصف الليل، بينما يصر الحوثيون على أنها سرت منذ السابعة مساء الاثنين.", "ceasefire.start_time",
			[]string{"2025-10-13T21:00:00Z@yemeni_government", "2025-10-13T16:00:00Z@houthis"}},
		{"since right after a verb of ceasing fire", "ar", pubTueAr, yemenLeadAr + "تقول الحكومة إن وقف إطلاق النار بدأ عند منتصف الليل، بينما يؤكد الحوثيون أن قواتهم أوقفت النار منذ ظهر الاثنين.", "ceasefire.start_time",
			[]string{"2025-10-13T21:00:00Z@yemeni_government", "2025-10-13T09:00:00Z@houthis"}},
		// Probes: detainees held since, breaches none since, crossings closed since.
		{"probe: detainees held since", "en", pubTue, yemenLead + "Under the deal, detainees held by both sides since last Thursday are to be swapped.", "ceasefire.start_time",
			nil},
		{"probe: no breach since", "ar", pubTueAr, yemenLeadAr + "وأوضحت البعثة أن طرفي الاتفاق، أي الحوثيين والحكومة، لم يسجلا أي خرق جسيم منذ يوم الجمعة.", "ceasefire.start_time",
			nil},
		{"probe: crossings closed since, the agreement after", "en", pubTue, yemenLead + "Asked about the Hodeidah crossings, closed since October 9, she said their reopening would be discussed under the agreement.", "ceasefire.start_time",
			nil},
		{"probe: talks stalled since", "en", pubTue, yemenLead + "Under the agreement, political talks, stalled since March, will resume in Muscat.", "ceasefire.start_time",
			nil},
	})
}

// TestTheatreZoneOverSponsor: the warring forces' country gives the zone when a sponsor state and
// its capital are named as often.
func TestTheatreZoneOverSponsor(t *testing.T) {
	runCases(t, []mechanismCase{
		{"forces' zone over the sponsor's", "en", pubTue, "The United States said the truce between the Houthis and the Yemeni army would enter into force at 00:00 on Thursday. Washington will guarantee it.", "ceasefire.start_time",
			[]string{"2025-10-15T21:00:00Z@united_states"}},
		// Probe: a zone named in the sentence still wins.
		{"probe: a named zone wins", "en", pubTue, "The United States said the truce between the Houthis and the Yemeni army would enter into force at 00:00 GMT on Thursday. Washington will guarantee it.", "ceasefire.start_time",
			[]string{"2025-10-16T00:00:00Z@united_states"}},
	})
}

// TestNoonOfTomorrowAndZeroHourSet: "الساعة الثانية عشرة ظهر يوم غد الخميس" is tomorrow's noon;
// "ساعة الصفر حُددت "عند الواحدة من فجر الخميس"" dates the start through the quote.
func TestNoonOfTomorrowAndZeroHourSet(t *testing.T) {
	runCases(t, []mechanismCase{
		{"twelve noon of tomorrow, Wednesday", "ar", pubTueAr, yemenLeadAr + "وقال الحوثيون إن قواتهم لن تلتزم بالهدنة إلا \"اعتباراً من الساعة الثانية عشرة ظهر يوم غدٍ الأربعاء\".", "ceasefire.start_time",
			[]string{"2025-10-15T09:00:00Z@houthis"}},
		{"noon of tomorrow", "ar", pubTueAr, yemenLeadAr + "وقال الحوثيون إن قواتهم ستلتزم بالهدنة اعتباراً من ظهر يوم غد.", "ceasefire.start_time",
			[]string{"2025-10-15T09:00:00Z@houthis"}},
		{"zero hour was set, in quotes", "ar", pubTueAr, yemenLeadAr + "وأفاد مصدر في فريق الوساطة العماني بأن ساعة الصفر حُددت \"عند الواحدة من فجر الخميس بتوقيت مسقط\"، موضحاً أن الطرفين وافقا على الهدنة.", "ceasefire.start_time",
			[]string{"2025-10-15T21:00:00Z@oman"}},
		// Probes: a noon that is not twelve's, tomorrow's talks, a zero hour of an offensive asked about.
		{"probe: tomorrow's talks are no start", "ar", pubTueAr, yemenLeadAr + "وتعقد المحادثات السياسية في مسقط ظهر يوم غد.", "ceasefire.start_time",
			nil},
		{"probe: an offensive's zero hour", "ar", pubTueAr, "قال قائد عسكري في دارفور إن ساعة الصفر حُددت \"عند الواحدة من فجر الخميس\" لبدء الهجوم على الفاشر.", "ceasefire.start_time",
			nil},
	})
}

// TestDayPartThenDayThenHour: "بدأت صباح الأحد الماضي عند الساعة السادسة": a day part after the
// start verb, then the day, then two hour cues before the hour.
func TestDayPartThenDayThenHour(t *testing.T) {
	runCases(t, []mechanismCase{
		{"began on a morning, at the hour of six", "ar", pubTueAr, yemenLeadAr + "وقال الحوثيون إن الهدنة بدأت صباح الأحد الماضي عند الساعة السادسة.", "ceasefire.start_time",
			[]string{"2025-10-12T03:00:00Z@houthis"}},
		{"a coming day, at the hour of six", "ar", pubTueAr, yemenLeadAr + "وتبدأ الهدنة الخميس عند الساعة السادسة صباحاً.", "ceasefire.start_time",
			[]string{"2025-10-16T03:00:00Z@outlet"}},
		// Probes: a withdrawal begun on a morning, shelling at the hour of six, a question.
		{"probe: a withdrawal begun on a morning", "ar", pubTueAr, yemenLeadAr + "وقال الحوثيون إن قواتهم بدأت صباح الأحد الماضي الانسحاب من الميناء.", "ceasefire.start_time",
			nil},
		{"probe: shelling at the hour of six", "ar", pubTueAr, yemenLeadAr + "وقال سكان إن القصف استؤنف صباح الأحد عند الساعة السادسة.", "ceasefire.start_time",
			nil},
		{"probe: a question", "ar", pubTueAr, yemenLeadAr + "هل بدأت الهدنة صباح الأحد عند الساعة السادسة؟", "ceasefire.start_time",
			nil},
	})
}
