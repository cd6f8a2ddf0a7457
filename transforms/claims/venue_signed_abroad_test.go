package claims

import "testing"

// TestVenueSignedAbroad: a signing verb reaches its place past the truce's noun phrase
// ("signed a cessation of hostilities for South Kordofan in Juba") or past a verb-first
// subject ("وقّعت حكومة أرض الصومال وإدارة ... مساء اليوم في أديس أبابا اتفاقاً") when the place
// lies abroad of every fighter named and the article names talks. The war's own town after the
// truce is its ground, a denial before the place covers the signing, and a signing told with no
// talks anywhere may be a ceremony away from the negotiating.
func TestVenueSignedAbroad(t *testing.T) {
	const talksAfter = " The deal came after four days of talks."
	const talksAfterAr = " وجاء الاتفاق بعد ثلاثة أيام من المحادثات."
	runCases(t, []mechanismCase{
		{"past the truce and its own place (Sudan)", "en", pubTue, "Sudan's army and the SPLM-N signed a cessation of hostilities for South Kordofan in Juba on Thursday." + talksAfter, "talks.venue",
			[]string{"juba@outlet"}},
		{"verb first, the subject between (Somaliland, ar)", "ar", pubTueAr, "وقّعت حكومة أرض الصومال وإدارة إس إس سي-خاتمة مساء اليوم في أديس أبابا اتفاقاً لوقف إطلاق النار في محيط مدينة لاسعانود." + talksAfterAr, "talks.venue",
			[]string{"addis_ababa@outlet"}},
		// Probes.
		{"probe: the war's own town after the truce (Yemen)", "en", pubTue, "The Houthis and the Yemeni government signed a ceasefire in Hodeidah on Tuesday." + talksAfter, "talks.venue",
			nil},
		{"probe: verb first, the war's own town (Sudan, ar)", "ar", pubTueAr, "وقّع الجيش السوداني والحركة الشعبية لتحرير السودان – شمال مساء الخميس في كادقلي اتفاقاً لوقف العدائيات." + talksAfterAr, "talks.venue",
			nil},
		{"probe: no talks named in the article (Sudan)", "en", pubTue, "Sudan's army and the SPLM-N signed a cessation of hostilities for South Kordofan in Juba on Thursday.", "talks.venue",
			nil},
		{"probe: a denial far before the reaching (Sudan, ar)", "ar", pubTueAr, "نفى مصدر عسكري رفيع ما تداولته منصات إعلامية عن التوصل إلى اتفاق لوقف إطلاق النار مع الحركة الشعبية في جوبا." + talksAfterAr, "talks.venue",
			nil},
		{"probe: negated signing (Sudan)", "en", pubTue, "Sudan's army and the SPLM-N have not signed a cessation of hostilities for South Kordofan in Juba." + talksAfter, "talks.venue",
			nil},
		{"probe: an earlier year (Colombia)", "en", pubTue, "Colombia's government and the ELN agreed to a ceasefire on Tuesday. In 2016 the government and the FARC signed a peace accord in Havana after four years of talks.", "talks.venue",
			nil},
	})
}
