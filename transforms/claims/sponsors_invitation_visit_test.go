package claims

// An invitation (lexicon object "invitation": "at the invitation of", "بدعوة من") in a sentence
// with no talks or truce noun is to anything, a state visit most often: no talks sponsor. Talks
// held at someone's invitation keep their sponsor.

import "testing"

func TestInvitationWithoutTalksIsNoSponsor(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: a visit at the invitation of a president", "en", pubTue, sudanLead19 + "Burhan visited Cairo at the invitation of Egyptian President Sisi.", "talks.sponsors", nil},
		{"probe: a visit at the invitation of a president, Arabic", "ar", pubTueAr, sudanLead19Ar + "وزار البرهان القاهرة بدعوة من الرئيس المصري.", "talks.sponsors", nil},
		{"probe: flew to Washington at the invitation of", "en", pubTue, gazaLead19 + "Netanyahu flew to Washington at the invitation of President Trump.", "talks.sponsors", nil},
		{"probe: arrived in Riyadh at Saudi invitation, Arabic", "ar", pubTueAr, yemenLeadAr + "ووصل وزير الخارجية اليمني إلى الرياض بدعوة من السعودية.", "talks.sponsors", nil},
		{"talks opened at the invitation of two states", "en", pubTue, callsLead19 + "Ceasefire talks opened in Jeddah at the invitation of Saudi Arabia and the United States.", "talks.sponsors",
			[]string{"saudi_arabia,united_states@outlet"}},
		{"a round held at the invitation of two states, Arabic", "ar", pubTueAr, "تواصلت المعارك في الخرطوم. وعقدت جولة المفاوضات في جدة بدعوة من السعودية والولايات المتحدة.", "talks.sponsors",
			[]string{"saudi_arabia,united_states@outlet"}},
		{"the talks came at the invitation of two states, Arabic", "ar", pubTueAr, "اتفق الجيش السوداني وقوات الدعم السريع على هدنة. وجاءت المحادثات بدعوة من السعودية والولايات المتحدة.", "talks.sponsors",
			[]string{"saudi_arabia,united_states@outlet"}},
	})
}
