package claims

import "testing"

// TestPullQuoteDashNamesTheSpeaker: «…» — Name, a pull quote followed by a dash and the
// speaker's name: the speaker is the named person, not the outlet, in both languages and with
// either dash.
func TestPullQuoteDashNamesTheSpeaker(t *testing.T) {
	runCases(t, []mechanismCase{
		{"«…» — name (Gaza)", "ar", pubTueAr, gazaLead20Ar + "«الهدنة تنص على الإفراج عن جميع الأسرى» — مروان أبو شنب.", "ceasefire.exchange",
			[]string{"prisoners=included@marwan_abu_shanab"}},
		{"«…» - name, no full stop (Gaza)", "ar", pubTueAr, gazaLead20Ar + "«الهدنة تنص على الإفراج عن جميع الأسرى» - مروان أبو شنب", "ceasefire.exchange",
			[]string{"prisoners=included@marwan_abu_shanab"}},
		{"\"…\" — name (Gaza)", "en", pubTue, gazaLead20 + "\"The truce provides for the release of all prisoners\" — Marwan Abu Shanab.", "ceasefire.exchange",
			[]string{"prisoners=included@marwan_abu_shanab"}},
		{"\"…\" — name, title (Sudan)", "en", pubTue, sudanLead20 + "\"The truce provides for the opening of roads to El Fasher\" — Mubarak al-Tijani, RSF adviser", "ceasefire.humanitarian",
			[]string{"aid_access=included@mubarak_al_tijani"}},
		{"«…» — name, alone (Sudan)", "ar", pubTueAr, "«الهدنة تشمل فتح الطرق المؤدية إلى الفاشر» — مبارك التجاني", "ceasefire.humanitarian",
			[]string{"aid_access=included@mubarak_al_tijani"}},
	})
}
