package claims

import "strings"

// dropForeignQualifiedAliases: a context alias qualified right after by another state's
// adjective («وزير الخارجية المصري», «الخارجية القطرية») names that state's office, not the
// theatre's body the bare alias stands for («الخارجية» is Sudan's in a Sudan article): the
// alias names nobody, and the adjective is left to name its state. The gazetteer may spell the
// adjective among the state's names (المصري), so a state's mention counts when it reads as an
// adjective: a demonym, or a word with the bare article agreeing with the alias (not «قطر»,
// the object of «دعت الحكومة قطر», nor «والسعودية», a second name). A body's own state's
// adjective («الخارجية السودانية») keeps it.
func (si *sentInfo) dropForeignQualifiedAliases(fw *functionWords) {
	kept := si.ents[:0]
	for k, m := range si.ents {
		if m.context && m.e.Country != "" && k+1 < len(si.ents) {
			d := si.ents[k+1]
			if d.start == m.end && d.e.Type == "country" && d.e.ID != m.e.Country && (d.demonym || fw.bareArticle(si.tokText(d.start))) {
				continue
			}
		}
		kept = append(kept, m)
	}
	si.ents = kept
}

// bareArticle: t opens with the bare article, the shortest noun prefix (المصري), not one that
// holds a conjunction or preposition too (والسعودية, بالسعودية).
func (fw *functionWords) bareArticle(t string) bool {
	bare, longest := "", ""
	for _, p := range fw.nounPrefixes {
		if bare == "" || len(p) < len(bare) {
			bare = p
		}
		if strings.HasPrefix(t, p) && len(p) > len(longest) {
			longest = p
		}
	}
	return longest != "" && longest == bare && runeLen(t) > runeLen(bare)+2
}
