package claims

import "testing"

// Families of phrasing added for issue 4 (claims that generalize). Sentences are written for the
// tests, about the held-out (Yemen) and seed (Syria) entities.

func TestDurationForms(t *testing.T) {
	runCases(t, []mechanismCase{
		{"hyphenated hours before the noun", "en", "", "The Houthis agreed to a 48-hour truce in Hodeidah.", "ceasefire.duration",
			[]string{"2@outlet"}},
		{"hyphenated word weeks", "en", "", "The two sides accepted a three-week ceasefire around Hodeidah.", "ceasefire.duration",
			[]string{"21@outlet"}},
		{"adjective between quantity and noun", "en", "", "Mediators announced a 96-hour humanitarian pause in Hodeidah.", "ceasefire.duration",
			[]string{"4@outlet"}},
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
		{"a day name is a date", "ar", "", "أعلن الطرفان هدنة يوم الخميس في الحديدة.", "ceasefire.duration",
			nil},
		{"an extension is not the duration", "ar", "", "وقد تمدد الهدنة إلى ستين يوماً.", "ceasefire.duration",
			nil},
	})
}

func TestClockAndZoneTimes(t *testing.T) {
	runCases(t, []mechanismCase{
		// Yemen is UTC+3 in the gazetteer; the articles are published on Tuesday 14 October 2025.
		{"midnight with the zone before the day", "en", "2025-10-14T08:00:00Z", "The truce will take effect at midnight Sanaa time (2100 GMT) on Wednesday.", "ceasefire.start_time",
			[]string{"2025-10-15T21:00:00Z@outlet"}},
		{"explicit utc clock and day", "en", "2025-10-14T08:00:00Z", "The ceasefire will take effect at 0300 GMT on Thursday.", "ceasefire.start_time",
			[]string{"2025-10-16T03:00:00Z@outlet"}},
		{"arabic ordinal hour in the morning", "ar", "2025-10-14T11:00:00+03:00", "وقال الحوثيون إن الهدنة في الحديدة تبدأ في السادسة من صباح الخميس.", "ceasefire.start_time",
			[]string{"2025-10-16T03:00:00Z@houthis"}},
		{"arabic ordinal hour in the evening", "ar", "2025-10-14T11:00:00+03:00", "وقال الحوثيون إن الهدنة في الحديدة تبدأ في الثامنة من مساء الخميس.", "ceasefire.start_time",
			[]string{"2025-10-16T17:00:00Z@houthis"}},
		{"a far start cue does not date the report day", "en", "2025-10-17T08:00:00Z", "The Hodeidah ceasefire was holding on Friday, with aid trucks and fuel tankers slowly crossing into the besieged city and its port from the south.", "ceasefire.start_time",
			nil},
	})
}

func TestTalksMonths(t *testing.T) {
	runCases(t, []mechanismCase{
		{"end of the month", "en", "2025-10-14T08:00:00Z", "Talks will resume in Muscat before the end of the month.", "talks.date",
			[]string{"2025-10@outlet"}},
		{"end of a named month", "en", "2025-10-14T08:00:00Z", "Talks will resume in Muscat before the end of November.", "talks.date",
			[]string{"2025-11@outlet"}},
		{"arabic current month", "ar", "2025-10-14T11:00:00+03:00", "وتستأنف المحادثات في مسقط قبل نهاية الشهر الجاري.", "talks.date",
			[]string{"2025-10@outlet"}},
		{"according to is not an accord", "en", "2025-10-14T08:00:00Z", "Talks are due to resume in Muscat before the end of November, according to diplomats familiar with the plans.", "talks.date",
			[]string{"2025-11@sources~expected"}},
	})
}

func TestMediationAndGuarantees(t *testing.T) {
	runCases(t, []mechanismCase{
		{"capitals stand as guarantors", "en", "", "The UN envoy said Muscat and Riyadh would stand as guarantors of the ceasefire.", "ceasefire.guarantors",
			[]string{"oman,saudi_arabia@un_envoy"}},
		{"capitals broker", "en", "", "Officials said Muscat and Riyadh had brokered the ceasefire.", "ceasefire.mediators",
			[]string{"oman,saudi_arabia@sources"}},
		{"demonyms qualify the mediators noun", "en", "", "The Houthis and the government agreed to a truce, Omani and Saudi mediators announced.", "ceasefire.mediators",
			[]string{"oman,saudi_arabia@outlet"}},
		{"arabic demonym plurals after the mediators noun", "ar", "", "أعلن الوسطاء العمانيون والسعوديون في مسقط توصل الطرفين إلى وقف لإطلاق النار.", "ceasefire.mediators",
			[]string{"oman,saudi_arabia@outlet"}},
		{"sponsorship of the talks", "en", "", "Talks are due to resume in Muscat under Omani and Saudi sponsorship, according to diplomats familiar with the plans.", "talks.sponsors",
			[]string{"oman,saudi_arabia@sources~expected"}},
	})
}

