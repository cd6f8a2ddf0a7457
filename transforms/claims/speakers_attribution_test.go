package claims

// Who speaks a claim: subjects of verbs of saying, qualified sources, bodies, officials and Arabic speaker frames.

import "testing"

// TestSpeakerSubjects: passive verbs of saying, passive agents, pronoun subjects, who asked for something.
func TestSpeakerSubjects(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a passive verb of saying has no subject speaker", "en", "", yemenLead + "The deal, mediated by Oman, was announced on Tuesday.", "ceasefire.mediators",
			[]string{"oman@outlet"}},
		{"the statement said points back, not to a name in the sentence", "en", "", yemenLead + "The ceasefire is guaranteed by Oman and Saudi Arabia, the statement said.", "ceasefire.guarantors",
			[]string{"oman,saudi_arabia@outlet"}},
		{"a pronoun subject carries the speaker over", "en", "", "The Houthis issued a statement on Tuesday. The truce is guaranteed by Oman and Sweden, they said.", "ceasefire.guarantors",
			[]string{"oman,sweden@houthis"}},
		{"the passive agent speaks", "en", "", yemenLead + "Oman's role as guarantor of the truce was confirmed by the Houthis.", "ceasefire.guarantors",
			[]string{"oman@houthis"}},
		{"who asks for monitors says so", "en", "", yemenLead + "The Houthis have asked for Omani observers to monitor the truce.", "ceasefire.monitors",
			[]string{"oman@houthis"}},
		// A joint statement is credited to the first-named of the coordinated subjects, as
		// "according to Muscat and Riyadh" is, not to the name nearest the verb.
		{"coordinated subjects before the verb: the first-named speaks", "en", "", "The truce in Hodeidah takes effect at midnight and will last 30 days, the United Nations and Oman said in a joint statement.", "ceasefire.duration",
			[]string{"30@un"}},
		// "joint statement" is a context alias of the Jeddah mediators in Sudan's gazetteer: it
		// names the owner only when no body is named besides (no Syria or Yemen entity has one).
		{"a context alias holding the statement noun yields to the bodies named", "en", "", "KHARTOUM - The Sudanese army and the RSF agreed to a truce in El Fasher, the United Nations and the African Union said in a joint statement. The truce will last 30 days, the statement said.", "ceasefire.duration",
			[]string{"30@un"}},
		{"arabic coordinated subjects after the verb: the first-named speaks", "ar", "", "وقالت الأمم المتحدة وسلطنة عمان في بيان مشترك إن الهدنة في الحديدة تستمر ثلاثين يوماً.", "ceasefire.duration",
			[]string{"30@un"}},
	})
}

// TestQualifiedSources: sources and officials qualified by a demonym or placed in a body speak for it.
func TestQualifiedSources(t *testing.T) {
	ex := "The ceasefire took effect on Thursday. "
	runCases(t, []mechanismCase{
		{"arabic source in the army", "ar", "", yemenLeadAr + "وأكد مصدر في ألوية العمالقة أن الهدنة لا تشمل تنظيم القاعدة.", "ceasefire.exclusions",
			[]string{"aqap=excluded@giants_brigades"}},
		{"an official in the government", "en", "", yemenLead + "An official in the Yemeni government said the truce excludes al-Qaeda.", "ceasefire.exclusions",
			[]string{"aqap=excluded@yemeni_government"}},
		{"a demonym official", "en", "", ex + "The truce excludes Hays, according to a Saudi official.", "ceasefire.exclusions", []string{"hays=excluded@saudi_arabia"}},
		{"a body's official", "en", "", ex + "The truce excludes Hays, a UN official said.", "ceasefire.exclusions", []string{"hays=excluded@un"}},
		{"the official carries the speaker over", "en", "", ex + "The UN envoy said the truce excludes Hays. The official added that the truce also excludes the Giants Brigades.", "ceasefire.exclusions", []string{"hays=excluded@un_envoy", "giants_brigades=excluded@un_envoy"}},
		{"plain officials", "en", "", ex + "The truce excludes Hays, officials said.", "ceasefire.exclusions", []string{"hays=excluded@sources"}},
		{"arabic source with demonym", "ar", "", "دخل وقف إطلاق النار حيز التنفيذ. وقال مصدر سعودي إن الهدنة تستثني مديرية حيس.", "ceasefire.exclusions", []string{"hays=excluded@saudi_arabia"}},
	})
}

