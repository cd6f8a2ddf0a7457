package schemas

import (
	"strings"
	"testing"
)

// genericNameWords make up names that every state's coverage uses for its own forces and
// institutions ("the federal police", "government troops", "الجيش الوطني"). A plain alias made
// only of them would resolve in every war to the one state whose gazetteer file lists it; it
// belongs in context_aliases, which hold only in coverage of the entity's own country.
var genericNameWords = map[string]bool{
	"the": true, "army": true, "police": true, "forces": true, "troops": true, "soldiers": true,
	"government": true, "federal": true, "national": true, "security": true, "armed": true,
	"military": true, "church": true, "catholic": true, "rebels": true, "militia": true,
	"militias": true, "authorities": true, "interior": true, "ministry": true, "defence": true,
	"defense": true, "special": true, "local": true, "officials": true, "border": true, "guards": true,
	"الجيش": true, "الشرطة": true, "القوات": true, "قوات": true, "الحكومة": true, "الحكومية": true,
	"الاتحادية": true, "الوطني": true, "الوطنية": true, "الأمن": true, "المسلحة": true,
	"الكنيسة": true, "الكاثوليكية": true, "المتمردون": true, "المتمردين": true, "السلطات": true,
	"الداخلية": true, "وزارة": true, "حرس": true, "الحدود": true, "الشعبي": true,
	"البعثة": true, "الأممية": true, "mission": true, "u.n.": true, "un": true,
}

func TestGenericNamesAreContextAliases(t *testing.T) {
	d, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range d.Gazetteer.Entities {
		if e.Country == "" || e.Type == "city" || e.Type == "region" || e.Type == "country" {
			continue
		}
		names := []string{e.Label["en"], e.Label["ar"]}
		for _, as := range e.Aliases {
			names = append(names, as...)
		}
		for _, n := range names {
			words := strings.Fields(strings.ToLower(n))
			generic := len(words) > 0
			for _, w := range words {
				generic = generic && genericNameWords[w]
			}
			if generic {
				t.Errorf("%s (%s): %q is a name every war's coverage uses; make it a context alias", e.ID, e.Country, n)
			}
		}
	}
}