func TestPartiesVerbSubjectOrder(t *testing.T) {
	runCases(t, []mechanismCase{
		{"sides after the verb", "ar", "", "توصل الحوثيون والحكومة اليمنية إلى اتفاق لوقف إطلاق النار في الحديدة.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
	})
}

func TestInclusiveScopeAndProvisions(t *testing.T) {
	runCases(t, []mechanismCase{
		{"pronoun covers a city", "en", "", "The ceasefire took effect on Thursday. It covers Hodeidah and the roads leading into the port.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"relief convoys and safe departure", "en", "", "The ceasefire took effect on Thursday. It commits both sides to letting relief convoys through and to the safe departure of civilians.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet", "evacuation=included@outlet"}},
		{"arabic corridors", "ar", "", "ونص وقف إطلاق النار على فتح ممرات آمنة لخروج المدنيين.", "ceasefire.humanitarian",
			[]string{"evacuation=included@outlet"}},
		{"negated inclusion verb governs a far provision", "ar", "", "دخل وقف إطلاق النار حيز التنفيذ. ولم يتضمن الاتفاق، بحسب نسخة منه اطلعت عليها الصحيفة، أي بند يتعلق بتبادل الأسرى.", "ceasefire.exchange",
			[]string{"prisoners=not_included@outlet"}},
		{"talks agenda is not a provision", "en", "", "The ceasefire took effect on Thursday. The envoy expects talks on prisoners next month.", "ceasefire.exchange",
			nil},
	})
}

func TestInclusionWithoutException(t *testing.T) {
	runCases(t, []mechanismCase{
		{"without exception is inclusion", "en", "", `The UN envoy said the truce applied to "all forces in Hodeidah, without exception, including the Giants Brigades".`, "ceasefire.exclusions",
			[]string{"giants_brigades=not_excluded@un_envoy"}},
		{"negated part of, subject before", "en", "", `The Giants Brigades "are not part of this agreement," the UN envoy said.`, "ceasefire.exclusions",
			[]string{"giants_brigades=excluded@un_envoy"}},
		{"arabic without exception", "ar", "", "وقال المبعوث الأممي إن الهدنة تشمل دون استثناء ألوية العمالقة.", "ceasefire.exclusions",
			[]string{"giants_brigades=not_excluded@un_envoy"}},
	})
}

func TestAttributionForms(t *testing.T) {
	runCases(t, []mechanismCase{
		{"issued a statement", "ar", "", "غير أن الحوثيين أصدروا بياناً أكدوا فيه أن الهدنة تستثني مديرية حيس.", "ceasefire.exclusions",
			[]string{"hays=excluded@houthis"}},
		{"told reporters", "en", "", "The UN envoy told reporters the truce did not apply to the Giants Brigades.", "ceasefire.exclusions",
			[]string{"giants_brigades=excluded@un_envoy"}},
		{"abbreviation dots end no clause", "en", "", "The Houthis and the government have agreed to a truce, U.N. officials announced.", "ceasefire.status",
			[]string{"agreed@un"}},
		{"lower-case us is not the United States", "en", "", "The Houthis told us the truce excludes Hays.", "ceasefire.exclusions",
			[]string{"hays=excluded@houthis"}},
	})
}

func TestArabicNumberAfterNoun(t *testing.T) {
	runCases(t, []mechanismCase{
		{"definite number word after the noun", "ar", "", "وقال المبعوث الأممي إن الفصائل الخمس وقعت على وقف إطلاق النار.", "ceasefire.signatories",
			[]string{"factions=5@un_envoy"}},
	})
}

func TestArabicSpeakerFrames(t *testing.T) {
	runCases(t, []mechanismCase{
		{"circumstantial participles keep the main speaker", "ar", "", "وقال المبعوث الأممي إن الهدنة تستثني مديرية حيس، نافياً أي دور للسعودية، مشيراً إلى أن الاتفاق يلزم الحوثيين بالانسحاب.", "ceasefire.withdrawal",
			[]string{"houthis=required@un_envoy"}},
		{"a preposition makes the verb stem a noun", "ar", "", `وأوضح المبعوث الأممي أن الهدنة تشمل ألوية العمالقة "بوصفها جزءاً من القوات الحكومية"، مشيراً إلى أن الاتفاق يلزم الحوثيين بالانسحاب.`, "ceasefire.withdrawal",
			[]string{"houthis=required@un_envoy"}},
		{"the adjective cautious is no verb of warning", "ar", "", "دخل وقف إطلاق النار في الحديدة حيز التنفيذ وسط هدوء حذر، بحسب ما أفاد به سكان محليون.", "ceasefire.status",
			[]string{"in_force@local_residents"}},
	})
}

func TestAspirationIsNoClaim(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a step towards a nationwide truce", "en", "", `The UN envoy called the Hodeidah truce "a first step towards a nationwide ceasefire".`, "ceasefire.scope",
			nil},
	})
}