// TestReportingFrames: told AFP, in a statement, quoted as saying, according to, issued a statement; who is told is no speaker.
func TestReportingFrames(t *testing.T) {
	ex := "The ceasefire took effect on Thursday. "
	runCases(t, []mechanismCase{
		{"the agency told is not the speaker", "ar", "", yemenLeadAr + "غير أن المتحدث باسم الحكومة اليمنية أكد، في تصريح لوكالة سبأ، أن الهدنة لا تشمل تنظيم القاعدة.", "ceasefire.exclusions",
			[]string{"aqap=excluded@yemeni_government"}},
		{"a statement spoke of", "ar", "", yemenLeadAr + "غير أن بيان الحكومة اليمنية الصادر مساء الثلاثاء تحدث عن هدنة لا تشمل تنظيم القاعدة.", "ceasefire.exclusions",
			[]string{"aqap=excluded@yemeni_government"}},
		{"issued a statement", "ar", "", "غير أن الحوثيين أصدروا بياناً أكدوا فيه أن الهدنة تستثني مديرية حيس.", "ceasefire.exclusions",
			[]string{"hays=excluded@houthis"}},
		{"told reporters", "en", "", "The UN envoy told reporters the truce did not apply to the Giants Brigades.", "ceasefire.exclusions",
			[]string{"giants_brigades=excluded@un_envoy"}},
		{"abbreviation dots end no clause", "en", "", "The Houthis and the government have agreed to a truce, U.N. officials announced.", "ceasefire.status",
			[]string{"agreed@un"}},
		{"lower-case us is not the United States", "en", "", "The Houthis told us the truce excludes Hays.", "ceasefire.exclusions",
			[]string{"hays=excluded@houthis"}},
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
		{"who praises a mediator says it mediated", "en", "", yemenLead + "The UN envoy hailed Oman, which mediated the deal.", "ceasefire.mediators", []string{"oman@un_envoy"}},
		{"the praising spokesperson carried over", "en", "", "The United Nations welcomed the truce agreed by the Houthis and the Yemeni government. A U.N. spokesperson said the world body was not part of the monitoring arrangements. The spokesperson also praised Oman, whose mediation produced the deal.", "ceasefire.mediators", []string{"oman@un"}},
		{"ar who praises a mediator says it mediated", "ar", "", yemenLeadAr + "وأشاد المبعوث الأممي بدور سلطنة عمان التي توسطت في الاتفاق.", "ceasefire.mediators", []string{"oman@un_envoy"}},
		{"ar as reported by, after the content", "ar", "", yemenLeadAr + "ومن المنتظر أن تستأنف المحادثات في مسقط الأربعاء المقبل، على ما أفاد مسؤول في الحكومة اليمنية.", "talks.venue", []string{"muscat@yemeni_government~expected"}},
		{"ar as said by sources, after the content", "ar", "", yemenLeadAr + "وتستثني الهدنة مديرية حيس، على ما قالت مصادر حكومية.", "ceasefire.exclusions", []string{"hays=excluded@sources"}},
	})
}

