package claims

import "testing"

// TestVenueSeatOfTitle: a person whose title names a city, right after a seat noun (lexicon
// seat_nouns), places the talks in that city: "at the palace of the Emir of Maru", «في قصر أمير
// مارو» (zamfara zf_002, zf_003, zf_004, zf_013: an English and an Arabic bank). The title alone
// names someone who takes part, not a place.
func TestVenueSeatOfTitle(t *testing.T) {
	const zamfara = "Bandits led by Audu Gwaska agreed a ceasefire with the Zamfara State Government. "
	const zamfaraAr = "اتفقت حكومة ولاية زامفارا وجماعة أودو غواسكا على وقف لإطلاق النار. "
	runCases(t, []mechanismCase{
		{"zamfara zf_004: hammered out at the palace of the Emir of Maru", "en", "",
			zamfara + "The deal was hammered out over two days of talks at the palace of the Emir of Maru.",
			"talks.venue", []string{"maru@outlet"}},
		{"zamfara zf_013: جرت في قصر أمير مارو (ar)", "ar", "",
			zamfaraAr + "وأشار المتحدث إلى أن المحادثات التي أفضت إلى الاتفاق جرت في قصر أمير مارو يومي الثلاثاء والأربعاء.",
			"talks.venue", []string{"maru@outlet"}},
		// Not read: the title without a seat noun.
		{"probe: talks attended by the Emir of Maru", "en", "",
			zamfara + "The deal was hammered out over two days of talks with the Emir of Maru.",
			"talks.venue", nil},
	})
}
