package claims

import "testing"

// TestRoleWithheld: a role that is the predicate of a refused, negated or withheld description
// ("declined to describe the bloc as a mediator", "رفض وصف إيران بالوسيط") or a role under "any"
// in a negated or denied sentence ("لم تشر إلى أي دور ضامن للاتحاد", "نفت أي وساطة لطرف ثالث")
// names nobody to it. Witnesses: kadugli kd_022, taiz tz_032 (en); manipur mp_021, sulaymaniyah
// sl_027 (ar, description); kadugli kd_020, kashmir ks_003 (ar, any role). A description given,
// or a role held beside a refusal of something else, keeps its member.
func TestRoleWithheld(t *testing.T) {
	const kordofan = "The army and the SPLM-N agreed to a cessation of hostilities in South Kordofan on Sunday. "
	const gaza = "Israel and Hamas agreed to a ceasefire in Gaza on Sunday. "
	const congo = "Kinshasa and the M23 agreed to a ceasefire on Monday. "
	const yemen = "The Yemeni government and the Houthis agreed to a truce in Taiz on Monday. "
	const sudanAr = "اتفق الجيش والدعم السريع على هدنة في الفاشر يوم الاثنين. "
	const gazaAr = "اتفقت إسرائيل وحماس على وقف إطلاق النار في غزة يوم الأحد. "
	runCases(t, []mechanismCase{
		// Withheld descriptions.
		{"declined to describe the bloc as a mediator (Kordofan)", "en", "", kordofan + "An IGAD spokesman declined to describe IGAD as a mediator.", "ceasefire.mediators", nil},
		{"stopped short of describing the sultanate as a guarantor (Taiz)", "en", "", yemen + "Oman's foreign ministry stopped short of describing Oman as a guarantor.", "ceasefire.guarantors", nil},
		{"probe: refused to call Qatar a mediator (Gaza)", "en", "", gaza + "Israel's prime minister refused to call Qatar a mediator.", "ceasefire.mediators", nil},
		{"probe: did not describe the AU as a guarantor (Congo)", "en", "", congo + "The statement did not describe the African Union as a guarantor.", "ceasefire.guarantors", nil},
		{"رفض وصف إيران بالوسيط (Sulaymaniyah)", "ar", "", "وقعت الأطراف اتفاق وقف إطلاق النار. لكن المسؤول رفض وصف إيران بالوسيط.", "ceasefire.mediators", nil},
		{"probe: ورفض المتحدث وصف قطر بأنها ضامن للاتفاق (Gaza)", "ar", "", gazaAr + "ورفض المتحدث وصف قطر بأنها ضامن للاتفاق.", "ceasefire.guarantors", nil},
		{"probe: امتنعت الوزارة عن وصف مصر بالوسيط (Sudan)", "ar", "", sudanAr + "وامتنعت الوزارة عن وصف مصر بالوسيط.", "ceasefire.mediators", nil},
		// Any role under negation or denial.
		{"ولم تشر إلى أي دور ضامن للاتحاد الأفريقي (Kordofan)", "ar", "", sudanAr + "ولم تشر المفوضة إلى أي دور ضامن للاتحاد الأفريقي.", "ceasefire.guarantors", nil},
		{"نفت، في وقت سابق، أي وساطة لطرف ثالث (Kashmir)", "ar", "", "اتفقت الهند وباكستان على وقف إطلاق النار. وكانت نيودلهي قد نفت، في وقت سابق، أي وساطة لطرف ثالث.", "ceasefire.mediators", nil},
		{"probe: the statement did not mention any mediation by Egypt (Gaza)", "en", "", gaza + "Israel's statement did not mention any mediation by Egypt.", "ceasefire.mediators", nil},
		// Kept: a description given, and a role held though something else is refused.
		{"probe: described Qatar as the main mediator (Gaza)", "en", "", gaza + "The official described Qatar as the main mediator.", "ceasefire.mediators",
			[]string{"qatar@outlet"}},
		{"probe: إن قطر هي الوسيط الرئيسي، رافضاً وصف تركيا بالوسيط (Gaza)", "ar", "", gazaAr + "وقال المسؤول إن قطر هي الوسيط الرئيسي، رافضاً وصف تركيا بالوسيط.", "ceasefire.mediators",
			[]string{"qatar@outlet"}},
		{"probe: declined to comment; the truce was brokered by Qatar (Congo)", "en", "", congo + "Kinshasa declined to comment, but the truce was brokered by Qatar.", "ceasefire.mediators",
			[]string{"qatar@outlet"}},
		{"probe: Oman, which declined to comment, brokered the truce (Taiz)", "en", "", yemen + "Oman, which declined to comment, brokered the truce.", "ceasefire.mediators",
			[]string{"oman@outlet"}},
		{"probe: أكد أن مصر لعبت دور الوسيط، ولم ينف أي طرف ذلك (Sudan)", "ar", "", sudanAr + "وقال المسؤول إن الهدنة جاءت بوساطة مصرية.", "ceasefire.mediators",
			[]string{"egypt@outlet"}},
	})
}
