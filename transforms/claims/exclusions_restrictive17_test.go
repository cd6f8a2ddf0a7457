package claims

// A restrictive list of places ("applies only to X and Y", "only X and Y are", "لا تشمل سوى
// جبهتي X وY") bounds the truce: scope only, no not_excluded claim per place (shared gold
// convention, stop 17). An "only" that restricts something else in the clause, "not only ...
// but also" and a bare coverage keep theirs.

import "testing"

func TestExclusionRestrictiveList(t *testing.T) {
	runCases(t, []mechanismCase{
		{"applies only to the fronts", "en", "", "The truce applies only to the Bab al-Tabbaneh and Jabal Mohsen fronts, not to the wider city, a government statement said.", "ceasefire.exclusions",
			nil},
		{"another war: covers nothing but two fronts", "ar", "", "وأشار البيان إلى أن الهدنة لا تشمل سوى جبهتي أوغ وغومايس.", "ceasefire.exclusions",
			nil},
		// Kept: a bare coverage, "not only ... but also", an "only" of another phrase.
		{"bare coverage of named fronts", "en", "", "The truce applies to the Bab al-Tabbaneh and Jabal Mohsen fronts.", "ceasefire.exclusions",
			[]string{"bab_al_tabbaneh=not_excluded@outlet", "jabal_mohsen=not_excluded@outlet"}},
		{"another war: not only but also", "en", "", "The truce covers not only Hodeidah but also the ports of Saleef and Ras Isa.", "ceasefire.exclusions",
			[]string{"hodeidah=not_excluded@outlet", "saleef=not_excluded@outlet", "ras_isa=not_excluded@outlet"}},
		{"another war: only of the brokering, then including", "ar", "", `وقالت قيادة العمليات المشتركة في بيانها إن "الاتفاق الذي تم التوصل إليه بجهود بعثة الأمم المتحدة لمساعدة العراق (يونامي) حصراً يشمل قضاء سنجار بالكامل، بما في ذلك ناحية سنوني ومجمع خانصور".`, "ceasefire.exclusions",
			[]string{"sinune=not_excluded@iraqi_joint_operations_command", "khanasor=not_excluded@iraqi_joint_operations_command"}},
	})
}
