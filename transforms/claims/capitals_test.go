package claims

// A capital (a city with speaks_for) is its state or authority when it speaks or acts ("Moscow
// said", "guaranteed by Washington") and the city wherever a place is read: the theatre, the
// scope, the venue.

import (
	"testing"

	"github.com/tanaqud/tanaqud/schemas"
)

// TestCapitalTheatre: a capital named bare is its state acting and places no truce; named as a
// place it confirms the country the article places the truce in, and a truce placed in it is
// that country's.
func TestCapitalTheatre(t *testing.T) {
	x := extractor(t)
	cases := []struct{ name, lang, text, want string }{
		{"bare capitals speaking and guaranteeing place nothing", "en",
			"Moscow said the ceasefire would last 30 days. Moscow and Ankara will guarantee it.", "unknown"},
		{"a mediator's capital where the truce was made places nothing", "en",
			"The ceasefire agreed in Muscat will last 30 days.", "unknown"},
		{"a truce placed in the capital itself", "en",
			"A ceasefire in Damascus will last 30 days.", "syria"},
		{"a truce placed in the capital itself, Arabic", "ar",
			"وقف إطلاق النار في دمشق يستمر ثلاثين يوماً.", "syria"},
		{"the capital's clock confirms the country the truce is placed in", "en",
			"The ceasefire covers Aleppo and Idlib. Talks were held in Muscat. The ceasefire agreed in Muscat takes effect at midnight Damascus time and will last 30 days.", "syria"},
		// No place, but an actor of its war: the unplaced article is compared within it (eventKey).
		{"a capital speaking for its government is no place of its country", "ar",
			"أعلنت دمشق أن الهدنة تستمر ثلاثين يوماً.", "syria"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cs := x.Analyze(schemas.Article{ID: "t", Lang: tc.lang, Text: tc.text}).Claims
			if len(cs) == 0 {
				t.Fatalf("%s: no claims", tc.text)
			}
			if cs[0].Event != tc.want {
				t.Errorf("%s: theatre %s, want %s", tc.text, cs[0].Event, tc.want)
			}
		})
	}
}

// TestCapitalSpeaksOrIsAPlace: the same capital speaks for its state as a subject and is a
// place after a preposition or locative; as a place of the theatre it narrows the scope.
func TestCapitalSpeaksOrIsAPlace(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a capital as subject speaks for its state", "en", "",
			"Moscow said the truce would last 30 days.", "ceasefire.duration",
			[]string{"30@russia"}},
		{"a capital after a preposition is where the speaker was", "ar", "",
			"قال بوتين إن الهدنة شاملة. وأضاف على هامش زيارة إلى طوكيو إن مدتها ثلاثون يوماً.", "ceasefire.duration",
			[]string{"30@vladimir_putin"}},
		{"a capital after a locative is no speaker", "en", "",
			"Putin said the truce was holding. In Moscow, he added that it would last 30 days.", "ceasefire.duration",
			[]string{"30@vladimir_putin"}},
		{"the theatre's capital placed by a locative narrows the truce", "en", "",
			"Syria said a ceasefire in Damascus took effect at noon.", "ceasefire.scope",
			[]string{"partial@syria"}},
		{"the theatre's capital speaking does not narrow it", "en", "",
			"A nationwide ceasefire took effect across Syria on Monday, Damascus said.", "ceasefire.scope",
			[]string{"nationwide@syrian_government"}},
	})
}