// TestArabicVerbsOfSaying: Arabic verbs of saying, insisting and reckoning, participles, subject order, and forms that are no verbs of saying.
func TestArabicVerbsOfSaying(t *testing.T) {
	runCases(t, []mechanismCase{
		{"circumstantial participles keep the main speaker", "ar", "", "وقال المبعوث الأممي إن الهدنة تستثني مديرية حيس، نافياً أي دور للسعودية، مشيراً إلى أن الاتفاق يلزم الحوثيين بالانسحاب.", "ceasefire.withdrawal",
			[]string{"houthis=required@un_envoy"}},
		{"a preposition makes the verb stem a noun", "ar", "", `وأوضح المبعوث الأممي أن الهدنة تشمل ألوية العمالقة "بوصفها جزءاً من القوات الحكومية"، مشيراً إلى أن الاتفاق يلزم الحوثيين بالانسحاب.`, "ceasefire.withdrawal",
			[]string{"houthis=required@un_envoy"}},
		{"the adjective cautious is no verb of warning", "ar", "", "دخل وقف إطلاق النار في الحديدة حيز التنفيذ وسط هدوء حذر، بحسب ما أفاد به سكان محليون.", "ceasefire.status",
			[]string{"in_force@local_residents"}},
		{"feminine circumstantial participle keeps the main speaker", "ar", "", yemenLeadAr + "أعلنت الحكومة اليمنية، في بيان، موافقتها على الاتفاق بوساطة عمانية، مؤكدة أن الهدنة تستمر ثلاثين يوماً.", "ceasefire.duration",
			[]string{"30@yemeni_government"}},
		{"an adjective in ta marbuta is no verb of saying", "ar", "", yemenLeadAr + "وقال الحوثيون إن فرق مراقبة تابعة للأمم المتحدة ستتولى التحقق من الالتزام بالهدنة.", "ceasefire.monitors",
			[]string{"un@houthis"}},
		{"verb-subject order with long names", "ar", "", "أعلنت الأمم المتحدة، اليوم الأحد، توصل الحكومة اليمنية الشرعية وجماعة أنصار الله إلى اتفاق لوقف الأعمال العدائية في الحديدة.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@un"}},
		{"hosted with a synonym", "ar", "", yemenLeadAr + "وجاء الاتفاق بعد أسبوع من المحادثات احتضنتها مسقط.", "talks.venue",
			[]string{"muscat@outlet"}},
		{"co-convenors of the next round", "en", "", yemenLead + "Oman's foreign ministry said the next round of talks would open in Muscat, with the United Nations and Sweden as co-convenors.", "talks.sponsors",
			[]string{"sweden,un@omani_foreign_ministry"}},
		{"arabic observers reckon: they speak", "ar", "", yemenLeadAr + "ويرجّح مراقبون أن تُستأنف المفاوضات السياسية في مسقط بعد انتهاء الهدنة.", "talks.venue",
			[]string{"muscat@analysts~hedged"}},
		{"a capital that speaks of a term, and a spokesman who insists on another", "ar", "", yemenLeadAr + "وتختلف الروايتان بشأن مدة الهدنة، إذ تتحدث الحكومة اليمنية عن ثلاثين يوماً، في حين يصر الحوثيون على أنها تسعون يوماً.", "ceasefire.duration",
			[]string{"30@yemeni_government", "90@houthis"}},
		{"a clause-initial subject before the imperfect verb of demanding", "ar", "", yemenLeadAr + "وتكمن العقدة في الميناء: فالحكومة اليمنية تطالب بانسحاب الحوثيين منه.", "ceasefire.withdrawal",
			[]string{"houthis=required@yemeni_government~demanded"}},
		{"a definite noun subject is the body named in the lead", "ar", "", yemenLeadAr + "وتصر الحكومة على أن الاتفاق يشمل ألوية العمالقة.", "ceasefire.exclusions",
			[]string{"giants_brigades=not_excluded@yemeni_government"}},
	})
}

