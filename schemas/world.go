package schemas

import (
	"io/fs"
	"sort"
	"strings"
)

// mergeWorld adds the world files' entities (gazetteer/world/*.json: every state, its names and
// its clock) that no war file already gives: coverage of a war in a country nobody has written
// a file for still knows the country, where its truce is and what time "midnight" is there.
// A war file knows its coverage better, so any war-file entity with the same id or sharing one
// of its names (label, alias or demonym, in any language) wins and the world entry is left out
// whole: the world files never change what an existing war file reads.
func mergeWorld(fsys fs.FS, g *Gazetteer) error {
	files, err := fs.Glob(fsys, "gazetteer/world/*.json")
	if err != nil {
		return err
	}
	sort.Strings(files)
	taken := map[string]bool{}
	for i := range g.Entities {
		for _, n := range entityNames(&g.Entities[i]) {
			taken[n] = true
		}
	}
	for _, f := range files {
		var w Gazetteer
		if err := decodeJSON(fsys, f, &w, false); err != nil {
			return err
		}
		var kept Gazetteer
		for _, e := range w.Entities {
			if _, defined := g.source[e.ID]; defined || anyTaken(taken, entityNames(&e)) {
				continue
			}
			kept.Entities = append(kept.Entities, e)
		}
		if err := g.merge(kept, f); err != nil {
			return err
		}
	}
	return nil
}

// entityNames are the names an entity is found by, folded for comparing two files' entries:
// lower case, without a leading English article.
func entityNames(e *Entity) []string {
	var out []string
	add := func(lang, n string) {
		n = strings.ToLower(strings.TrimSpace(n))
		n = strings.TrimPrefix(n, "the ")
		if n != "" {
			out = append(out, lang+":"+n)
		}
	}
	for lang, n := range e.Label {
		add(lang, n)
	}
	for _, m := range []map[string][]string{e.Aliases, e.Demonyms} {
		for lang, ns := range m {
			for _, n := range ns {
				add(lang, n)
			}
		}
	}
	return out
}

func anyTaken(taken map[string]bool, names []string) bool {
	for _, n := range names {
		if taken[n] {
			return true
		}
	}
	return false
}
