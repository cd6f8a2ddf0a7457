package claims

// Signers named after the cue of signing (ceasefire.signatory_groups): "The document was signed
// by the Jenin Brigade and the PA security services", "الاتفاق الذي وقّعه الجيش وقوات الدعم
// السريع", "من وقّع على التفاهم هم ممثلو الأجهزة الأمنية وكتيبة جنين", "الطرفين الموقّعين، X
// وY", "لم يوقّعه سوى الجيش والبيشمركة". A state's army or security services sign like a
// faction; they are often named by a context alias ("الجيش", "the security services").

// signersAfterCue: the run of signers after the cue h. Armed groups (group) anchor it as
// before; an army, a security service or a government coordinated with them joins them. Without
// an armed group the run is the cue's agent only when a passive agent or an exception word
// introduces it ("signed by the army and the police", "لم يوقّعه سوى الجيش والبيشمركة"): a state
// alone after the verb is its object or partner ("signed the deal with the government"), and a
// negated signing names no signer. exhaustive: an exception word after a negation introduces the
// run, or an only word closes it ("signed by X and Y alone").
func (ac *articleContext) signersAfterCue(si *sentInfo, h hit, group func(mention) bool) ([]mention, bool) {
	state := func(m mention) bool {
		if m.demonym || m.title || m.place || m.e.Role == "mediator" || m.e.Role == "monitor" {
			return false
		}
		return m.e.Type == "military" || m.e.Type == "government"
	}
	// A complementizer after the cue opens what someone says, not who signed ("لا حاجة لتوقيع
	// منفصل، مشدداً على أن انسحاب الدعم السريع ...").
	// An exception word sets the names after it apart ("the signatory groups, save against
	// valley-based insurgent groups").
	said := func(i int) bool {
		return si.tokIn(i, classComplementizer, ac.l.fw.complementizers) || ac.l.fw.exceptionWords[ac.l.fw.withoutConjunction(si.tokText(i))] && !si.startsAt(catExceptOnly, i)
	}
	ms := collectForward(si, h.end, 8, func(m mention) bool { return group(m) || state(m) }, said)
	if len(ms) == 0 {
		return nil, false
	}
	// "الجماعات غير المشمولة باتفاق السلام الذي وقّعته حكومة الولاية، ولا سيما عصابة دوغو
	// مايكوانا": past a signer named, a focus phrase singles out some of an earlier plural.
	for k := 1; k < len(ms); k++ {
		if focusIn(ac, si, ms[k-1].end, ms[k].start) {
			ms = ms[:k]
			break
		}
	}
	except := ac.exceptOnlyBetween(si, h, ms[0].start)
	agent := except
	for p := h.end; p < ms[0].start && !agent; p++ {
		agent = ac.passiveAgentWord(si, p)
	}
	anchored := false
	for _, m := range ms {
		anchored = anchored || group(m)
	}
	if negatedAt(si, h.start) && !except {
		return nil, false // "was not signed by X": X did not sign
	}
	// "The budget was signed by the government and the army": without an armed group, a
	// passive agent signs the truce only in a sentence that names it or the deal.
	if !anchored && !except && !ac.ceasefireContext(si) {
		return nil, false
	}
	if !anchored && !agent {
		var groups []mention
		for _, m := range ms {
			if group(m) {
				groups = append(groups, m)
			}
		}
		return groups, false
	}
	if !agent && len(ms) > 1 && !ac.coordinatedRun(si, ms) {
		return nil, false
	}
	last := ms[len(ms)-1].end
	exhaustive := except && negatedBeforeExcept(si, h, ms[0].start) || onlyInClause(si, last, min(last+2, len(si.toks)))
	return ms, exhaustive
}

// exceptOnlyBetween: an exception word (سوى, إلا, but, other than) stands between the cue and
// the first signer, or in the few words before the cue ("لم تحمل سوى توقيعين، توقيع X").
func (ac *articleContext) exceptOnlyBetween(si *sentInfo, h hit, first int) bool {
	for p := max(h.start-4, 0); p < first; p++ {
		if x, ok := si.hitAt(catExceptOnly, p); ok && x.start == p && !si.trap[p] {
			return true
		}
	}
	return false
}

// negatedBeforeExcept: a negation (لم, لا, no one) precedes the exception word within its
// clause: "لم يوقّعه سوى X" is exhaustive, "signed by X but Y refused" is not.
func negatedBeforeExcept(si *sentInfo, h hit, first int) bool {
	for p := max(h.start-8, 0); p < first; p++ {
		if n, ok := si.hitAt(catNegation, p); ok && n.start == p && !si.trap[p] {
			return true
		}
	}
	return false
}

// coordinatedRun: the names of the run follow one another, at most six words apart with no
// boundary between ("the Jenin Brigade and the Jenin command of the PA security services").
func (ac *articleContext) coordinatedRun(si *sentInfo, ms []mention) bool {
	for k := 1; k < len(ms); k++ {
		if ms[k].start-ms[k-1].end > 6 || si.boundaryIn(ms[k-1].end, ms[k].start) {
			return false
		}
	}
	return true
}

// cueOwnedByState: a state's army or government right after the cue is its owner or subject
// ("ملتزمة بتوقيع القوات المسلحة": bound by the army's signature; "وقّعه الجيش": the army signed
// it), so the group named before the cue did not sign.
func (ac *articleContext) cueOwnedByState(si *sentInfo, h hit) bool {
	m, ok := si.mentionAt(h.end)
	return ok && !m.demonym && (m.e.Type == "military" || m.e.Type == "government")
}

// focusIn: a focus phrase (lexicon especially_markers: "especially", "ولا سيما") starts in [from, to).
func focusIn(ac *articleContext, si *sentInfo, from, to int) bool {
	for k := from; k < to; k++ {
		if phraseAt(si, k, ac.l.fw.especiallyMarkers) > 0 {
			return true
		}
	}
	return false
}