// TestSourcesAndParticiples: the source carried over, a body as itself, participles keeping the speaker, عن only after a verb of transmission.
func TestSourcesAndParticiples(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic source qualified by the state adjective", "ar", "", yemenLeadAr + "وقال مصدر سعودي مطلع على المفاوضات إن الهدنة تستمر ثلاثين يوماً.", "ceasefire.duration",
			[]string{"30@saudi_arabia"}},
		{"arabic the source carries the one quoted before", "ar", "", yemenLeadAr + "وقال الحوثيون إن الهدنة تستمر ثلاثين يوماً. وأشار المصدر إلى أن سلطنة عمان ستضمن الاتفاق.", "ceasefire.guarantors",
			[]string{"oman@houthis"}},
		{"arabic the qualified source names its state", "ar", "", yemenLeadAr + "وقال الحوثيون إن الهدنة تستمر ثلاثين يوماً. وبحسب المصدر السعودي، تستضيف الرياض جولة المفاوضات المقبلة.", "talks.venue",
			[]string{"riyadh@saudi_arabia"}},
		{"a foreign ministry speaks as itself", "en", "", yemenLead + "The truce will last 30 days, Oman's foreign ministry said.", "ceasefire.duration",
			[]string{"30@omani_foreign_ministry"}},
		{"arabic عن as a plain preposition names no speaker", "ar", "", yemenLeadAr + "وقال الحوثيون إن الاتفاق ينص على وقف القصف، فضلاً عن إطلاق سراح الأسرى اليمنيين وفق جدول تشرف عليه الأمم المتحدة.", "ceasefire.exchange",
			[]string{"prisoners=included@houthis"}},
		{"a participle after a comma has the main clause's subject", "en", "", "ADEN - The Yemeni government on Sunday issued a statement on the truce agreed in Muscat, saying it would last 30 days.", "ceasefire.duration",
			[]string{"30@yemeni_government"}},
		{"a participle after said keeps that speaker", "en", "", yemenLead + "The deal requires the Houthis to pull back, Lars Eriksen said, adding that a UN mission would monitor compliance.", "ceasefire.monitors",
			[]string{"un@lars_eriksen"}},
		{"arabic the reader in a relative clause does not speak", "ar", "", yemenLeadAr + "وأكد الحوثيون في بيان أن الهدنة تستمر ثلاثين يوماً. وأوضح البيان، الذي تلاه يحيى شرف الدين في مؤتمر صحفي، أن الأمم المتحدة ستراقب الهدنة.", "ceasefire.monitors",
			[]string{"un@houthis"}},
		{"arabic عن after a complementizer is no attribution", "ar", "", yemenLeadAr + "ولفت يحيى شرف الدين إلى أن الإفراج عن الأسرى اليمنيين بند أساسي في الاتفاق.", "ceasefire.exchange",
			[]string{"prisoners=included@yahya_sharaf_al_din"}},
		{"arabic a negated verb of saying attributes nothing", "ar", "", yemenLeadAr + "ولم يصدر أي تعليق عن الحكومة اليمنية، في حين من المتوقع أن تُعقد جولة محادثات في مسقط الشهر المقبل، وفقاً لمصادر دبلوماسية.", "talks.venue",
			[]string{"muscat@sources~expected"}},
		{"arabic و + a verb beginning with ل is no preposition", "ar", "", yemenLeadAr + "ولفت يحيى شرف الدين إلى أن الأمم المتحدة ستراقب الهدنة.", "ceasefire.monitors",
			[]string{"un@yahya_sharaf_al_din"}},
		{"mediators named by their states are the outlet's naming", "en", "", "The Houthis and the Yemeni government agreed to a ceasefire on Tuesday, Omani and Swedish mediators announced.", "ceasefire.mediators",
			[]string{"oman,sweden@outlet"}},
	})
}

