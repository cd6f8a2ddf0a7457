package claims

// Precision round 15 (actors): constructions that gave a false claim on probe sentences of other
// wars. Each test holds the probe, further negative probes, and the rule's positive case.

import "testing"

// TestPrecision15VenueUnderRefusal: a place of talks that a side refuses or says it will not
// join places no talks.
func TestPrecision15VenueUnderRefusal(t *testing.T) {
	runCases(t, []mechanismCase{
		{"talks held in a city", "en", "", yemenLead + "Talks between the two sides were held in Muscat on Monday.", "talks.venue",
			[]string{"muscat@outlet"}},
		{"arabic talks held in a city", "ar", "", yemenLeadAr + "وعقدت المباحثات بين الطرفين في مسقط يوم الاثنين.", "talks.venue",
			[]string{"muscat@outlet"}},
		// Probes.
		{"probe: arabic will not take part in talks in riyadh", "ar", "", yemenLeadAr + "وقال الحوثيون إنهم لن يشاركوا في أي مباحثات تعقد في الرياض.", "talks.venue",
			nil},
		{"probe: refused to hold talks in the capital", "en", "", sanaaDateline + "The Houthis refused to hold talks in the capital.", "talks.venue",
			nil},
		{"probe: refused talks in a city", "en", "", yemenLead + "The Houthis refused to take part in talks in Riyadh, a spokesman said.", "talks.venue",
			nil},
		{"probe: arabic refused talks in a city", "ar", "", yemenLeadAr + "ورفض الحوثيون المشاركة في محادثات في الرياض.", "talks.venue",
			nil},
		{"probe: will not attend", "en", "", yemenLead + "The government said it would not attend any talks in Muscat.", "talks.venue",
			nil},
	})
}

// TestPrecision15HostOfAnotherThing: a city that hosts something else (a tournament, a fair) is
// no venue nor sponsor of the talks named in the next clause.
func TestPrecision15HostOfAnotherThing(t *testing.T) {
	runCases(t, []mechanismCase{
		{"host of talks", "en", "", yemenLead + "Doha hosted the talks on the truce.", "talks.venue",
			[]string{"doha@outlet"}},
		// Probes.
		{"probe: host of a tournament then talks", "en", "", yemenLead + "Doha would host the World Cup, and talks on the truce resumed on Monday.", "talks.venue",
			nil},
		{"probe: host of a tournament then talks, sponsors", "en", "", yemenLead + "Doha would host the World Cup, and talks on the truce resumed on Monday.", "talks.sponsors",
			nil},
		{"probe: host of a trade fair", "en", "", yemenLead + "Muscat hosted a trade fair last week, while talks on the truce stalled.", "talks.venue",
			nil},
		{"probe: arabic host of a tournament", "ar", "", yemenLeadAr + "واستضافت الدوحة بطولة كأس العالم، واستؤنفت المحادثات حول الهدنة يوم الاثنين.", "talks.venue",
			nil},
		{"probe: arabic host of a tournament, sponsors", "ar", "", yemenLeadAr + "واستضافت الدوحة بطولة كأس العالم، واستؤنفت المحادثات حول الهدنة يوم الاثنين.", "talks.sponsors",
			nil},
	})
}

// TestPrecision15RelativeClauseTalksPlace: a place qualifying the talks noun inside a relative
// clause ("which co-sponsored the Riyadh talks") is no member of the main clause's set.
func TestPrecision15RelativeClauseTalksPlace(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: relative clause with the riyadh talks", "en", "", yemenLead + "Washington, which co-sponsored the Riyadh talks, said it would monitor the truce.", "ceasefire.monitors",
			[]string{"united_states@united_states"}},
		{"probe: relative clause with a state named in it", "en", "", yemenLead + "Oman, which hosted talks with Saudi Arabia last year, will guarantee the truce.", "ceasefire.guarantors",
			[]string{"oman@outlet"}},
		{"relative clause that is the role itself", "en", "", yemenLead + "Oman, which will monitor the truce, said the talks went well.", "ceasefire.monitors",
			[]string{"oman@outlet"}},
		{"probe: relative clause with the muscat talks", "en", "", yemenLead + "Britain, which attended the Muscat talks, will monitor the truce.", "ceasefire.monitors",
			[]string{"united_kingdom@outlet"}},
		{"probe: relative clause with the riyadh talks, guarantors", "en", "", yemenLead + "Washington, which hosted the Riyadh talks, will guarantee the truce.", "ceasefire.guarantors",
			[]string{"united_states@outlet"}},
	})
}

