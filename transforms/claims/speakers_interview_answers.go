package claims

import (
	"strings"

	"github.com/tanaqud/tanaqud/schemas"
)

// An interview written as questions and answers ("Mariam Diallo Sangaré, the African Union's
// special envoy for the Great Lakes, spoke to The Lakeside Review in Nairobi. Q: Who mediated
// the Kampala agreement? A: The African Union and Uganda, together. ...", "Government spokesman
// Haroun Abdelkerim Saleh answered readers' questions. Does the agreement free FNRT prisoners?
// \"No. Prisoner releases are not part of this ceasefire ...\"") gives its answers no verb of
// saying: they are said by the person the article opens on. An answer is what follows a
// question (a sentence ending on a question mark) up to the next one, in the question's
// paragraph or right after it; a sentence with an attribution of its own keeps it. Two questions
// at least make an interview.

// interviewAnswers gives the unattributed answers of a question-and-answer article to the
// person its first sentence opens on.
func (ac *articleContext) interviewAnswers() {
	if len(ac.infos) < 4 {
		return
	}
	who := leadPerson(ac.infos[0])
	if who == nil {
		return
	}
	questions := 0
	for _, si := range ac.infos[1:] {
		if isQuestion(si) {
			questions++
		}
	}
	if questions < 2 {
		return
	}
	asked := -1 // the last question
	for i := 1; i < len(ac.infos); i++ {
		si := ac.infos[i]
		if isQuestion(si) {
			asked = i
			continue
		}
		if asked < 0 || len(si.attrs) > 0 || i != asked+1 && !ac.noLineBreak(asked, i) {
			continue
		}
		si.attrs = []attribution{{pos: 0, speaker: who}}
		ac.speakers[i] = []*schemas.Entity{who}
	}
}

// isQuestion: the sentence ends on a question mark (a closing quote may follow).
func isQuestion(si *sentInfo) bool {
	for k := len(si.toks) - 1; k >= 0 && k >= len(si.toks)-2; k-- {
		switch t := si.toks[k].text; {
		case t == "?" || t == "؟":
			return true
		case !isQuote(t):
			return false
		}
	}
	return false
}

// noLineBreak: sentences a and b (a before b) stand in one paragraph, however far apart.
func (ac *articleContext) noLineBreak(a, b int) bool {
	x, y := ac.infos[a].s.End, ac.infos[b].s.Start
	return x <= y && y <= len(ac.a.Text) && !strings.Contains(ac.a.Text[x:y], "\n")
}
