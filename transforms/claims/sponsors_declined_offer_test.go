package claims

import "testing"

// TestSponsorsDeclinedOffer: an offer to host that a clause after it turns down names no sponsor,
// as it names no venue (declinedHostOffer; "Saudi Arabia had offered to host the talks in Riyadh,
// a Gulf diplomat said, but India turned the offer down", kashmir ks_006), with the offer verb
// glued to its conjunction too («وعرضت مصر استضافة المحادثات ..., غير أن ...»). An offer left
// standing is a hedged sponsor; hosting done is one.
func TestSponsorsDeclinedOffer(t *testing.T) {
	const gazaEn = "Israel and Hamas agreed a ceasefire in Gaza on Sunday. "
	const sudanAr = "اتفق الجيش والدعم السريع على هدنة في الفاشر. "
	runCases(t, []mechanismCase{
		{"probe: Qatar had offered to host the talks in Doha, ..., but Israel turned the offer down (Gaza)", "en", "", gazaEn +
			"Qatar had offered to host the talks in Doha, a diplomat said, but Israel turned the offer down.", "talks.sponsors",
			nil},
		{"probe: وعرضت مصر استضافة المحادثات في القاهرة، غير أن الجيش فضّل جدة (Sudan)", "ar", "", sudanAr +
			"وعرضت مصر استضافة المحادثات في القاهرة، غير أن الجيش فضّل جدة.", "talks.sponsors",
			nil},
		{"probe: the venue of that turned-down offer (Sudan)", "ar", "", sudanAr +
			"وعرضت مصر استضافة المحادثات في القاهرة، غير أن الجيش فضّل جدة.", "talks.venue",
			nil},
		// Kept: the offer standing, hosting done.
		{"kept: Qatar has offered to host the talks in Doha (Gaza)", "en", "", gazaEn +
			"Qatar has offered to host the talks in Doha, a diplomat said.", "talks.sponsors",
			[]string{"qatar@sources~proposed"}},
		{"kept: Qatar hosted the talks in Doha, but Israel walked out (Gaza)", "en", "", gazaEn +
			"Qatar hosted the talks in Doha, but Israel walked out on Monday.", "talks.sponsors",
			[]string{"qatar@outlet"}},
	})
}