// TestPrecision15CallToGuarantee: a call on a party to guarantee the truce is the caller's demand.
func TestPrecision15CallToGuarantee(t *testing.T) {
	runCases(t, []mechanismCase{
		{"guarantor asserted", "en", "", yemenLead + "Oman will guarantee the truce.", "ceasefire.guarantors",
			[]string{"oman@outlet"}},
		{"called on to guarantee", "en", "", yemenLead + "The Yemeni government called on Oman to guarantee the truce.", "ceasefire.guarantors",
			[]string{"oman@yemeni_government~demanded"}},
		{"urged to guarantee", "en", "", yemenLead + "The Houthis urged Qatar to guarantee the truce.", "ceasefire.guarantors",
			[]string{"qatar@houthis~demanded"}},
		{"arabic called on to guarantee", "ar", "", yemenLeadAr + "ودعت الحكومة قطر إلى ضمان تنفيذ الاتفاق.", "ceasefire.guarantors",
			[]string{"qatar@yemeni_government~demanded"}},
		{"arabic demanded to guarantee", "ar", "", yemenLeadAr + "وطالب الحوثيون سلطنة عمان بضمان تنفيذ الاتفاق.", "ceasefire.guarantors",
			[]string{"oman@houthis~demanded"}},
		// Probes: a call on someone else, or a call that ends before the role, leaves it asserted.
		{"probe: a call for calm, then a guarantor", "en", "", yemenLead + "The government urged calm, and Oman will guarantee the truce.", "ceasefire.guarantors",
			[]string{"oman@outlet"}},
		{"probe: the guarantor calls on a side", "en", "", yemenLead + "Oman, which will guarantee the truce, called on the Houthis to withdraw.", "ceasefire.guarantors",
			[]string{"oman@outlet"}},
		{"probe: arabic call for calm in another sentence", "ar", "", yemenLeadAr + "ودعت الحكومة المواطنين إلى الهدوء. وستضمن قطر تنفيذ الاتفاق.", "ceasefire.guarantors",
			[]string{"qatar@outlet"}},
	})
}

// TestPrecision15EarlierTruceScope: the scope of an earlier, dated truce is background.
func TestPrecision15EarlierTruceScope(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: the 2016 truce was confined to a city", "en", "2026-11-02", syriaLead + "The 2016 truce was confined to Aleppo and collapsed.", "ceasefire.scope",
			nil},
		{"probe: an earlier truce covered only a city", "en", "", syriaLead + "An earlier truce covered only Aleppo.", "ceasefire.scope",
			nil},
		{"probe: the previous truce was limited", "en", "", syriaLead + "The previous truce was limited to Aleppo.", "ceasefire.scope",
			nil},
		{"probe: a truce of a dated month covered only a city", "en", "2026-11-02", syriaLead + "The March 2016 ceasefire covered only Aleppo.", "ceasefire.scope",
			nil},
		{"probe: a truce agreed in an earlier year", "en", "2026-11-02", syriaLead + "A truce agreed in 2019 was limited to Idlib, the army said.", "ceasefire.scope",
			nil},
		{"probe: arabic an earlier truce limited to a city", "ar", "2026-11-02", syriaLeadAr + "وكانت هدنة 2016 مقتصرة على حلب.", "ceasefire.scope",
			nil},
		{"probe: arabic the 2016 truce", "ar", "", syriaLeadAr + "واقتصرت هدنة عام 2016 على حلب وانهارت.", "ceasefire.scope",
			nil},
	})
}