// TestBodiesAndOfficesSpeak: a body named again, a title alone, a coalition named by its states, mediators as the article's mediator.
func TestBodiesAndOfficesSpeak(t *testing.T) {
	runCases(t, []mechanismCase{
		{"coalition speaks", "en", "", "Saudi and U.S. mediators said on Friday that the truce in El Obeid would last 14 days.", "ceasefire.duration",
			[]string{"14@jeddah_platform"}},
		{"the ministry said: the ministry named before, not the last speaker", "en", "", "The Houthis and the Yemeni government agreed to a ceasefire in Hodeidah, Oman's foreign ministry said on Tuesday, in a deal that the Houthis described as final. The port will be monitored by the United Nations, the ministry said.", "ceasefire.monitors",
			[]string{"un@omani_foreign_ministry"}},
		{"arabic the ministry added", "ar", "", "أعلنت وزارة الخارجية العمانية توصل الحوثيين والحكومة اليمنية إلى اتفاق لوقف إطلاق النار في الحديدة، وهو ما وصفه الحوثيون بأنه نهائي. وأضافت الوزارة أن الأمم المتحدة ستتولى مراقبة الهدنة.", "ceasefire.monitors",
			[]string{"un@omani_foreign_ministry"}},
		{"a noun no earlier speaker's name holds is carried over as before", "en", "", yemenLead + "\"Both sides will respect it,\" Lars Eriksen said. The port will be monitored by the United Nations, the envoy said.", "ceasefire.monitors",
			[]string{"un@lars_eriksen"}},
		{"arabic a title in an article that never names its holder: the body", "ar", "", yemenLeadAr + "وقال وزير الإعلام إن الأمم المتحدة ستتولى مراقبة الهدنة.", "ceasefire.monitors",
			[]string{"un@yemeni_government"}},
		{"arabic the same title once the article names the person: the person", "ar", "", yemenLeadAr + "وكان أحمد العوضي قد رحب بالاتفاق. وقال وزير الإعلام إن الأمم المتحدة ستتولى مراقبة الهدنة.", "ceasefire.monitors",
			[]string{"un@ahmed_al_awadi"}},
		{"unqualified mediators speak as the one mediator the article names", "en", "", "The Houthis and the Yemeni government have agreed to a ceasefire in Hodeidah, mediators said, after talks in Muscat. Oman said the truce would hold. The text provides for an exchange of prisoners, the mediators said.", "ceasefire.exchange",
			[]string{"prisoners=included@oman"}},
		{"two mediators named: no one of them speaks for the mediators", "en", "", "The Houthis and the Yemeni government have agreed to a ceasefire in Hodeidah. Oman and Qatar hosted the talks. The text provides for an exchange of prisoners, the mediators said.", "ceasefire.exchange",
			[]string{"prisoners=included@outlet"}},
	})
}

