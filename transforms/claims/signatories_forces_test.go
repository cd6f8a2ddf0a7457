package claims

import "testing"

// TestSignatoriesForcesCounted: forces and parties counted beside a signing ("signed by
// representatives of the three forces": aden ad_017; "signed on June 7 by representatives of
// four forces": kirkuk kk_027; «الاتفاق الذي وقّعه ممثلون عن ثلاثة أطراف»: aden ad_041; «تحمل
// تواقيع أربعة أطراف»: kirkuk kk_032; all gold factions counts, not read) count the signing
// factions. Not counted: "the two parties" without a signing (the sides), a number word before a
// definite noun («اتفاق روما ثلاثي الأطراف», tripartite: gorongosa gr_019, no count in the gold).
func TestSignatoriesForcesCounted(t *testing.T) {
	const yemenLead = "The STC and government forces agreed to a truce in Aden on Tuesday. "
	const yemenLeadAr = "اتفق المجلس الانتقالي والقوات الحكومية على هدنة في عدن يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"signed by representatives of the three forces", "en", pubTue,
			yemenLead + "The document, dated Tuesday, is signed by representatives of the three forces and by a Saudi officer.", "ceasefire.signatories",
			[]string{"factions=3@outlet"}},
		{"وقّعه ممثلون عن ثلاثة أطراف", "ar", pubTue,
			yemenLeadAr + "ووفقاً لنص الاتفاق الذي وقّعه ممثلون عن ثلاثة أطراف، فإن وقف إطلاق النار يمتد سبعة أيام.", "ceasefire.signatories",
			[]string{"factions=3@outlet"}},
		{"تحمل تواقيع أربعة أطراف", "ar", pubTue,
			yemenLeadAr + "وبحسب نسخة من الاتفاق، فإن الوثيقة تحمل تواقيع أربعة أطراف.", "ceasefire.signatories",
			[]string{"factions=4@outlet"}},
		// Not counted.
		{"ثلاثي الأطراف: tripartite", "ar", pubTue,
			yemenLeadAr + "وقال مصدر دبلوماسي إن الاتفاق الذي وقعه الطرفان «ثلاثي الأطراف».", "ceasefire.signatories",
			nil},
	})
}
