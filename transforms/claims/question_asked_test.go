package claims

// A question put to a speaker (lexicon question_cues: "asked", "in answer to a question",
// «رداً على سؤال», «لدى سؤاله», «سُئل») is no claim of the answerer's: what it is about asserts
// nothing, and the answer is read as the answerer's. A question that reports a statement its
// owner is named as having made reports that owner's account. Not questions: "asked" as a
// request ("asked the faithful to pray", "who asked not to be named", "the text asked both
// sides to step back"), and an open question (who, what), whose cue frames the answer.

import "testing"

const (
	bamendaLead31  = "YAOUNDE - Briefing the press on Thursday, the Minister of Communication and Government Spokesperson, Regine Ndzana Owona, said the Government remains the only guarantor of the cessation of hostilities. "
	ituriLead31    = "Uganda mediated the Ituri talks from the first day to the last, Minister of State Rebecca Achan Odongo told The Kampala Sentinel on Saturday. "
	redseaLead31   = "The agreement, Douglas Whitfield insisted in an interview on Thursday, is \"a thirty-day arrangement, renewable by mutual consent, and nothing more.\" "
	ethiopiaLead31 = "ADDIS ABABA - The federal government on Sunday evening issued its first statement on the cessation of hostilities agreed in Nairobi, spokesman Tesfaye Alemu said. "
	abyeiLead31    = "ADDIS ABABA, Nov 16 (SWS) - Speaking after the signing, the AU's special envoy for Abyei, Tabitha Nyamweya, said the guns must fall silent \"from 0000 hours on Wednesday\". "
	hormuzLead31Ar = "قال المتحدث باسم مكتب رئيس الوزراء الإسرائيلي جدعون شاكيد إن الولايات المتحدة هي الضامن الوحيد لوقف إطلاق النار مع إيران. "
)

func TestQuestionAskedIsNoClaim(t *testing.T) {
	runCases(t, []mechanismCase{
		{"bamenda: claims asked about are not the answer's", "en", "2030-09-20T08:00:00+01:00", bamendaLead31 + "Asked about claims that seven armed groups signed in Geneva, she said only two did so.", "ceasefire.signatories",
			nil},
		{"bamenda: nor is the place in them", "en", "2030-09-20T08:00:00+01:00", bamendaLead31 + "Asked about claims that seven armed groups signed in Geneva, she said only two did so.", "talks.venue",
			nil},
		{"ituri: a relative clause inside the question", "en", "2038-08-14T20:00:00+03:00", ituriLead31 + "Asked whether Kenya, which had offered to host a follow-up meeting in Nairobi, would be involved, Achan said the offer had been \"politely declined\".", "talks.venue",
			nil},
		{"ituri: its sponsor neither", "en", "2038-08-14T20:00:00+03:00", ituriLead31 + "Asked whether Kenya, which had offered to host a follow-up meeting in Nairobi, would be involved, Achan said the offer had been \"politely declined\".", "talks.sponsors",
			nil},
		{"redsea: another side's claims asked about", "en", "2027-04-08T09:00:00-04:00", redseaLead31 + "Asked about Houthi claims of a 90-day truce, the U.S. special envoy said: \"I don't know where that number comes from.\"", "ceasefire.duration",
			[]string{"30@douglas_whitfield"}},
		{"when asked, mid-sentence after the answerer", "en", "2027-04-08T09:00:00-04:00", redseaLead31 + "Whitfield, when asked about Houthi claims of a 90-day truce, said he did not know where that number came from.", "ceasefire.duration",
			[]string{"30@douglas_whitfield"}},
		{"a participle phrase inside the question", "en", "2027-04-08T09:00:00-04:00", "Asked about the truce, signed for 90 days, Whitfield said: \"Nobody doubts it.\"", "ceasefire.duration",
			nil},
		{"the participle phrase outside a question", "en", "2027-04-08T09:00:00-04:00", "On the truce, signed for 90 days, Whitfield said: \"Nobody doubts it.\"", "ceasefire.duration",
			[]string{"90@outlet"}}, // read, though the speaker is missed
		{"ethiopia: a statement reported in a question is its owner's", "en", "2026-08-17", ethiopiaLead31 + "Asked about the African Union's statement that four groups had signed, he replied: \"The African Union can speak for itself.\"", "ceasefire.signatories",
			[]string{"factions=4@african_union"}},
		{"arabic: in answer to a question about the length", "ar", "2027-08-14", hormuzLead31Ar + "وأضاف شاكيد، رداً على سؤال حول هدنة الخمسة عشر يوماً، أنها \"مفتوحة وغير محددة بسقف زمني\".", "ceasefire.duration",
			nil},
		{"arabic: asked about, the answerer the passive's subject", "ar", "2027-08-14", hormuzLead31Ar + "وسُئل شاكيد عن هدنة الخمسة عشر يوماً، فقال إنها \"مفتوحة وغير محددة بسقف زمني\".", "ceasefire.duration",
			nil},
		{"arabic: when he was asked about", "ar", "2027-08-14", hormuzLead31Ar + "وقال شاكيد، لدى سؤاله عن هدنة الخمسة عشر يوماً، إنها \"مفتوحة وغير محددة بسقف زمني\".", "ceasefire.duration",
			nil},
		{"arabic control: the same span outside a question is read", "ar", "2027-08-14", hormuzLead31Ar + "وأضاف شاكيد، حول هدنة الخمسة عشر يوماً، أنها \"مفتوحة وغير محددة بسقف زمني\".", "ceasefire.duration",
			[]string{"15@gideon_shaked"}},
		// Near misses: the answer is read, and "asked" as a request opens no question.
		{"abyei: an open question frames the answer", "en", "2027-11-16T22:40:00+03:00", abyeiLead31 + "Asked who would guarantee the deal, she named Sudan and South Sudan, which she said had signed as witnesses, not as parties.", "ceasefire.guarantors",
			[]string{"south_sudan,sudan@outlet"}},
		{"the answer restating the asked value", "en", "2027-04-08T09:00:00-04:00", redseaLead31 + "Asked about the length of the truce, the U.S. special envoy said it would last 30 days.", "ceasefire.duration",
			[]string{"30@douglas_whitfield", "30@united_states"}},
		{"who asked not to be named is no question", "en", "2027-04-08T09:00:00-04:00", "Houthi negotiator Hamid al-Dailami, who asked that his words be quoted in full, said the truce would last 90 days.", "ceasefire.duration",
			[]string{"90@hamid_al_dailami"}},
		{"a request is no question", "en", "2027-04-08T09:00:00-04:00", redseaLead31 + "The Houthis asked for a truce of 90 days, a spokesman said.", "ceasefire.duration",
			[]string{"30@douglas_whitfield", "90@houthis"}},
	})
}