// TestCapitalPlacedByPreposition: only a placing preposition (في, إلى; in, at, to) names a
// capital as the city; "ضغوط على موسكو", "رسالة من دمشق", "according to Moscow" name the state.
func TestCapitalPlacedByPreposition(t *testing.T) {
	x := extractor(t)
	cases := []struct {
		name, lang, text string
		want             bool
	}{
		{"a visit to the capital", "ar", "وصل الوفد في زيارة إلى موسكو.", true},
		{"to the capital, English", "en", "The delegation flew to Moscow.", true},
		{"pressure on the state", "ar", "وتصاعدت الضغوط على موسكو.", false},
		{"a message from the state", "ar", "ووصلت رسالة من دمشق.", false},
		{"according to the state", "en", "The truce holds, according to Moscow.", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			sc := x.getScratch()
			defer x.putScratch(sc)
			ac := &articleContext{}
			x.resolveMentions(sc, schemas.Article{ID: "t", Lang: tc.lang, Text: tc.text}, ac)
			var got []bool
			for _, m := range ac.infos[0].ents {
				if m.e.Type == "city" {
					got = append(got, m.place)
				}
			}
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("%s: capital named as a place %v, want [%v]", tc.text, got, tc.want)
			}
		})
	}
}

// TestSeatsOfPower: seats of power and epithets news uses for a government or body speak for it.
func TestSeatsOfPower(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the Kremlin", "en", "", "The Kremlin said the truce would last 30 days.", "ceasefire.duration",
			[]string{"30@kremlin"}},
		{"الكرملين", "ar", "", "وأعلن الكرملين أن الهدنة تستمر ثلاثين يوماً.", "ceasefire.duration",
			[]string{"30@kremlin"}},
		{"the White House", "en", "", "The White House said the truce would last 30 days.", "ceasefire.duration",
			[]string{"30@white_house"}},
		{"Foggy Bottom", "en", "", "Foggy Bottom said the truce would last 30 days.", "ceasefire.duration",
			[]string{"30@us_state_department"}},
		{"the world body monitors", "en", "", "The world body will monitor the ceasefire in Idlib.", "ceasefire.monitors",
			[]string{"un@outlet"}},
		{"المنظمة الأممية", "ar", "", "وستراقب المنظمة الأممية وقف إطلاق النار في إدلب.", "ceasefire.monitors",
			[]string{"un@outlet"}},
	})
}

// TestCapitalsHostingAndConvening: a capital hosting talks is the venue and its state a sponsor,
// unless it is a side's own government hosting; the sides after "between" are no sponsors; a
// host and the sponsor named after it make one set.
func TestCapitalsHostingAndConvening(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a third state's capital hosts and sponsors", "en", "",
			"Muscat will host talks on the ceasefire next week.", "talks.sponsors",
			[]string{"oman@outlet"}},
		{"a side's own capital hosting sponsors nothing", "ar", "",
			"ومن المتوقع أن تستضيف دمشق جولة محادثات الأسبوع المقبل.", "talks.sponsors",
			nil},
		{"a side's own capital hosting is still the venue", "ar", "",
			"ومن المتوقع أن تستضيف دمشق جولة محادثات الأسبوع المقبل.", "talks.venue",
			[]string{"damascus@outlet~expected"}},
		{"the sides after between are no sponsors", "en", "",
			"The UN said it would convene talks between Damascus, Ankara and the opposition next week.", "talks.sponsors",
			nil},
		{"a side's capital hosting sponsors nothing, whatever its gazetteer shape", "ar", "",
			"تبادلت أرمينيا وأذربيجان الاتهامات بخرق وقف إطلاق النار على الحدود. ومن المتوقع أن تستضيف باكو جولة محادثات الأسبوع المقبل.", "talks.sponsors",
			nil},
		{"a third state's capital hosting a war's talks sponsors, whatever its gazetteer shape", "ar", "",
			"اتفق الجيش السوداني وقوات الدعم السريع على وقف إطلاق النار في الخرطوم. ومن المتوقع أن تستضيف أديس أبابا جولة محادثات الأسبوع المقبل.", "talks.sponsors",
			[]string{"ethiopian_government@outlet~expected"}},
		{"a host and the sponsor named after it are one set", "ar", "",
			"ومن المتوقع أن تستضيف مسقط جولة محادثات الأسبوع المقبل، برعاية أميركية.", "talks.sponsors",
			[]string{"oman,united_states@outlet"}},
	})
}
