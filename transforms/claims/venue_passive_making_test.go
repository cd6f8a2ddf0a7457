package claims

import "testing"

// TestVenuePassiveMaking: the truce as the subject of a passive verb of making it ("the deal was
// reached at ...", "It was negotiated over three weeks in Chimoio", «فالاتفاق أُنجز في بغداد»)
// places where this truce was made, a city of the war's own state too; a hosting verb in a
// relative clause on the truce («للاتفاق الذي احتضنته جربة») names the city that hosted it.
// Development misses of stop 31: ainhilweh ah_003, gorongosa gr_018, greenzone gz_014 and
// gz_037, kirkuk kk_011, rasajdir rj_023 and rj_027 (different banks, both languages).
func TestVenuePassiveMaking(t *testing.T) {
	const lebanon = "A ceasefire in Ain al-Hilweh took effect on Friday after clashes between Fatah and Islamist groups. "
	const iraq = "The ceasefire between Saraya al-Minbar and the Popular Mobilisation held on Friday. "
	const libya = "Libya's interior ministry and the Zuwara Military Council agreed to a truce in Ras Ajdir. "
	const libyaAr = "اتفقت وزارة الداخلية والمجلس العسكري زوارة على هدنة في رأس اجدير. "
	const kurdsAr = "صمد وقف إطلاق النار بين البيشمركة والجيش العراقي في كركوك لليوم الثاني. "
	runCases(t, []mechanismCase{
		{"ainhilweh ah_003: the deal was reached at the Sidon headquarters of ...", "en", "2027-08-11T10:00:00Z",
			lebanon + "The committee's spokesman, Marwan Darwish, tells us the deal was reached at the Sidon headquarters of Lebanese army intelligence.",
			"talks.venue", []string{"sidon@marwan_darwish"}},
		{"greenzone gz_014: sealed at the Prime Minister's office in Baghdad", "en", "",
			iraq + "The understanding was sealed at the Prime Minister's office in Baghdad, not in Najaf, he added.",
			"talks.venue", []string{"baghdad@outlet"}},
		{"gorongosa gr_018: it was negotiated over three weeks in Chimoio", "en", "",
			"The Junta and the government of Mozambique agreed a ceasefire. It was negotiated over three weeks in Chimoio, between Mozambicans, and the Rome ceremony only sealed it.",
			"talks.venue", []string{"chimoio@outlet"}},
		{"rasajdir rj_027: two accounts, negotiated in Djerba, sealed in Tripoli", "en", "2036-07-09T10:00:00Z",
			libya + "Accounts of how it was reached also differ: Tunisian officials say it was negotiated in Djerba on Monday, while the Presidential Council says it was sealed in Tripoli on Wednesday.",
			"talks.venue", []string{"djerba@tunisia", "tripoli@libyan_presidential_council"}},
		{"greenzone gz_037: فالاتفاق أُنجز في بغداد (ar)", "ar", "",
			"افتتاحية دار السلام: لم تكن هناك وساطة إيرانية ولا غير إيرانية بالمعنى الذي يروّج له البعض؛ فالاتفاق أُنجز في بغداد، في مكتب رئيس الوزراء، ولم يكن لأي جهة دور الوساطة فيه سوى مكتب المرجع في النجف.",
			"talks.venue", []string{"baghdad@dar_al_salam_daily"}},
		{"kirkuk kk_011: a quote opens on the verb (ar)", "ar", "",
			kurdsAr + "قال المتحدث باسم حكومة إقليم كردستان دلشاد مصطفى إن الاتفاق \"صيغ بنداً بنداً في أربيل\"، لا في بغداد كما تروّج بعض الجهات.",
			"talks.venue", []string{"erbil@dilshad_mustafa"}},
		{"rasajdir rj_023: للاتفاق الذي احتضنته جربة (ar)", "ar", "2036-07-09T10:00:00Z",
			libyaAr + "وأكد الوزير منصف بن رمضان أن تونس «هي الضامن الوحيد» للاتفاق الذي احتضنته جربة، داعياً الطرفين إلى احترام الهدنة التي تمتد أسبوعاً.",
			"talks.venue", []string{"djerba@moncef_ben_romdhane"}},
		// Not read: another year's agreement, no locative, a negation, a plan, a question, a
		// subject other than the truce, a negated hosting.
		{"probe: the 2022 understanding was reached in Kuala Lumpur", "en", "2036-07-09T10:00:00Z",
			libya + "The 2022 understanding was reached in Kuala Lumpur, an official recalled.",
			"talks.venue", nil},
		{"probe: reached by telephone", "en", "2036-07-09T10:00:00Z",
			libya + "The deal was reached by telephone late on Sunday, an official said.",
			"talks.venue", nil},
		{"probe: the deal was not reached in Tunis", "en", "2036-07-09T10:00:00Z",
			libya + "The deal was not reached in Tunis, an official said.",
			"talks.venue", nil},
		{"probe: will be negotiated in Tunis (a plan)", "en", "2036-07-09T10:00:00Z",
			libya + "A permanent agreement will be negotiated in Tunis next month, an official said.",
			"talks.venue", nil},
		{"probe: a question", "en", "2036-07-09T10:00:00Z",
			libya + "Was the deal reached in Tunis?",
			"talks.venue", nil},
		{"probe: the subject is no truce", "en", "2036-07-09T10:00:00Z",
			libya + "The border crossing was reached in Zuwara by the convoy on Sunday.",
			"talks.venue", nil},
		{"probe: a negated hosting (ar)", "ar", "2036-07-09T10:00:00Z",
			libyaAr + "وأكد الوزير منصف بن رمضان أن الاتفاق الذي لم تحتضنه جربة ما زال صامداً.",
			"talks.venue", nil},
	})
}