func TestCoordinatedSubjects(t *testing.T) {
	runCases(t, []mechanismCase{
		{"guarantors alongside, subject of a coordinated verb", "en", "", `The UN envoy said Muscat and Riyadh had brokered "a 30-day cessation of hostilities" and would act as its guarantors alongside the United Nations.`, "ceasefire.guarantors",
			[]string{"oman,saudi_arabia,un@un_envoy"}},
		{"english passive coverage", "en", "", "The UN envoy said the Giants Brigades were covered by the truce.", "ceasefire.exclusions",
			[]string{"giants_brigades=not_excluded@un_envoy"}},
		{"arabic participle of coverage", "ar", "", `وقال المبعوث الأممي إن ألوية العمالقة "مشمولة بالهدنة".`, "ceasefire.exclusions",
			[]string{"giants_brigades=not_excluded@un_envoy"}},
	})
}

func TestNegatedObligation(t *testing.T) {
	runCases(t, []mechanismCase{
		{"negated governing verb before the force", "en", "", "The UN envoy said the ceasefire does not require the Houthis to withdraw from the port.", "ceasefire.withdrawal",
			[]string{"houthis=not_required@un_envoy"}},
		{"negated agreement noun as the obliging subject", "en", "", "The ceasefire took effect on Thursday. The Houthis said nothing in the agreement obliged Houthi forces to leave the port.", "ceasefire.withdrawal",
			[]string{"houthis=not_required@houthis"}},
		{"arabic negated agreement noun", "ar", "", "دخل وقف إطلاق النار حيز التنفيذ. وقال الحوثيون إن لا شيء في الاتفاق يلزم قوات أنصار الله بالانسحاب من الميناء.", "ceasefire.withdrawal",
			[]string{"houthis=not_required@houthis"}},
		{"plain obligation", "en", "", "The UN envoy said the ceasefire requires the Houthis to withdraw from the port.", "ceasefire.withdrawal",
			[]string{"houthis=required@un_envoy"}},
	})
}

func TestArabicSubjectsBeforeTheVerb(t *testing.T) {
	runCases(t, []mechanismCase{
		{"number after a name that opens with the counted noun", "ar", "", "وقال المبعوث الأممي إن فصائل المعارضة الخمس وقعت على وقف إطلاق النار في سوريا.", "ceasefire.signatories",
			[]string{"factions=5@un_envoy"}},
		{"signing group before the verb, past a relative clause", "ar", "", "وقال المبعوث الأممي إن حركة أحرار الشام، التي تضم آلاف المقاتلين، وقعت على وقف إطلاق النار.", "ceasefire.signatory_groups",
			[]string{"ahrar_al_sham@un_envoy"}},
	})
}

