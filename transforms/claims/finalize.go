package claims

import (
	"slices"
	"strings"

	"github.com/tanaqud/tanaqud/schemas"
)

// finalize turns drafts into claims: speaker, modality, labels, ids, one claim per
// (topic, subject, value, speaker) in a sentence.
func (ac *articleContext) finalize(out []Claim, si *sentInfo, ds []draft) []Claim {
	if len(ds) == 0 {
		return out
	}
	seen := ac.seen[:0]
	account := "" // hashed when the sentence's first claim is kept
	idx := si.idx
	for _, d := range ds {
		var owner *schemas.Entity // the owner of a statement a question reports (question_asked.go)
		if si.cond[d.pos] && !d.condition {
			if owner = ac.questionStatementOwner(si, d.pos); owner == nil {
				continue // a condition asserts nothing
			}
		}
		if retracted(si, ds, d) {
			continue // "ورد خطأ أن مدة الهدنة ثلاثون يوماً، والصحيح أنها ...": the error corrected
		}
		if questionSentence(si) {
			continue // "Would Turkey guarantee a truce?", "Will it exclude the Front?": a question asserts nothing
		}
		tp := ac.x.data.Topics.Topic(d.topic)
		if tp == nil || d.subject != "" && slices.Contains(ac.joints, d.subject) {
			continue // several forces named at once are no one subject
		}
		value := d.value
		if tp.Kind == "set" {
			value = strings.Join(d.members, ",")
			if d.exhaustive {
				value = "only:" + value
			}
		}
		if value == "" || !tp.HasValue(value) {
			continue
		}
		sp := ac.speakerAt(idx, d.pos)
		if d.ownNaming {
			sp = nil
		}
		if d.agent != "" {
			sp = ac.x.data.Gazetteer.Entity(d.agent)
		}
		if owner != nil {
			sp = owner // "Asked about the AU's statement that four groups had signed": the AU's
		}
		modality, modPos := d.modality, -1
		if modality == "" {
			modality, modPos = ac.modalityCue(si, d.pos)
			if modality == "asserted" && ac.anyTruceDemandAt(si, d.pos, d.topic) {
				modality = "demanded" // "any truce must include ..." (modality_any_truce.go)
			}
		}
		if sp == nil && modPos >= 0 && (modality == "demanded" || modality == "proposed") {
			// "تعنت الروس واشتراطهم عدم شمول ...": who demands or proposes asserts it.
			sp = ac.agentBefore(si, modPos)
			if sp == nil && modality == "proposed" {
				// "اقترحت منظمة معاهدة الأمن الجماعي هدنة بين ...". (A demand's verb keeps the
				// outlet: "واشترطت روسيا عدم شمول ..." in TestModality.)
				sp = ac.agentAfterVerb(si, modPos, d.pos)
			}
		}
		speaker, speakerLabel, role := ac.speakerFields(sp)
		// One claim per (topic, subject, value) and sentence: the first speaker holds it.
		key := claimKey{d.topic, d.subject, value}
		// An echo, or a draft with its own agent (another's account the sentence sets aside:
		// «تسعون يوماً لا ثلاثون كما تزعم كينشاسا» after Kinshasa's spokesman's «ثلاثين يوماً»),
		// is distinct by speaker; the first speaker's claim also holds its own speaker's.
		byAgent := d.echo || d.agent != ""
		if byAgent {
			key.value += "@" + speaker
		}
		if slices.Contains(seen, key) || !byAgent && slices.Contains(seen, claimKey{key.topic, key.subject, key.value + "@" + speaker}) {
			continue // the same speaker's claim, drafted first with its own agent
		}
		seen = append(seen, key)
		if !byAgent {
			seen = append(seen, claimKey{key.topic, key.subject, key.value + "@" + speaker})
		}
		if modality == "hoped" || modality == "doubted" {
			continue // a hope or a doubt asserts nothing about the agreement
		}
		hedged := modality != "asserted"
		conf := 0.9
		if hedged {
			conf = 0.6
		}
		if d.inferred {
			conf -= 0.2
		}
		if sp == nil {
			conf -= 0.1
		}
		if account == "" {
			account = accountOf(si.norm.Match)
		}
		round := ""
		if tp.Rounds {
			round = ac.roundOf(si, &d, tp.Kind == "temporal", ds)
		}
		out = append(out, Claim{
			ArticleID:     ac.a.ID,
			Source:        ac.a.Source,
			Published:     ac.a.Published,
			Lang:          ac.l.code,
			Event:         ac.event,
			SentenceIndex: si.s.Index,
			Start:         si.s.RuneStart,
			End:           si.s.RuneEnd,
			Sentence:      si.s.Text,
			Topic:         d.topic,
			Subject:       d.subject,
			Round:         round,
			SubjectLabel:  ac.subjectLabel(tp, d.subject),
			Kind:          tp.Kind,
			Value:         value,
			ValueLabel:    ac.valueLabel(tp, value, d.members, d.exhaustive),
			Low:           d.low,
			High:          d.high,
			Zoned:         d.zoned,
			Members:       d.members,
			Exhaustive:    d.exhaustive,
			Speaker:       speaker,
			SpeakerLabel:  speakerLabel,
			SpeakerRole:   role,
			Hedged:        hedged,
			Modality:      modality,
			Confidence:    round2(conf),
			Rule:          d.rule,
			Account:       account,
		})
		c := &out[len(out)-1]
		c.ID = claimID(c)
	}
	ac.seen = seen
	return out
}

