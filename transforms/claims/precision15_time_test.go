package claims

// Precision round 15 (time): constructions that read a false claim from probe sentences of other
// wars. Each row says what a careful reader takes from the sentence: mostly nothing, or the
// hedged or negated claim.

import "testing"

// TestPrecision15TalksBeginning: talks (or a meeting) on the truce beginning is no truce in force.
func TestPrecision15TalksBeginning(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: talks on the ceasefire began", "en", pubTue, yemenLead + "Talks on the ceasefire began at 10 a.m., the UN said.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: began holding talks on the ceasefire", "en", pubTue, yemenLead + "The two delegations began holding talks on the ceasefire on Monday, the UN said.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: negotiations over the truce started", "en", pubTue, yemenLead + "Negotiations over the truce started in Muscat on Monday, the Houthis said.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: Sri Lankan consultations on the ceasefire", "en", pubTue, "Consultations on the ceasefire between Colombo and the Tamil Tigers began in Oslo, Norway said.", "ceasefire.status",
			nil},
		{"probe: were holding consultations on a truce", "en", pubTue, yemenLead + "Omani mediators were holding consultations on the truce with both sides, the UN said.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: arabic talks on the truce began", "ar", pubTueAr, yemenLeadAr + "وبدأت المحادثات حول وقف إطلاق النار في مسقط صباح الاثنين، بحسب الأمم المتحدة.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"still in force: the ceasefire began", "en", pubTue, yemenLead + "The ceasefire began at midnight, the UN said.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@un"}},
		{"still in force: the truce is holding after talks", "en", pubTue, yemenLead + "The truce is holding after talks in Muscat, residents said.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@local_residents"}},
	})
}

// TestPrecision15ResumedFightingTime: a resumption or a violation of fighting dates the fighting,
// not the truce.
func TestPrecision15ResumedFightingTime(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: shelling resumed at midnight despite the truce", "ar", pubTueAr, yemenLeadAr + "وقال سكان إن القوات الحكومية استأنفوا القصف عند منتصف ليل الجمعة رغم الهدنة.", "ceasefire.start_time",
			nil},
		{"probe: began violating the truce from six", "ar", pubTueAr, yemenLeadAr + "وقالت الحكومة اليمنية إن الحوثيين بدأوا خرق الهدنة اعتباراً من السادسة.", "ceasefire.start_time",
			nil},
		{"probe: shelling started after the ceasefire", "en", pubTue, yemenLead + "Shelling started at 10 a.m., hours after the ceasefire, residents said.", "ceasefire.start_time",
			nil},
		{"probe: violations of the truce from 6 a.m.", "en", pubTue, yemenLead + "The Houthis reported violations of the truce from 6 a.m. on Wednesday.", "ceasefire.start_time",
			nil},
		{"probe: Karabakh clashes resumed at midnight after the truce", "en", pubTue, "Azerbaijan said clashes resumed at midnight on Friday despite the ceasefire with Armenia.", "ceasefire.start_time",
			nil},
		{"probe: attacks since the truce", "ar", pubTueAr, yemenLeadAr + "وقالت الحكومة إن هجمات الحوثيين تصاعدت منذ منتصف ليل الجمعة رغم وقف إطلاق النار.", "ceasefire.start_time",
			nil},
		{"probe: Darfur shelling began at dawn", "ar", pubTueAr, "وقال سكان في الفاشر إن القصف بدأ عند الفجر رغم الهدنة المعلنة.", "ceasefire.start_time",
			nil},
		{"still dated: their clock started only at six", "en", pubTue, yemenLead + "On the truce, the Houthis insist their clock started only at 06:00 on Wednesday.", "ceasefire.start_time",
			[]string{"2025-10-15T03:00:00Z@houthis"}},
		{"still dated: a halt to the shelling from midnight", "ar", pubTueAr, yemenLeadAr + "وينص الاتفاق على وقف شامل للأعمال القتالية اعتباراً من منتصف ليل الأربعاء.", "ceasefire.start_time",
			[]string{"2025-10-15T21:00:00Z@outlet"}},
		{"still dated: violating the truce that took effect on Tuesday", "en", pubTue, yemenLead + "The Houthis accused government forces of violating the ceasefire that entered into force on Tuesday.", "ceasefire.start_time",
			[]string{"2025-10-14@houthis"}},
	})
}