// TestScopeOfAttribution: where an attribution reaches: both sides, relative clauses, naming verbs, adverbs, abbreviations, merely, bi-an.
func TestScopeOfAttribution(t *testing.T) {
	runCases(t, []mechanismCase{
		{"both sides said: the outlet, not a name earlier in the sentence", "en", "", yemenLead + "Al-Qaeda in the Arabian Peninsula is excluded, both sides said.", "ceasefire.exclusions",
			[]string{"aqap=excluded@outlet"}},
		{"officials on both sides are the sources", "en", "", yemenLead + "Al-Qaeda in the Arabian Peninsula is excluded, officials on both sides said.", "ceasefire.exclusions",
			[]string{"aqap=excluded@sources"}},
		{"arabic according to the text of the agreement: the outlet, nothing carried over", "ar", "", yemenLeadAr + "وقال المتحدث باسم الحوثيين إن الاتفاق شامل. ووفقاً لنص الاتفاق، ينص الاتفاق على تبادل الأسرى.", "ceasefire.exchange",
			[]string{"prisoners=included@outlet"}},
		{"a relative clause opening the speaker's words on another noun says only its own", "en", "", yemenLead + "The agreement covers Hodeidah and the coast road to Mocha, where the Houthis say they shot down a drone.", "ceasefire.scope",
			[]string{"partial@outlet", "partial@outlet"}},
		{"a clause on the claim's own noun says the claim", "en", "", yemenLead + "The statement did not mention the prisoner exchange, which the ICRC said could begin next week.", "ceasefire.exchange",
			[]string{"prisoners=included@icrc"}},
		{"a quotation closed in the next sentence is its speaker's", "en", "", yemenLead + "Houthi negotiator Yahya Sharaf al-Din said the truce would hold. \"Sixty days, renewable. Not three months,\" he said.", "ceasefire.duration",
			[]string{"60@yahya_sharaf_al_din"}},
		{"arabic welcomed the agreement, which took effect: the relative clause on what is welcomed is the welcomer's", "ar", "", "رحبت سلطنة عمان بالاتفاق على وقف إطلاق النار في اليمن، الذي دخل حيز التنفيذ مساء الثلاثاء، مؤكدة أنه ثمرة وساطة عمانية.", "ceasefire.status",
			[]string{"agreed@oman", "in_force@oman"}}, // the welcome is Oman's agreed (mali mal_002, sahara sh_003 gold); so is the clause on it (mali mal_002 start time)
		{"arabic the participle after the relative clause is the speaker's", "ar", "", "رحبت سلطنة عمان بالاتفاق على وقف إطلاق النار في اليمن، الذي دخل حيز التنفيذ مساء الثلاثاء، مؤكدة أنه ثمرة وساطة عمانية.", "ceasefire.mediators",
			[]string{"oman@oman"}},
		{"arabic the subject after a complementizer, before its verb", "ar", "", "ونقلت الوكالة أن سلطنة عمان رحبت بالاتفاق على وقف إطلاق النار بين الحوثيين والحكومة اليمنية.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@oman"}},
		{"what it called names a thing, the statement still speaks", "en", "", yemenLead + "Monitoring of the truce will be carried out exclusively by Oman, the Yemeni government said, rejecting what it called \"any foreign presence\".", "ceasefire.monitors",
			[]string{"only:oman@yemeni_government"}},
		{"arabic according to what residents said is a source", "ar", "", yemenLeadAr + "وبحسب ما أفاد سكان محليون، فإن الهدنة تستثني تنظيم القاعدة في جزيرة العرب.", "ceasefire.exclusions",
			[]string{"aqap=excluded@local_residents"}},
		{"a parenthetical adverb between the subject and the verb", "en", "", yemenLead + "A senior Omani official, however, said the prisoner exchange was not part of the agreement.", "ceasefire.exchange",
			[]string{"prisoners=not_included@oman"}},
		{"an abbreviation's full stop does not cut a closing attribution", "en", "2026-02-01T10:00:00Z", yemenLead + "A second round of talks is due in Muscat on Feb. 23, Omani officials said.", "talks.venue",
			[]string{"muscat@oman"}},
		{"a relative clause naming a thing is no attribution", "en", "", yemenLead + "The port of Ras Isa, which the Houthis call the Red Sea Gate, is not part of it, a senior Omani official said.", "ceasefire.exclusions",
			[]string{"ras_isa=excluded@oman"}},
		{"a participle after a quotation keeps the speaker carried over, not a name quoted", "en", "", yemenLead + "\"The truce covers Hodeidah,\" the Houthis said. \"The only guarantors of this process are Oman and the United Nations,\" it continued, describing Qatar as a country that \"accompanies\" the talks.", "ceasefire.guarantors",
			[]string{"only:oman,un@houthis"}},
		{"arabic a relative clause right on the object of welcomed is the welcomer's", "ar", "", "رحبت سلطنة عمان باتفاق وقف إطلاق النار الذي تم التوصل إليه بين الحكومة اليمنية والحوثيين.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@oman"}}, // mindanao mn_008, somalia so_004, sulaymaniyah sl_022 gold
		{"arabic merely is no according to", "ar", "", yemenLeadAr + "وقال العوضي إن الحكومة أوقفت الرد فحسب، مؤكداً أن الهدنة لا تشمل تنظيم القاعدة.", "ceasefire.exclusions",
			[]string{"aqap=excluded@ahmed_al_awadi"}},
		{"arabic bi-an is a complementizer: the name after it is no subject", "ar", "", yemenLeadAr + "وتتمسك الحكومة اليمنية بأن سلطنة عمان دولة ضامنة للاتفاق، بينما يرفض العوضي أي دور آخر.", "ceasefire.guarantors",
			[]string{"oman@yemeni_government"}},
	})
}
