package claims

import (
	"strings"

	"github.com/tanaqud/tanaqud/schemas"
)

// echoSaidSame: a clause after a semicolon in which another speaker says the same ("X says it
// keeps every right to respond; the Houthis say the same", "Baban said his forces reserve the
// right to self-defence; the police commander said the same of his men", "؛ ويقول الحوثيون
// الشيء نفسه") or echoes it with "so does Y" ("Radaa says it keeps that right; so does the
// 444 Brigade") repeats the clause before for that speaker: each draft of the clause before
// is copied onto the second speaker. Only when the clause before has a speaker of its own
// and the echo names another: the outlet's own statement is not echoed.
//
// The copies carry rule name + ".same" (their own claim ids) and are kept beside the first
// speaker's claim of the same value (finalize: echo drafts are distinct by speaker).
func (ac *articleContext) echoSaidSame(out []draft, si *sentInfo) []draft {
	if len(out) == 0 || len(si.attrs) == 0 && ac.l.code != "en" {
		return out
	}
	n := len(out)
	prevBreak := -1
	for b := 0; b < len(si.toks); b++ {
		t := si.toks[b].text
		if t != ";" && t != "\u061b" {
			continue
		}
		pos, agent := ac.echoAfter(si, b)
		if pos >= 0 {
			first := ac.speakerAt(si.idx, b-1)
			second := agent
			if second == nil {
				second = ac.speakerAt(si.idx, pos)
			}
			if first != nil && second != nil && first != second {
				for _, d := range out[:n] {
					if d.pos <= prevBreak || d.pos >= b || d.agent != "" || d.ownNaming {
						continue
					}
					if ac.speakerAt(si.idx, d.pos) != first {
						continue
					}
					c := d
					c.pos = pos
					c.rule = d.rule + ".same"
					c.echo = true
					if agent != nil {
						c.agent = agent.ID
					}
					out = append(out, c)
				}
			}
		}
		prevBreak = b
	}
	return out
}

// echoAfter finds, in the clause opening after the semicolon at b, an attribution followed by an
// echo phrase of the lexicon that ends the clause or goes on with "of ..." or a comma ("Y
// say(s)/said the same", "ويقول Y الشيء نفسه"; pos: the phrase's last token, the speaker the
// attribution's), or in English "so [...] does/do/did Y" (agent: Y). pos is -1 when the clause
// is no echo.
func (ac *articleContext) echoAfter(si *sentInfo, b int) (int, *schemas.Entity) {
	end := len(si.toks)
	for k := b + 1; k < len(si.toks); k++ {
		if t := si.toks[k].text; t == ";" || t == "\u061b" || t == "." {
			end = k
			break
		}
	}
	word := func(k int) string {
		if k < 0 || k >= end {
			return ""
		}
		return strings.ToLower(si.toks[k].text)
	}
	for k := b + 2; k < end; k++ {
		for _, ph := range ac.l.fw.echoPhrases {
			last := k + len(ph) - 1
			if last >= end || !wordsAt(si, k, ph) {
				continue
			}
			if next := word(last + 1); next != "" && next != "of" && !isComma(next) {
				continue
			}
			if ac.attributionBetween(si, b+1, k) {
				return last, nil
			}
		}
	}
	if ac.l.code == "en" && word(b+1) == "so" {
		// "so, in its English-language statements, does the 444 Brigade"
		for k := b + 2; k < end && k <= b+14; k++ {
			if w := word(k); w == "does" || w == "do" || w == "did" {
				if m, ok := ac.mentionWithin(si, k+1, 2, true); ok && m.end <= end {
					return k, m.e
				}
				break
			}
		}
	}
	return -1, nil
}

// wordsAt: the tokens from k on are the folded words ws.
func wordsAt(si *sentInfo, k int, ws []string) bool {
	if k+len(ws) > len(si.toks) {
		return false
	}
	for j, w := range ws {
		if si.toks[k+j].text != w {
			return false
		}
	}
	return true
}
