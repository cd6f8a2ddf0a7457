package claims

import "testing"

// elfasherJointForce is elfasher ef_004's text: "the movements" is a context alias another
// event's file gives a Sudanese movement the article never names; it refers back to the Joint
// Force of Darfuri armed movements the article is about.
const elfasherJointForce = "09:10 BST - The Joint Force of Darfuri armed movements says it is a party to the El Fasher truce in its own right. " +
	"\"We sat at the table in Addis Ababa and we put our own signature on the document, next to the army's,\" spokesman Adam Abakar Tahir told us by phone. " +
	"He rejected the idea that the movements are merely covered by the army's signature. " +
	"Tahir said the movements' fighters in the city would stay in their positions, since nothing in the text requires them to withdraw."

// TestContextAliasesReferBack: a context alias whose own entity the article never names refers
// back to a body of its kind the article named, whose name it heads; otherwise it keeps its
// theatre's reading.
func TestContextAliasesReferBack(t *testing.T) {
	runCases(t, []mechanismCase{
		{"elfasher ef_004: the movements' fighters are the Joint Force's", "en", "", elfasherJointForce, "ceasefire.withdrawal",
			[]string{"joint_force=not_required@adam_abakar_tahir"}},
		// Kept: the alias's entity is a body of another kind than the one named (Colombia,
		// Myanmar: "the army" after the National Liberation Army, the Arakan Army).
		{"probe: the army after the National Liberation Army (Colombia)", "en", "",
			"The Colombian government and the National Liberation Army agreed to a ceasefire on Monday. An ELN commander said the army must withdraw from Catatumbo.", "ceasefire.withdrawal",
			[]string{"colombian_armed_forces=required@eln"}},
		{"probe: the army after the Arakan Army (Myanmar)", "en", "",
			"The Arakan Army and the military agreed to a truce in Rakhine on Monday. The Arakan Army said the army must pull back from Sittwe under the truce.", "ceasefire.withdrawal",
			[]string{"myanmar_military=required@arakan_army"}},
		// Kept: the alias's noun is no head of the name before ("مخابرات الجيش" is the army's
		// intelligence branch, Lebanon).
		{"probe: الجيش after مخابرات الجيش (Lebanon)", "ar", "",
			"اتفقت الفصائل الفلسطينية على وقف إطلاق النار في مخيم عين الحلوة. وقالت مخابرات الجيش إن الجيش غير معني بالانسحاب من نقاطه في محيط المخيم.", "ceasefire.withdrawal",
			[]string{"lebanese_army=not_required@lebanese_army_intelligence"}},
		// Kept: the alias's own entity named (Gaza: "the movement" is Hamas).
		{"probe: the movement after Hamas (Gaza)", "en", "",
			"Hamas and Israel agreed to a ceasefire in Gaza on Sunday. The movement said nothing in the deal requires its fighters to withdraw from Rafah.", "ceasefire.withdrawal",
			[]string{"hamas=not_required@hamas"}},
	})
}
