package compare

import "slices"

// A demand on a term of this truce against a denial of that term is a dispute (gold README,
// "Hedged values", stop 28). "The Junta demanded that FADM units pull back from the foothills
// as the spirit of the agreement requires" against the minister's "nothing in the agreement
// requires the armed forces to withdraw", the Houthis' or Iran's demand that the U.S. carriers
// leave against Washington's "the deal moves no ship", the RSF's proposed exchange of prisoners
// "within the truce's arrangements" against "the text says nothing of prisoners": a reader
// comparing accounts of the truce is shown what one party says it must include and what another
// says it does not. Such a position is a term's polarity (a withdrawal required, an exchange, an
// evacuation or aid access included, a place or force excluded or not); a proposed length, venue
// or list of monitors stays a position that only joins a dispute (see positionsJoinDispute).
//
// One article telling both the demand and its refusal tells one round of bargaining ("Russia
// insisted Ghouta be left out; the opposition refused"), not two accounts of the deal: the
// position disputes an account only when the two are not told by the same articles alone.

// termDemandDisputed reports whether a value resting only on positions, position, makes a
// dispute with the opposed value account: both are a term's polarity, account rests on some
// account, and the two are not told by the same articles alone.
func termDemandDisputed(kind string, position, account Tally) bool {
	if kind != KindPolarity || account.onlyPositions() {
		return false
	}
	return !slices.Equal(position.ArticleIDs.Values(), account.ArticleIDs.Values())
}
