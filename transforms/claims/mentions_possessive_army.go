package claims

// possessiveArmy: a country named as the owner of an army noun ("Congo's army", "Chad's
// military", "Senegal's troops"; lexicon army_nouns) is that country's force, read as its
// demonym with a force noun is ("Congolese troops", forceOf): its one army when the gazetteer
// knows it and it is a government's army or the article names it, else the country. Before,
// only the war files listing "<Country>'s army" as an alias read it (nine files); elsewhere the
// country stood for its army ("The ceasefire between Congo's army and the CODECO militia",
// ituri it_025: parties dr_congo,codeco). The mention spans the army noun; ok is false when
// the force would be the country itself (nothing to change).
func (ac *articleContext) possessiveArmy(si *sentInfo, m mention) (mention, bool) {
	f := ac.forceOf(m.e)
	if f == nil || f == m.e {
		return mention{}, false
	}
	return mention{start: m.start, end: m.end + 1, e: f, qualified: true}, true
}
