package claims

// landmarkPlace: the city or region m comes right after a direction phrase (lexicon
// direction_phrases: "north of", "east of", "شمال", "جنوبي"), past an article: it is the
// landmark that places another thing ("Croix-des-Bouquets, east of the capital, has been
// covered", "Route Nationale 1 north of the capital, which he said lay outside the agreement",
// "بيت حانون شمال مدينة غزة", "صالة شرق تعز"), not what the truce covers or leaves out. A name
// that holds its bearing ("North Kivu", "شمال كيفو", "the south of Bolívar") starts with it
// and is no landmark.
func (ac *articleContext) landmarkPlace(si *sentInfo, m mention) bool {
	if m.e.Type != "city" && m.e.Type != "region" {
		return false
	}
	end := m.start // the direction phrase ends right before end
	if end > 0 && ac.l.fw.definiteArticles[si.tokText(end-1)] {
		end--
	}
	for _, p := range ac.l.fw.directionPhrases {
		if k := end - len(p); k >= 0 && tokensAt(si, k, p) {
			return true
		}
	}
	return false
}
