package claims

import "testing"

// TestQuoteBoxSignatureSpans: a quotation box signed by a dash and a name is the signer's in
// every sentence of the box, also when the signature goes on with an attribution naming the
// signer again (tishrin tr_027 "- Col. Ryan Hadley, spokesman for the U.S.-led coalition, at a
// briefing in Hasakah."), when the box holds a verb of saying with no subject ("Whoever says
// otherwise is misleading the people.\" — Sajjad Khattak", waziristan wz_035), or when the
// signature's participle has no subject of its own ("— مسؤول لبناني رفيع لقناة الريادة، طالباً
// عدم ذكر اسمه", hermel hm_027); all gave the outlet for the box's first sentences. A quotation
// its own sentence attributes, and a dash line after a sentence that is no quotation, keep
// their readings.
func TestQuoteBoxSignatureSpans(t *testing.T) {
	runCases(t, []mechanismCase{
		{"syria: the signature names the signer again", "en", "", "\"The ceasefire took effect at midnight and it is holding. Coalition teams are monitoring the dam area around the clock.\" - Col. Ryan Hadley, spokesman for the U.S.-led coalition, at a briefing in Hasakah.", "ceasefire.status",
			[]string{"in_force@ryan_hadley"}},
		{"pakistan: a verb of saying with no subject inside the box", "en", "", "\"There is no clause on prisoners in the ceasefire. None. Whoever says otherwise is misleading the people.\" — Sajjad Khattak, KP government spokesman", "ceasefire.exchange",
			[]string{"prisoners=not_included@sajjad_khattak"}},
		{"lebanon: the signature's participle", "ar", "", "«الاتفاق يشمل الإفراج المتبادل عن العسكريين المحتجزين لدى الجانبين. ولا استثناء فيه لأحد». — مسؤول لبناني رفيع لقناة الريادة، طالباً عدم ذكر اسمه", "ceasefire.exchange",
			[]string{"prisoners=included@lebanon"}},
		// Negative probes: a quotation attributed in its own sentence, a dash line after no
		// quotation, a blank line and a signature after a paragraph that is not a quotation.
		{"gaza: a quotation its sentence attributes", "en", "", "\"The truce is holding,\" the Israeli army said.\n— Ahmed Barghouti, reporting from Gaza", "ceasefire.status",
			[]string{"in_force@israeli_forces"}},
		{"syria: a dash line after a plain sentence", "en", "", "The ceasefire took effect at midnight and it is holding.\n\n— Col. Ryan Hadley, spokesman for the U.S.-led coalition", "ceasefire.status",
			[]string{"in_force@outlet"}},
	})
}
