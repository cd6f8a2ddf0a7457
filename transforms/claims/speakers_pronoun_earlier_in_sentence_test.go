package claims

import "testing"

// TestPersonPronounEarlierInSentence: "he" after a sentence whose last speaker cannot be a
// person (a group read off "the so-called Red Dragons", a capital that "has not commented on the
// reports") is the person that sentence quoted before it, or one unnamed official ("a senior
// Jordanian official insisted", "the official said"), before anyone further back. Near misses:
// a person named in between is "he"; plural officials are not.
func TestPersonPronounEarlierInSentence(t *testing.T) {
	const buea = "BUEA - Visiting Buea on Monday, the Minister of Territorial Administration, Gaston Ekani Belinga, reaffirmed that the cessation of hostilities ordered by the Head of State does not extend to Lebialem, where the Defence and Security Forces are pursuing the terrorists of the so-called Red Dragons. "
	const stressed = "He stressed that no prisoner release or exchange features among the measures."
	const amman = "Only the United States and Jordan brokered the Suwayda truce, a senior Jordanian official insisted on Tuesday, dismissing reports that Turkey had played a part. "
	runCases(t, []mechanismCase{
		{"bamenda: he after a group read in the same sentence", "en", "", buea + stressed, "ceasefire.exchange",
			[]string{"prisoners=not_included@gaston_ekani_belinga"}},
		{"suwayda: he after a capital, the official before", "en", "", amman + "Turkey, which helped broker the July 2025 truce, was not involved this time, the official said, adding that Jordan had kept its border crossings open throughout the fighting. Ankara has not commented on the reports. Eleven factions signed on the Druze side, he added, while the tribes were never asked to sign.", "ceasefire.signatories",
			[]string{"factions=11@jordan"}},
		// Near misses.
		{"a person named in between is he", "en", "", buea + "Governor Bertrand Essomba Nkou said the cessation of hostilities is holding. " + stressed, "ceasefire.exchange",
			[]string{"prisoners=not_included@bertrand_essomba_nkou"}},
		{"plural officials are not he", "en", "", amman + "Turkey was not involved this time, officials in Amman said. Eleven factions signed on the Druze side, he added.", "ceasefire.signatories",
			[]string{"factions=11@jordan"}},
	})
}