// claimKey is what makes a claim distinct within one sentence.
type claimKey struct{ topic, subject, value string }

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

// speakerFields returns id, English label and role of a speaker; nil means the outlet.
func (ac *articleContext) speakerFields(e *schemas.Entity) (string, string, string) {
	if e == nil {
		if ac.a.Source != "" {
			return ac.a.Source, ac.a.Source, "media"
		}
		return "outlet", "outlet", "media"
	}
	if f, ok := ac.x.speakerOf[e]; ok {
		return f.id, f.label, f.role
	}
	f := speakerFieldsOf(&ac.x.data.Gazetteer, e)
	return f.id, f.label, f.role
}

// speakerInfo is what a claim says of its speaker.
type speakerInfo struct{ id, label, role string }

// speakerTable computes the speaker fields of every entity once: claims name speakers again
// and again, and the label of a person is built by concatenation.
func speakerTable(g *schemas.Gazetteer) map[*schemas.Entity]speakerInfo {
	out := make(map[*schemas.Entity]speakerInfo, len(g.Entities))
	for i := range g.Entities {
		out[&g.Entities[i]] = speakerFieldsOf(g, &g.Entities[i])
	}
	return out
}

// speakerFieldsOf: a capital speaks for the state it stands for ("Moscow said"); a body (a
// foreign ministry standing for its state in a set) speaks as itself, and a person as the person
// (the gazetteer gives persons no speaks_for: see Gazetteer.Problems).
func speakerFieldsOf(g *schemas.Gazetteer, e *schemas.Entity) speakerInfo {
	if e.SpeaksFor != "" && e.Type == "city" {
		if t := g.Entity(e.SpeaksFor); t != nil {
			e = t
		}
	}
	label := e.LabelIn("en")
	if e.Type == "person" && e.Title["en"] != "" {
		label += " (" + e.Title["en"] + ")"
	}
	role := e.Role
	if role == "" {
		role = "other"
	}
	return speakerInfo{e.ID, label, role}
}

func (ac *articleContext) subjectLabel(tp *schemas.Topic, subject string) string {
	if subject == "" {
		return ""
	}
	if tp.Subject == "entity" {
		if l, ok := ac.x.labelOf[subject]; ok {
			return l
		}
	}
	return strings.ReplaceAll(subject, "_", " ")
}