// TestPrecision15PluralSayingPronoun: a plural verb of saying with no named subject stands for the
// plural actor named last, not a singular body named after it in an object.
func TestPrecision15PluralSayingPronoun(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: they said, after the Houthis and a singular object", "ar", pubTueAr, yemenLeadAr + "ونفى الحوثيون قصف حيس، مؤكدين التزامهم باتفاق وقف إطلاق النار مع الحكومة اليمنية، وقالوا إنهم وقعوا الاتفاق في مسقط.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@houthis"}},
		{"probe: they said, in the next sentence", "ar", pubTueAr, yemenLeadAr + "واتهم الحوثيون الحكومة اليمنية بخرق الهدنة. وقالوا إنهم وقعوا الاتفاق في مسقط.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@houthis"}},
		{"probe: they added, after residents quoted on the Houthis", "ar", pubTueAr, yemenLeadAr + "وقال سكان إن الحوثيين قصفوا حيس، وأضافوا أن الهدنة انهارت.", "ceasefire.status",
			[]string{"agreed@outlet", "collapsed@local_residents"}},
		{"probe: a singular verb keeps the government", "ar", pubTueAr, yemenLeadAr + "واتهم الحوثيون الحكومة اليمنية بخرق الهدنة. وقالت الحكومة اليمنية إنها وقعت الاتفاق في مسقط.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@yemeni_government"}},
		{"probe: the plural subject named before the verb", "ar", pubTueAr, yemenLeadAr + "وأكد مسؤولون في الحكومة اليمنية أن الحوثيين لم يلتزموا بالهدنة، وقالوا إنهم وقعوا الاتفاق في مسقط.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@yemeni_government"}},
	})
}

// TestPrecision15FateCounts: counts of the dead, wounded or missing are no signatories, even in
// a sentence that names the truce.
func TestPrecision15FateCounts(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: men unaccounted for after a swap", "en", pubTue, yemenLead + "The swap of prisoners under the ceasefire leaves about a dozen men unaccounted for, the Houthis said.", "ceasefire.signatories",
			nil},
		{"probe: bodies of six fighters", "en", pubTue, yemenLead + "The bodies of six fighters were recovered near Hays despite the truce, the Houthis said.", "ceasefire.signatories",
			nil},
		{"probe: killed 40 fighters", "en", pubTue, yemenLead + "Government forces killed 40 fighters despite the ceasefire, the Houthis said.", "ceasefire.signatories",
			nil},
		{"probe: twelve fighters missing", "ar", pubTueAr, yemenLeadAr + "وقال الحوثيون إن 12 مقاتلا ما زالوا مفقودين رغم الهدنة.", "ceasefire.signatories",
			nil},
		{"probe: the bodies of six fighters", "ar", pubTueAr, yemenLeadAr + "وانتشلت فرق الإنقاذ جثث ستة مقاتلين قرب حيس رغم وقف إطلاق النار.", "ceasefire.signatories",
			nil},
		{"probe: fighters among the dead", "ar", pubTueAr, yemenLeadAr + "وقتل 40 مقاتلا في اشتباكات قرب حيس رغم الهدنة.", "ceasefire.signatories",
			nil},
		{"probe: Chechen prisoners captured before the truce", "en", pubTue, "Russia said 30 Chechen fighters captured before the ceasefire would be released.", "ceasefire.signatories",
			nil},
		{"still counted: the truce covers fighters", "en", pubTue, yemenLead + "The truce covers an estimated 5,800 fighters, the UN said.", "ceasefire.signatories",
			[]string{"fighters=[5220,6380]@un"}},
		{"still counted: signed by fighters' commanders, with the dead elsewhere", "en", pubTue, yemenLead + "The agreement was signed by 12 factions, the UN said, after clashes killed 40 people.", "ceasefire.signatories",
			[]string{"factions=12@un"}},
	})
}
