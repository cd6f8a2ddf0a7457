package claims

// Corrections. An outlet's correction quotes its own error to retract it, then gives the right
// value: "ورد في عدد أمس أن القلد يستثني حي سلالاب، والصحيح أن سلالاب مشمول بالقلد", "An earlier
// version incorrectly said the truce lasts 60 days; in fact it lasts 30". The retracted value
// is no claim of the outlet (read, it makes a false side against the corrected one); the
// corrected value is. A retraction alone in its sentence ("An earlier version of this story
// said ...") is background already (lexicon background); a correcting marker with no retraction
// before it ("the correct approach is a ceasefire") is no correction.

// correctionStart is the position of the first correcting marker (lexicon correcting) that
// follows a retraction cue (lexicon retraction) in the sentence, -1 when there is none: the
// tokens before it retract, the ones from it on correct.
func correctionStart(si *sentInfo) int {
	if !si.has[catRetraction] || !si.has[catCorrecting] {
		return -1
	}
	retracted := false
	for _, h := range si.hits {
		switch {
		case h.cat == catRetraction:
			retracted = true
		case h.cat == catCorrecting && retracted:
			return h.start
		}
	}
	return -1
}

// retracted: draft d lies in the retracted part of a correction and the corrected part reads
// its topic again. A correction retracts the value it corrects, not what it presupposes: "ورد
// أن حرس الحدود قال إن تسليم الجثامين سيتم خلال 48 ساعة، والصحيح أن البيان حدد مهلة 72 ساعة
// لذلك" corrects the deadline; the handover of the bodies stands.
func retracted(si *sentInfo, ds []draft, d draft) bool {
	if si.corr == 0 || d.pos >= si.corr {
		return false
	}
	for _, c := range ds {
		if c.pos >= si.corr && c.topic == d.topic {
			return true
		}
	}
	return false
}

// markRetracted marks the retracted part of a correction as asserting nothing, as a condition
// is. It is called when a background cue marks the retraction as an error ("An earlier version
// said ...; the correct figure is 30 days", "ورد خطأً أن ...، والصحيح"): all of it is retracted,
// as the whole sentence was background before, and only the corrected part is newly read.
func markRetracted(si *sentInfo, corr int) {
	for k := 0; k < corr; k++ {
		si.cond[k] = true
	}
}