func (ac *articleContext) valueLabel(tp *schemas.Topic, value string, members []string, exhaustive bool) string {
	switch tp.Kind {
	case "set":
		// "only A, B": the labels are gathered first so that the label is built in one
		// allocation.
		var buf [8]string
		ls, n := buf[:0], 0
		if exhaustive {
			n += len("only ")
		}
		for k, m := range members {
			if l, ok := ac.x.labelOf[m]; ok {
				m = l
			}
			if k > 0 {
				n += len(", ")
			}
			ls, n = append(ls, m), n+len(m)
		}
		var b strings.Builder
		b.Grow(n)
		if exhaustive {
			b.WriteString("only ")
		}
		for k, l := range ls {
			if k > 0 {
				b.WriteString(", ")
			}
			b.WriteString(l)
		}
		return b.String()
	case "polarity", "value":
		if l, ok := ac.x.labelOf[value]; ok {
			return l
		}
		return strings.ReplaceAll(value, "_", " ")
	case "numeric":
		if tp.Unit != "" {
			return value + " " + tp.Unit
		}
	}
	return value
}

// labelTable maps every entity id to its English label, looked up for each claim's labels.
func labelTable(g *schemas.Gazetteer) map[string]string {
	out := make(map[string]string, len(g.Entities))
	for i := range g.Entities {
		e := &g.Entities[i]
		if g.Entity(e.ID) == e { // the entity Gazetteer.Entity gives for the id (ids may repeat)
			out[e.ID] = e.LabelIn("en")
		}
	}
	return out
}

// claimID hashes what identifies a claim (article, sentence, topic, subject, value, rule) so
// reruns give the same id.
func claimID(c *Claim) string {
	h := hashField(hashSeed, c.ArticleID)
	h = mix64(h, uint64(c.SentenceIndex))
	h = hashField(h, c.Topic)
	h = hashField(h, c.Subject)
	h = hashField(h, c.Value)
	h = hashField(h, c.Rule)
	return hex16(h)
}

// accountOf hashes a sentence's matching form: the same wire copy in two outlets is one account.
// Runs of white space count as one space.
func accountOf(match string) string {
	return hex16(hashWords(hashSeed, match))
}

// agentAfterVerb is the subject of a proposal whose verb opens an Arabic clause
// ("اقترحت منظمة معاهدة الأمن الجماعي اليوم هدنة فورية بين قيرغيزستان وطاجيكستان", "واقترحت
// القيادة المشتركة لأمبازونيا نشر مراقبين"): the actor named right after the verb. A verb
// whose subject is left out ("واقترح هدنة بين X وY") has its object further on, never named
// right after it. Nor is a name the claim's cue follows right after: the role is its predicate
// and the name is who is proposed for it ("واقتُرح الاتحاد الأفريقي وسيطاً", undiacritized the
// passive reads as the active; "واقترحت قطر وسيطاً").
func (ac *articleContext) agentAfterVerb(si *sentInfo, pos, cue int) *schemas.Entity {
	if ac.l.lex.Grammar.SubjectBeforeVerb {
		return nil
	}
	h, ok := si.hitAt(catModality, pos)
	if !ok || ac.l.fw.verbalNoun(si, pos) || negatedAt(si, pos) {
		return nil // "ولم تقترح مصر هدنة": a proposal not made is nobody's
	}
	m, ok := ac.mentionWithin(si, h.end, 0, true)
	if !ok || m.place || m.end == cue {
		return nil
	}
	return ac.speakerOf(si, m)
}

// agentBefore is the actor named just before a demand or proposal (within its clause).
func (ac *articleContext) agentBefore(si *sentInfo, pos int) *schemas.Entity {
	ms := collectBackward(si, pos+1, 6, speakerEligible)
	if len(ms) == 0 {
		return nil
	}
	return ms[0].e
}