// TestPrecision15ProvisionObservations: an observation (nothing recorded, a number not settled, a
// military operation) or another agreement sets no term of this truce.
func TestPrecision15ProvisionObservations(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: arabic number of detainees not settled", "ar", "", yemenLeadAr + "ولم يُحسم بعد عدد المحتجزين.", "ceasefire.exchange",
			nil},
		{"a number of detainees to be freed", "ar", "", yemenLeadAr + "ويشمل الاتفاق الإفراج عن عدد من المحتجزين.", "ceasefire.exchange",
			[]string{"prisoners=included@outlet"}},
		{"probe: the number of prisoners is disputed", "en", "", yemenLead + "The number of prisoners held by each side is disputed.", "ceasefire.exchange",
			nil},
		{"probe: arabic the number of detainees rose", "ar", "", yemenLeadAr + "وارتفع عدد المعتقلين في سجون الحديدة إلى 300.", "ceasefire.exchange",
			nil},
		{"probe: arabic no withdrawal recorded", "ar", "", yemenLeadAr + "ولم يُسجَّل أي انسحاب.", "ceasefire.withdrawal",
			nil},
		{"operations against a jihadist group go on", "en", "", syriaLead + "The Syrian army said operations against ISIS will continue.", "ceasefire.retained_rights",
			[]string{"fight_terrorism=retained@syrian_army"}},
		{"arabic the right to pursue cells", "ar", "", syriaLeadAr + "وقال الجيش السوري إنه يحتفظ بحقه في ملاحقة خلايا داعش.", "ceasefire.retained_rights",
			[]string{"fight_terrorism=retained@syrian_army"}},
		{"probe: arabic killed in operations against isis", "ar", "", syriaLeadAr + "وقتل الجيش السوري 12 مسلحا في عمليات ضد داعش.", "ceasefire.retained_rights",
			nil},
		{"probe: wounded in a campaign", "en", "", syriaLead + "Three soldiers were wounded in operations against the Nusra Front near Idlib.", "ceasefire.retained_rights",
			nil},
		{"probe: arabic no withdrawal of a named force recorded", "ar", "", yemenLeadAr + "ولم يُسجَّل أي انسحاب للقوات الحكومية من مواقعها حول الحديدة حتى الآن.", "ceasefire.withdrawal",
			nil},
		{"probe: no withdrawal has been observed", "en", "", yemenLead + "No withdrawal of Houthi fighters has been observed so far, monitors said.", "ceasefire.withdrawal",
			nil},
		{"the deal requires no withdrawal", "ar", "", yemenLeadAr + "ولا يتضمن الاتفاق أي انسحاب للحوثيين من الحديدة.", "ceasefire.withdrawal",
			[]string{"houthis=not_required@outlet"}},
		{"probe: operations against isis", "en", "", syriaLead + "The Syrian army killed 12 militants in operations against ISIS.", "ceasefire.retained_rights",
			nil},
		{"the truce does not cover operations against a jihadist group", "en", "", yemenLead + "The truce does not cover operations against al-Qaeda.", "ceasefire.retained_rights",
			[]string{"fight_terrorism=retained@outlet"}},
		{"probe: a loan agreement's terms", "en", "", yemenLead + "The loan agreement does not cover the release of prisoners.", "ceasefire.exchange",
			nil},
		{"probe: arabic trade agreement does not cover", "ar", "", yemenLeadAr + "ولا يشمل الاتفاق التجاري العمليات ضد تنظيم القاعدة.", "ceasefire.exclusions",
			nil},
		{"probe: trade agreement does not cover, exclusions", "en", "", yemenLead + "The trade agreement does not cover operations against al-Qaeda.", "ceasefire.exclusions",
			nil},
		{"probe: trade agreement does not cover, retained", "en", "", yemenLead + "The trade agreement does not cover operations against al-Qaeda.", "ceasefire.retained_rights",
			nil},
	})
}