// TestPhrasingFamilies checks the common frames of each family in both languages.
func TestPhrasingFamilies(t *testing.T) {
	ex := "The ceasefire took effect on Thursday. "
	runCases(t, []mechanismCase{
		{"told afp", "en", "", ex + "Yahya Sharaf al-Din told AFP the truce excludes Hays.", "ceasefire.exclusions", []string{"hays=excluded@yahya_sharaf_al_din"}},
		{"told a news conference", "en", "", ex + "Yahya Sharaf al-Din told a news conference in Sanaa that the truce excludes Hays.", "ceasefire.exclusions", []string{"hays=excluded@yahya_sharaf_al_din"}},
		{"in a statement", "en", "", ex + "The Houthis said in a statement that the truce excludes Hays.", "ceasefire.exclusions", []string{"hays=excluded@houthis"}},
		{"spokesman for", "en", "", ex + "A spokesman for the Houthis said the truce excludes Hays.", "ceasefire.exclusions", []string{"hays=excluded@houthis"}},
		{"quoted as saying", "en", "", ex + "Yahya Sharaf al-Din was quoted as saying the truce excludes Hays.", "ceasefire.exclusions", []string{"hays=excluded@yahya_sharaf_al_din"}},
		{"quoted X as saying", "en", "", ex + "Al-Masirah quoted Yahya Sharaf al-Din as saying the truce excludes Hays.", "ceasefire.exclusions", []string{"hays=excluded@yahya_sharaf_al_din"}},
		{"stressed", "en", "", ex + "Yahya Sharaf al-Din stressed that the truce excludes Hays.", "ceasefire.exclusions", []string{"hays=excluded@yahya_sharaf_al_din"}},
		{"confirmed", "en", "", ex + "The Houthis confirmed that the truce excludes Hays.", "ceasefire.exclusions", []string{"hays=excluded@houthis"}},
		{"inverted said", "en", "", ex + `"The truce excludes Hays," said Yahya Sharaf al-Din.`, "ceasefire.exclusions", []string{"hays=excluded@yahya_sharaf_al_din"}},
		{"according to statement from", "en", "", ex + "The truce excludes Hays, according to a statement from the Houthis.", "ceasefire.exclusions", []string{"hays=excluded@houthis"}},
		{"ar told", "ar", "", "دخل وقف إطلاق النار حيز التنفيذ. وقال الحوثيون في مؤتمر صحفي إن الهدنة تستثني مديرية حيس.", "ceasefire.exclusions", []string{"hays=excluded@houthis"}},
		{"ar according to statement", "ar", "", "دخل وقف إطلاق النار حيز التنفيذ. وتستثني الهدنة مديرية حيس، بحسب بيان صادر عن الحوثيين.", "ceasefire.exclusions", []string{"hays=excluded@houthis"}},
		{"ar for week", "ar", "", "اتفق الطرفان على هدنة لمدة أسبوع في الحديدة.", "ceasefire.duration", []string{"7@outlet"}},
		{"en week-long", "en", "", "The sides agreed to a week-long truce in Hodeidah.", "ceasefire.duration", []string{"7@outlet"}},
		{"en for a month", "en", "", "The ceasefire in Hodeidah will last for a month.", "ceasefire.duration", []string{"[28,31]@outlet"}},
		{"en hyphenated days", "en", "", "The sides agreed to a 10-day truce in Hodeidah.", "ceasefire.duration", []string{"10@outlet"}},
		{"within a week dates something else", "en", "", "The truce will last 30 days and aid should reach Hodeidah within a week.", "ceasefire.duration", []string{"30@outlet"}},
		{"ar days words", "ar", "", "اتفق الطرفان على هدنة لمدة عشرة أيام في الحديدة.", "ceasefire.duration", []string{"10@outlet"}},
		{"in and around", "en", "", "The sides agreed to a truce in and around Hodeidah.", "ceasefire.scope", []string{"partial@outlet"}},
		{"ar surroundings", "ar", "", "اتفق الطرفان على وقف لإطلاق النار في الحديدة ومحيطها.", "ceasefire.scope", []string{"partial@outlet"}},
		{"guarantee verbs", "en", "", "Oman and the United Nations will guarantee the ceasefire.", "ceasefire.guarantors", []string{"oman,un@outlet"}},
		{"monitored by", "en", "", "The ceasefire will be monitored by the United Nations.", "ceasefire.monitors", []string{"un@outlet"}},
		{"mediated by", "en", "", "The ceasefire was mediated by Oman.", "ceasefire.mediators", []string{"oman@outlet"}},
		{"sponsored by", "en", "", "The ceasefire was sponsored by Oman.", "ceasefire.mediators", []string{"oman@outlet"}},
		{"facilitated by", "en", "", "The ceasefire was facilitated by Oman.", "ceasefire.mediators", []string{"oman@outlet"}},
		{"ar guarantors", "ar", "", "وتضمن سلطنة عمان والأمم المتحدة تنفيذ وقف إطلاق النار.", "ceasefire.guarantors", []string{"oman,un@outlet"}},
		{"ar mediated", "ar", "", "وتم التوصل إلى وقف إطلاق النار بوساطة عمانية.", "ceasefire.mediators", []string{"oman@outlet"}},
	})
}

