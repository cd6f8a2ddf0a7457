package claims

import "testing"

// TestSignatoriesBetweenSides: the pair a truce is "between" is its parties, not its signers
// (signatories_between_sides.go): "signed in Doha between X and Y", «الموقّع في روما بين X وY»,
// "The cessation between X and Y was signed" name no signatory group. Signers named by a
// passive agent, a subject or «بينها» (among them) stay.
func TestSignatoriesBetweenSides(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: participle signed in a city between the sides (Sudan)", "en", pubTue, "The truce signed in Jeddah between the RSF and the SPLM-N took effect at midnight.", "ceasefire.signatory_groups", nil},
		{"probe: cessation between the sides was signed (Gaza)", "en", pubTue, "The ceasefire between Hamas and Islamic Jihad was signed on Tuesday in Cairo.", "ceasefire.signatory_groups", nil},
		{"probe: a truce between the sides, signed by elders (Ain al-Hilweh)", "en", pubTue, "A truce between Fatah and Hamas, signed by elders of the camp, took effect on Monday.", "ceasefire.signatory_groups", nil},
		{"probe: participle between the sides (Sudan, ar)", "ar", pubTueAr, "رحّب الاتحاد الأفريقي باتفاق وقف إطلاق النار الموقّع في جدة بين قوات الدعم السريع والحركة الشعبية.", "ceasefire.signatory_groups", nil},
		{"probe: relative on a truce between the sides (Gaza, ar)", "ar", pubTueAr, "أعلنت الخارجية المصرية أن اتفاق التهدئة بين حركة حماس وحركة الجهاد الإسلامي، الذي وُقّع أمس في القاهرة، يدخل حيز التنفيذ الليلة.", "ceasefire.signatory_groups", nil},
		// Kept.
		{"signed by a passive agent (Gaza)", "en", pubTue, "The truce was signed by Hamas and Islamic Jihad in Cairo on Tuesday.", "ceasefire.signatory_groups", []string{"hamas,palestinian_islamic_jihad@outlet"}},
		{"among them, not between (ar)", "ar", pubTueAr, "ووقّعت على الهدنة سبعة فصائل، بينها حركة حماس وحركة الجهاد الإسلامي.", "ceasefire.signatory_groups", []string{"hamas,palestinian_islamic_jihad@outlet"}},
	})
}