func TestQuestionAskedAnswerer(t *testing.T) {
	runCases(t, []mechanismCase{
		// ainhilweh ah_025: the answerer named before the question speaks past it.
		{"the answerer before a question set off by commas", "en", "2027-08-13T12:15:00+03:00", "12:15 - Hamas official Khalil Sabbagh, asked by Saida Dispatch whether the deal includes a swap of detainees, said the truce would last 30 days.", "ceasefire.duration",
			[]string{"30@khalil_sabbagh"}},
		{"asked by reporters about it", "en", "2027-08-13T12:15:00+03:00", "Hamas official Khalil Sabbagh, asked by reporters whether the deal includes a swap, said the truce would last 30 days.", "ceasefire.duration",
			[]string{"30@khalil_sabbagh"}},
		{"asked by an agency, no content", "en", "2027-08-13T12:15:00+03:00", "Hamas official Khalil Sabbagh, asked by Reuters, said the truce would last 30 days.", "ceasefire.duration",
			[]string{"30@khalil_sabbagh"}},
		// An affirmative answer restates the closed question: its content is the answerer's.
		{"ainhilweh: yes restates the question", "en", "2027-08-13T12:15:00+03:00", "12:15 - Hamas official Khalil Sabbagh, asked by Saida Dispatch whether the deal includes a swap of detainees, said: \"Yes - each side frees the men it took during the fighting.\"", "ceasefire.exchange",
			[]string{"prisoners=included@khalil_sabbagh"}},
		{"yes after the answerer's name", "en", "2027-08-13T12:15:00+03:00", "Asked whether the deal includes a swap of detainees, Hamas official Khalil Sabbagh said yes.", "ceasefire.exchange",
			[]string{"prisoners=included@khalil_sabbagh"}},
		{"no is no restatement of the question", "en", "2027-08-13T12:15:00+03:00", "Asked whether the deal includes a swap of detainees, Hamas official Khalil Sabbagh said: \"No comment.\"", "ceasefire.exchange",
			nil},
		{"an answer that does not say yes", "en", "2027-08-13T12:15:00+03:00", "Asked whether the deal includes a swap of detainees, Hamas official Khalil Sabbagh said the talks would go on.", "ceasefire.exchange",
			nil},
	})
}
