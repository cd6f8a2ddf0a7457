package claims

import "testing"

// TestExchangeCountNoSignatories: a count right after an exchange cue counts the captives or the
// dead, not the signatories (bamenda bm_024 'the ICRC had returned the remains of 23 fighters to
// their families under the agreement', mindanao mn_019 'the deal also provides for the release of
// the 14 BIFF fighters held by the army' read fighters counts; gold traps in tishrin: 'bodies
// exchanged, not signatories'). Probes from Gaza, Sudan and Yemen. Kept: fighters who signed, a
// count after a comma past the release.
func TestExchangeCountNoSignatories(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the release of 40 fighters (Sudan)", "en", pubTue,
			"Sudan's army and the RSF agreed to a truce in El Fasher; the deal also provides for the release of 40 RSF fighters held by the army.", "ceasefire.signatories",
			nil},
		{"the remains of 23 fighters returned under the agreement (Gaza)", "en", pubTue,
			"The ICRC returned the remains of 23 Hamas fighters to their families under the Gaza ceasefire agreement.", "ceasefire.signatories",
			nil},
		{"الإفراج عن 40 مقاتلاً (Yemen)", "ar", pubTue,
			"اتفقت الحكومة اليمنية والحوثيون على هدنة في تعز، وينص الاتفاق على الإفراج عن 40 مقاتلاً من الحوثيين.", "ceasefire.signatories",
			nil},
		// Kept.
		{"signed by 60,000 fighters (Sudan)", "en", pubTue,
			"The El Fasher truce, which provides for the release of prisoners, was signed by commanders of 60,000 fighters, the RSF said.", "ceasefire.signatories",
			[]string{"fighters=60000@rapid_support_forces"}},
		{"three factions signed (Yemen)", "ar", pubTue,
			"ووقّعت ثلاثة فصائل على اتفاق وقف إطلاق النار في تعز الذي ينص على الإفراج عن الأسرى.", "ceasefire.signatories",
			[]string{"factions=3@outlet"}},
	})
}
