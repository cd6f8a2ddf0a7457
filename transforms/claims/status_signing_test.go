package claims

// A finite verb of signing this truce is the speaker's agreed, exhaustive list or not (shared gold
// convention, stop 18): "only" or an exceptive negation restricts the signers, not the signing,
// and an English one closing its clause has the article's truce for object. Probes from other
// wars: a signing foreseen, demanded, asked, negated, hedged, of another deal or an earlier year,
// a noun of signing, Arabic وقع "occurred", and a "Not since" comparison give no agreed.

import "testing"

const (
	signSudanLead = "Sudan's army and the RSF agreed to a truce in El Fasher on Tuesday. "
	signUkrLead   = "Russia and Ukraine agreed to a ceasefire along the front line on Monday. "
	signColLead   = "The Colombian government and the ELN agreed to a ceasefire on Tuesday. "
)

func TestStatusSigningVerb(t *testing.T) {
	runCases(t, []mechanismCase{
		// The finite verb, exhaustive or not.
		{"only two parties signed the agreement", "en", "", gazaLead + "\"Only two parties signed the Cairo agreement: Israel and Hamas,\" Egypt said.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@egypt"}},
		{"the agreement was signed by X and Y", "en", "", signSudanLead + "The agreement was signed by the army and the RSF, Saudi Arabia said.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@saudi_arabia"}},
		{"initialled by two delegations alone", "en", "", gazaLead + "The text was initialled by the two delegations alone, Egypt said.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@egypt"}},
		{"all put their signatures on this text", "en", "", signUkrLead + "Russia, Ukraine and Turkey all put their signatures on this text, Turkey said.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@turkey"}},
		{"have all signed, with no object", "en", "", signColLead + "\"The ELN's three fronts have all signed, representing some 5,000 fighters,\" Cuba said.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@cuba"}},
		{"only two groups, an apposition, have signed", "en", "", gazaLead + "\"Only two groups, those in Gaza City and Rafah, have signed,\" Egypt said.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@egypt"}},
		{"arabic only two factions signed", "ar", "", yemenLeadAr + "وأكدت سلطنة عمان أن فصيلين اثنين فقط، هما الحوثيون والحكومة اليمنية، وقّعا على الاتفاق.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@oman"}},
		{"arabic signed by two parties, no third", "ar", "", yemenLeadAr + "وأكدت سلطنة عمان أن الاتفاق وقّعه طرفان لا ثالث لهما: الحوثيون والحكومة.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@oman"}},
		{"arabic none signed it but X and Y", "ar", "", yemenLeadAr + "وقالت سلطنة عمان إن الاتفاق لم يوقّعه سوى الحوثيين والحكومة اليمنية.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@oman"}},
		{"arabic a passive of concluding, exclusively", "ar", "", yemenLeadAr + "وقالت سلطنة عمان إن \"التفاهم أُبرم بين الحوثيين والحكومة اليمنية حصراً\".", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@oman"}},

		// Probes: no signature of this truce asserted.
		{"probe: is due to sign is hedged", "en", "", gazaLead + "Hamas is due to sign the agreement on Thursday, Egypt said.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@egypt~expected"}},
		{"probe: will sign", "en", "", gazaLead + "Hamas will sign the deal on Thursday, Egypt said.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: must sign", "en", "", gazaLead + "Hamas must sign the deal, Israel said.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: refused to sign", "en", "", gazaLead + "Islamic Jihad refused to sign the agreement, Egypt said.", "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@egypt"}},
		{"probe: did not sign", "en", "", gazaLead + "Islamic Jihad did not sign the agreement, Egypt said.", "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@egypt"}},
		{"probe: signed a separate deal on prisoners", "en", "", signSudanLead + "The two sides also signed a separate deal on prisoners, the mediators said.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: only, and a separate deal", "en", "", signSudanLead + "Only the army and the RSF signed a separate deal on prisoners, the mediators said.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: signed in 2019", "en", "", signColLead + "Only the ELN and the government had signed in 2019.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: signatories include", "en", "", signColLead + "Its signatories include the ELN and the government, Cuba said.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: bears the signatures of", "en", "", signColLead + "The text bears the signatures of the ELN and the government, Cuba said.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: not since an earlier agreement", "en", "", signUkrLead + "Not since the 2015 Minsk agreement have the two armies put their signatures to a written ceasefire.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: a question", "en", "", signUkrLead + "Have both sides signed?", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: a condition", "en", "", signUkrLead + "If both sides have signed, the truce will hold, Turkey said.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: a hedge", "en", "", signUkrLead + "Both sides may have signed, a diplomat said.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: a draft named before", "en", "", signUkrLead + "A draft prisoner exchange was circulated on Tuesday. Both sides have signed.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: reached solely through mediation is no signing", "en", "", signUkrLead + "Turkey said the deal was reached solely through its mediation.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: arabic bears the signatures of four parties", "ar", "", yemenLeadAr + "وقالت الأمم المتحدة إن الاتفاق يحمل تواقيع أربعة أطراف.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: arabic expected to sign", "ar", "", yemenLeadAr + "ومن المتوقع أن يوقّع الحوثيون على الاتفاق الخميس.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: arabic did not sign", "ar", "", yemenLeadAr + "وقال الحوثيون إنهم لم يوقّعوا على الاتفاق.", "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@houthis"}},
		{"probe: arabic only, a separate prisoner deal", "ar", "", yemenLeadAr + "ووقّع الطرفان فقط على اتفاق منفصل لتبادل الأسرى.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: arabic only the Houthis did not sign", "ar", "", yemenLeadAr + "وقالت الحكومة إن الحوثيين وحدهم لم يوقّعوا على الاتفاق.", "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@yemeni_government"}},
		{"probe: arabic clashes occurred, only", "ar", "", yemenLeadAr + "وقال مسؤول إن اشتباكات محدودة فقط وقعت قرب الحديدة رغم الهدنة.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: arabic clashes occurred", "ar", "", yemenLeadAr + "وقال مسؤول إن اشتباكات محدودة وقعت قرب الحديدة رغم الهدنة.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: arabic clashes occurred, verb first", "ar", "", yemenLeadAr + "وقعت اشتباكات متفرقة فقط رغم الهدنة.", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}

// TestPartiesOfSigningVerb: who signed a text are its signatories; the sides are who signed or
// concluded the truce itself.
func TestPartiesOfSigningVerb(t *testing.T) {
	runCases(t, []mechanismCase{
		{"signing a text names no parties", "en", "", signUkrLead + "Russia, Ukraine and Turkey all put their signatures on this text, Turkey said.", "ceasefire.parties",
			[]string{"russia,ukraine@outlet"}},
		{"arabic concluding the truce names its sides", "ar", "", "وقال مسؤولون إن الهدوء يسود الجبهة بعد أن أبرم الحوثيون والحكومة اليمنية الهدنة برعاية عمانية.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@sources"}},
	})
}
