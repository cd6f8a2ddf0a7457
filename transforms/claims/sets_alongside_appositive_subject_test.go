package claims

import "testing"

// TestAlongsideAppositiveSubject: the name before the cue's comma closing an alongside
// appositive («X ستتوليان، إلى جانب Y، ضمان») is no "X, the guarantor," appositive: the subject
// before it shares the role (thaicam tc_021); a negated verb denies them all, and a plain
// appositive still names its head.
func TestAlongsideAppositiveSubject(t *testing.T) {
	const truce = "اتفق الجيش والدعم السريع على هدنة في الفاشر. "
	runCases(t, []mechanismCase{
		{"the subject before the alongside appositive (Thai-Cambodian)", "ar", "",
			truce + "صرّح المبعوث بأن قطر وتركيا ستتوليان، إلى جانب الاتحاد الأفريقي، ضمان تنفيذ الاتفاق.", "ceasefire.guarantors",
			[]string{"african_union,qatar,turkey@outlet"}},
		{"probe: a negated verb denies them all", "ar", "",
			truce + "صرّح المبعوث بأن قطر وتركيا لن تتوليا، إلى جانب الاتحاد الأفريقي، ضمان تنفيذ الاتفاق.", "ceasefire.guarantors",
			nil},
		{"probe: a plain appositive names its head", "ar", "",
			truce + "وتعوّل الخرطوم على قطر، بصفتها الدولة الضامنة، لحمل الطرفين على الالتزام.", "ceasefire.guarantors",
			[]string{"qatar@outlet"}},
	})
}
