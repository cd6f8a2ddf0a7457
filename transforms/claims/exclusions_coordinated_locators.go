package claims

// coordinatedLocator: the place m is joined by a coordinator or a disjunction alone (and, or,
// أو, or the و clitic on its first word) to the place ending at located, which locates a member
// of the list: it locates that member too, and is no member itself ("does not extend to PKK
// affiliates in Sinjar or Qandil", «لا يشمل ... المجموعات المسلحة المرتبطة بالعمال الكردستاني في
// سنجار وقنديل», "merchant shipping in the Red Sea and the Gulf of Aden"). Not a group, and not
// past anything else (a comma, an article's noun: "in Sinjar, and the Makhmour camp").
func (ac *articleContext) coordinatedLocator(si *sentInfo, located int, m mention) bool {
	if m.e.Type != "city" && m.e.Type != "region" {
		return false
	}
	fw := &ac.l.fw
	k := located
	if k < m.start {
		if t := si.tokText(k); !fw.coordinators[t] && !fw.disjunctions[t] {
			return false
		}
		k++
	}
	if k < m.start && fw.definiteArticles[si.tokText(k)] {
		k++
	}
	if k != m.start {
		return false
	}
	// Joined by the clitic: the place's first word carries it («وقنديل»).
	return m.start > located || hasAnyPrefix(si.tokText(m.start), fw.conjunctionPrefixes)
}