// TestSetAndTimeFamilies checks guarantee, mediation, monitoring verbs and nouns, and the forms of
// durations and start times, in both languages.
func TestSetAndTimeFamilies(t *testing.T) {
	ex := "The ceasefire took effect on Thursday. "
	ax := "دخل وقف إطلاق النار حيز التنفيذ. "
	runCases(t, []mechanismCase{
		{"guaranteed by", "en", "", ex + "The ceasefire is guaranteed by Oman and the United Nations.", "ceasefire.guarantors", []string{"oman,un@outlet"}},
		{"observers from", "en", "", ex + "Observers from the United Nations will monitor the ceasefire.", "ceasefire.monitors", []string{"un@outlet"}},
		{"will monitor", "en", "", ex + "The United Nations will monitor the truce.", "ceasefire.monitors", []string{"un@outlet"}},
		{"brokered by", "en", "", ex + "The truce, brokered by Oman, took effect on Thursday.", "ceasefire.mediators", []string{"oman@outlet"}},
		{"under the auspices", "en", "", ex + "The truce was agreed under the auspices of the United Nations.", "ceasefire.mediators", []string{"un@outlet"}},
		{"ar guarantor states", "ar", "", ax + "وستكون سلطنة عمان والأمم المتحدة ضامنتين لوقف إطلاق النار.", "ceasefire.guarantors", []string{"oman,un@outlet"}},
		{"ar sponsorship", "ar", "", ax + "وجاء وقف إطلاق النار برعاية عمانية أممية.", "ceasefire.mediators", []string{"oman,un@outlet"}},
		{"ar monitors", "ar", "", ax + "وتتولى الأمم المتحدة مراقبة وقف إطلاق النار.", "ceasefire.monitors", []string{"un@outlet"}},
		{"ar supervise", "ar", "", ax + "وستشرف الأمم المتحدة على تنفيذ وقف إطلاق النار.", "ceasefire.monitors", []string{"un@outlet"}},
		{"ar mediators noun", "ar", "", ax + "وأعلن الوسطاء العمانيون توصل الطرفين إلى هدنة.", "ceasefire.mediators", []string{"oman@outlet"}},
		{"ar a day in hours", "ar", "", "اتفق الطرفان على هدنة مدتها 24 ساعة في الحديدة.", "ceasefire.duration", []string{"1@outlet"}},
		{"ar hours words", "ar", "", "اتفق الطرفان على هدنة لمدة ثماني وأربعين ساعة في الحديدة.", "ceasefire.duration", []string{"2@outlet"}},
		{"en days after noun", "en", "", "The sides agreed to a truce of seven days in Hodeidah.", "ceasefire.duration", []string{"7@outlet"}},
		{"ar midnight wed", "ar", "2025-10-14T11:00:00+03:00", "وتبدأ الهدنة في الحديدة منتصف ليل الأربعاء بتوقيت صنعاء.", "ceasefire.start_time", []string{"2025-10-15T21:00:00Z@outlet"}},
		{"en at 6 am", "en", "2025-10-14T08:00:00Z", "The truce in Hodeidah will take effect at 6 a.m. on Thursday.", "ceasefire.start_time", []string{"2025-10-16T03:00:00Z@outlet"}},
		{"en 18:00", "en", "2025-10-14T08:00:00Z", "The truce in Hodeidah will take effect at 18:00 on Wednesday.", "ceasefire.start_time", []string{"2025-10-15T15:00:00Z@outlet"}},
	})
}

func TestQualifiedSources(t *testing.T) {
	ex := "The ceasefire took effect on Thursday. "
	runCases(t, []mechanismCase{
		{"a demonym official", "en", "", ex + "The truce excludes Hays, according to a Saudi official.", "ceasefire.exclusions", []string{"hays=excluded@saudi_arabia"}},
		{"a body's official", "en", "", ex + "The truce excludes Hays, a UN official said.", "ceasefire.exclusions", []string{"hays=excluded@un"}},
		{"the official carries the speaker over", "en", "", ex + "The UN envoy said the truce excludes Hays. The official added that the truce also excludes the Giants Brigades.", "ceasefire.exclusions", []string{"hays=excluded@un_envoy", "giants_brigades=excluded@un_envoy"}},
		{"plain officials", "en", "", ex + "The truce excludes Hays, officials said.", "ceasefire.exclusions", []string{"hays=excluded@sources"}},
		{"arabic source with demonym", "ar", "", "دخل وقف إطلاق النار حيز التنفيذ. وقال مصدر سعودي إن الهدنة تستثني مديرية حيس.", "ceasefire.exclusions", []string{"hays=excluded@saudi_arabia"}},
	})
}
