package claims

import (
	"testing"

	"github.com/tanaqud/tanaqud/schemas"
)

// Event keys of stop 17 (keys17): a homonym place is the one of the country the rest of the
// article names; a state the article casts as mediator, guarantor or sponsor is not where an
// unplaced truce is; a dateline capital acts for nobody; groups of several countries tied, with
// none of their states named, place the truce in none of them.

// eventOf is the event key of the claims of text (published may be "").
func eventOf(t *testing.T, x *Extractor, lang, published, text string) string {
	t.Helper()
	cs := x.Analyze(schemas.Article{ID: "t", Source: "Test Wire", Lang: lang, Published: published, Text: text}).Claims
	if len(cs) == 0 {
		t.Fatalf("no claims in %q", text)
	}
	for _, c := range cs[1:] {
		if c.Event != cs[0].Event {
			t.Fatalf("%q: claims keyed %q and %q", text, cs[0].Event, c.Event)
		}
	}
	return cs[0].Event
}

func TestKeys17EventKeys(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct{ name, lang, text, want string }{
		// Homonyms: "Tripoli" is Libya's capital outright and Lebanon's city by a context alias.
		{"Lebanese Tripoli: the Lebanese army and a district of the city", "en",
			"A ceasefire in Tripoli took hold on Friday as the Lebanese army deployed in Jabal Mohsen.", "lebanon"},
		{"Lebanese Tripoli, Arabic: a Beirut dateline and the Lebanese army", "ar",
			"بيروت - صمد وقف إطلاق النار في طرابلس لليوم الثاني، وانتشر الجيش اللبناني في باب التبانة.", "lebanon"},
		{"probe: Libyan Tripoli with Libyan actors stays Libya's", "en",
			"A ceasefire in Tripoli took hold on Friday as GNU forces pulled back from the airport road.", "libya"},
		{"probe: Libyan Tripoli, Arabic", "ar",
			"صمد وقف إطلاق النار في طرابلس بين قوات حكومة الوحدة الوطنية الليبية والمجموعات المسلحة.", "libya"},
		{"probe: Tripoli with no other evidence is the name given outright (Libya's capital)", "en",
			"A ceasefire in Tripoli took hold on Friday.", "libya"},
		{"probe: a Lebanese name elsewhere with Libyan evidence outweighing it", "en",
			"A ceasefire in Tripoli took hold as GNU forces and the Libyan National Army pulled back; Beirut welcomed it.", "libya"},
		{"another homonym: 'the Mountain' in Syrian coverage is Suwayda's", "en",
			"A ceasefire in the Mountain took hold on Sunday, Syria's foreign ministry said.", "syria"},
		{"probe: 'the Mountain' with Iraqi evidence stays Sinjar's", "en",
			"A ceasefire in the Mountain took hold on Sunday, the Kurdistan Regional Government said.", "iraq"},
		// A state cast as a third party is not where an unplaced truce is.
		{"guarantors of the truce beside the war's own side", "en",
			"Ziad al-Qudah said the United States and Jordan would act as guarantors of the truce, and that the United States would send observers to meet Suwayda's factions.", "syria"},
		{"guarantors named in the sentence: not the war's country", "en",
			"The United States and Oman will guarantee the truce, Houthi spokesman Yahya Sharaf al-Din said.", "yemen"},
		{"mediator and guarantors only: placeless", "en",
			"This time the EU brokered the deal, and both the EU and the United States are its guarantors, diplomats said.", unplaced},
		{"sponsors, Arabic: placeless", "ar",
			"وقال دبلوماسيون إن الاتحاد الأوروبي والولايات المتحدة سيرعيان جولة المحادثات المقبلة حول الهدنة.", unplaced},
		{"probe: a truce placed in Lebanon and mediated by the United States stays Lebanon's", "en",
			"A ceasefire in Lebanon mediated by the United States took effect on Tuesday, Hezbollah said.", "lebanon"},
		{"probe: the same state named as an actor elsewhere still counts", "en",
			"The ceasefire will hold, a U.S. official said, adding that the U.S. Navy would keep its carriers in the Gulf. Oman will guarantee the truce.", "united_states"},
		{"probe: a state named as a party is no third party", "en",
			"The truce binds only the Houthis and the United States, which will guarantee it together with Oman, a U.S. official said.", "united_states"},
		// A dateline capital files the report; it acts for no one.
		{"dateline capital of a host state places nothing", "en",
			"ADDIS ABABA, May 3 (Test Wire) - Asked who would guarantee the truce, she named Sudan and South Sudan.", unplaced},
		{"probe: a capital speaking still stands for its state", "en",
			"The ceasefire agreed on Tuesday will hold, Sanaa said.", "yemen"},
		// Groups of several countries, none of their states named.
		{"allies in two countries tied: placeless", "ar",
			"أكد حزب الله أنه معني بالهدنة الشاملة. من جهتها، أعلنت جماعة أنصار الله أن عملياتها متوقفة بموجب الاتفاق.", unplaced},
		{"probe: a group and its own state's army stay that country's", "en",
			"Hezbollah said the ceasefire agreed on Tuesday will hold, and the Lebanese army said it would deploy.", "lebanon"},
		{"probe: a tie of two states keeps the alphabetical rule", "en",
			"The ceasefire agreed on Tuesday will hold, Yahya Sharaf al-Din and Bashar al-Assad said.", "syria"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := eventOf(t, x, tc.lang, "", tc.text); got != tc.want {
				t.Errorf("%s\nevent %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestKeys17LastWeekdayTheDayAfter: "last Friday" said on the Saturday is the Friday of the week
// before (the day before is "yesterday", "أمس الجمعة"); two days on it is the latest one.
func TestKeys17LastWeekdayTheDayAfter(t *testing.T) {
	const lead = "The Houthis and the Yemeni government agreed to a ceasefire in Hodeidah. "
	const leadAr = "اتفق الحوثيون والحكومة اليمنية على وقف لإطلاق النار في الحديدة. "
	const pubWed = "2025-10-15T08:00:00Z" // a Wednesday
	const pubThu = "2025-10-16T08:00:00Z" // a Thursday
	runCases(t, []mechanismCase{
		{"last Tuesday said on the Wednesday", "en", pubWed, lead + "The truce took effect last Tuesday.", "ceasefire.start_time", []string{"2025-10-07@outlet"}},
		{"arabic last Tuesday said on the Wednesday", "ar", pubWed, leadAr + "وبدأت الهدنة فجر الثلاثاء الماضي.", "ceasefire.start_time", []string{"2025-10-07@outlet"}},
		{"probe: last Tuesday said on the Thursday is two days back", "en", pubThu, lead + "The truce took effect last Tuesday.", "ceasefire.start_time", []string{"2025-10-14@outlet"}},
		{"probe: a bare Tuesday said on the Wednesday is yesterday", "en", pubWed, lead + "The truce took effect on Tuesday.", "ceasefire.start_time", []string{"2025-10-14@outlet"}},
		{"probe: arabic yesterday Tuesday", "ar", pubWed, leadAr + "وبدأت الهدنة أمس الثلاثاء.", "ceasefire.start_time", []string{"2025-10-14@outlet"}},
	})
}
