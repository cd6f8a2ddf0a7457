package claims

import "testing"

// TestTheatreNamedInPassing: an article is keyed to its own war, not to a country it names in
// passing. A place after a clause word ("while", «فيما», «بينما», «في حين») belongs to the
// clause it opens, not to the ceasefire noun before it (clauseWordBetween: "the truce holds
// while fighting goes on in Sudan"); a theatre placed only weakly (a bare place, a clock, a host
// city) with no actor of its own gives way to the country of the article's actors
// (actorsOutweighPassingTheatre). Negatives: a place before the clause word, a strong placement
// ("a ceasefire in Gaza"), two places of the theatre, a foreign state's force in the war's place,
// an actor or an acting capital of the theatre's own country, a mediator's demonym.
func TestTheatreNamedInPassing(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct{ name, lang, text, want string }{
		// Another war in a clause of its own (waziristan wz_038's construction).
		{"probe: while fighting goes on in Sudan (Congo)", "en", "The truce holds while fighting goes on in Sudan, the M23 said.", "dr_congo"},
		{"probe: whereas fighting continued across Yemen (Libya)", "en", "The ceasefire took effect whereas fighting continued across Yemen, a Libyan National Army spokesman said.", "libya"},
		{"probe: فيما تتواصل المعارك في السودان (Congo, ar)", "ar", "قالت حركة إم 23 إن الهدنة صامدة فيما تتواصل المعارك في السودان.", "dr_congo"},
		{"probe: بينما تتواصل المعارك في اليمن (Libya, ar)", "ar", "قال الجيش الوطني الليبي إن وقف إطلاق النار دخل حيز التنفيذ بينما تتواصل المعارك في اليمن.", "libya"},
		{"probe: في حين تتواصل الاشتباكات في السودان (Libya, ar)", "ar", "قال الجيش الوطني الليبي إن الهدنة صامدة في حين تتواصل الاشتباكات في السودان.", "libya"},
		// Kept: the place before the clause word is the truce's.
		{"a ceasefire in Sudan ... while talks continued", "en", "A ceasefire in Sudan took effect while talks continued, the RSF said.", "sudan"},
		{"الهدنة في السودان ... بينما تتواصل المحادثات", "ar", "قالت قوات الدعم السريع إن الهدنة في السودان صامدة بينما تتواصل المحادثات.", "sudan"},
		// A weak placement with no actor of its own: the actors' war (tishrin tr_023, mindanao
		// mn_008, mitiga mt_026's constructions).
		{"probe: unlike the Gaza ceasefire (Syria)", "en", "Unlike the Gaza ceasefire of January 2025, this truce was signed by the Syrian Democratic Forces and the Syrian National Army, the SDF said.", "syria"},
		{"probe: بتوقيت مكة المكرمة (Philippines, ar)", "ar", "دخلت الهدنة بين الحكومة الفلبينية وجبهة مورو الإسلامية حيز التنفيذ عند الساعة السابعة مساء بتوقيت مكة المكرمة.", "philippines"},
		{"probe: إسطنبول ستستضيف (Libya, ar)", "ar", "قالت مصادر إن إسطنبول ستستضيف يوم السبت جولة محادثات بين جهاز الردع واللواء 444 بشأن تثبيت الهدنة.", "libya"},
		// Kept: a strong placement, a foreign state's force in the war's place, the theatre's own actors.
		{"a ceasefire in Gaza, the Israeli army said", "en", "A ceasefire in Gaza took effect at 6 a.m., the Israeli army said.", "palestine"},
		{"Israeli troops pulled back from Jenin", "en", "Israeli troops pulled back from Jenin after the truce took effect, the Israeli army said.", "palestine"},
		{"the truce held near Marib, the Houthis", "en", "The Houthis said the truce held near Marib, the Saudi-led coalition said.", "yemen"},
		{"two places of Haiti, a Kenyan commander (Haiti)", "en", "Kenyan commander Daniel Kipchumba Sang said his forces would not withdraw from any position in Delmas or Cite Soleil under the truce.", "haiti"},
		{"one place of Iraq, Baghdad acting, American mediation (Iraq, ar)", "ar", "تستثني بغداد قضاء مخمور من الهدنة. وكانت الوساطة الأميركية قد نجحت في انتزاع موافقة الطرفين على الهدنة برعاية أميركية.", "iraq"},
		{"near Khan Younis, Hamas and Israel", "en", "The truce between Hamas and Israel took effect near Khan Younis at 6 a.m., Hamas said.", "palestine"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := eventOf(t, x, tc.lang, pubTue, tc.text); got != tc.want {
				t.Errorf("%s: event %s, want %s", tc.text, got, tc.want)
			}
		})
	}
}
