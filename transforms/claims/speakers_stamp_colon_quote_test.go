package claims

import "testing"

// TestStampedColonQuotation: a live-blog entry "HH:MM — Title Name, in a voice message: \"...\""
// quotes the name after the stamp from the colon on, and the quotation's next sentence too.
// Near misses: a place after the stamp quotes no one; a stamp with no dash opens no entry.
func TestStampedColonQuotation(t *testing.T) {
	runCases(t, []mechanismCase{
		{"waziristan: stamp, spokesman, voice message, quotation over two sentences", "en", "", "13:55 — TTP spokesman Qari Anwarullah Mehsud, in a voice message: \"We had no role. The ceasefire is intact and our mujahideen are bound by it.\"", "ceasefire.status",
			[]string{"in_force@anwarullah_mehsud"}},
		{"the same entry without a stamp", "en", "", "TTP spokesman Qari Anwarullah Mehsud, in a voice message: \"We had no role. The ceasefire is intact and our mujahideen are bound by it.\"", "ceasefire.status",
			[]string{"in_force@anwarullah_mehsud"}},
		// Near misses.
		{"a place after the stamp quotes no one", "en", "", "13:10 — Lakki Marwat, after the attack: \"The ceasefire is intact.\"", "ceasefire.status",
			[]string{"in_force@outlet"}},
		{"a number with no dash opens no entry", "en", "", "300 fighters of TTP spokesman Qari Anwarullah Mehsud, in a voice message: \"The ceasefire is intact.\"", "ceasefire.status",
			[]string{"in_force@outlet"}},
	})
}
