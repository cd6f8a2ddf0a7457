package schemas

import (
	"fmt"
	"path"
	"sort"
	"time"
	_ "time/tzdata" // IANA zones inside the binary: workers need no zoneinfo files
)

// Gazetteer is the merged list of canonical entities (schemas/gazetteer/*.json).
type Gazetteer struct {
	Entities []Entity `json:"entities"`
	// TruceNames (one war's file, by language) are what that war's coverage calls its truce
	// besides the lexicon's ceasefire nouns: "the Ramadan peace initiative", «المبادرة». A word
	// such as "initiative" names a proposal in most coverage, so it is data of the one war
	// whose truce it names, read as a ceasefire noun only in an article that names outright
	// some specific name (a place, an armed group, a person) of that war's file.
	TruceNames map[string][]string `json:"truce_names,omitempty"`
	byID       map[string]*Entity
	source     map[string]string // id → file that defined it, for duplicate errors
	// truceNames: the base name of a war file → its TruceNames, merged from every file.
	truceNames map[string]map[string][]string
}

// Entity is one canonical actor or place with its names in every language.
type Entity struct {
	ID   string `json:"id"`
	Type string `json:"type"` // country, city, region, government, military, armed_group, coalition, organization, person, media, source
	// Role: government, armed_opposition, political_opposition, guarantor_state, mediator, un,
	// media, jihadist, analyst, target (a class of things a truce covers or leaves out, such as
	// ships linked to a state: never an actor), other.
	Role     string              `json:"role"`
	Label    map[string]string   `json:"label"`
	Aliases  map[string][]string `json:"aliases"`
	Demonyms map[string][]string `json:"demonyms,omitempty"` // adjectives that stand for a country in sets ("برعاية تركية - روسية")
	// ContextAliases are generic names (النظام, the rebels) that mean this entity only in an
	// article about its own country; elsewhere they name someone else.
	ContextAliases map[string][]string `json:"context_aliases,omitempty"`
	Affiliation    string              `json:"affiliation"` // persons: entity id they speak for
	Title          map[string]string   `json:"title"`       // persons: office, also matched as a name
	SpeaksFor      string              `json:"speaks_for"`  // capitals: the state they stand for
	Country        string              `json:"country"`
	// Army is a country's regular army (a military entity of that country): what "Yemeni
	// soldiers" and "the Yemeni side" resolve to. Without it the country's army is its one
	// military entity, which every new event's gazetteer file with another force of the
	// country (a brigade, a border guard, a police) would make ambiguous.
	// On a party or other body with several forces (the KDP's Unit 80 and its Zeravani) it
	// names the body's own regular force (a military entity affiliated with it): what "both
	// forces" of a truce between two such parties are.
	Army string `json:"army,omitempty"`
	// UTCOffsetMinutes is the winter offset of a country's civil time, used to resolve local
	// times such as "منتصف الليل" when the article names no time zone.
	UTCOffsetMinutes *int `json:"utc_offset_minutes,omitempty"`
	// TimeZone is the IANA zone of a country's civil time (Asia/Beirut): with it local times
	// follow summer time, which a fixed offset cannot. It wins over UTCOffsetMinutes.
	TimeZone string `json:"time_zone,omitempty"`
	// Members of a coalition stand for it in sets: "guaranteed by the Jeddah platform" names
	// the states that make it up.
	Members []string `json:"members,omitempty"`
}

// Location is the entity's civil time: its IANA zone, else its fixed offset, else nil.
func (e *Entity) Location() *time.Location {
	if e.TimeZone != "" {
		if loc, err := time.LoadLocation(e.TimeZone); err == nil {
			return loc
		}
	}
	if e.UTCOffsetMinutes != nil {
		return time.FixedZone(e.ID, *e.UTCOffsetMinutes*60)
	}
	return nil
}

// LabelIn returns the entity's label in lang, falling back to English and then the id.
func (e *Entity) LabelIn(lang string) string {
	if l := e.Label[lang]; l != "" {
		return l
	}
	if l := e.Label["en"]; l != "" {
		return l
	}
	return e.ID
}

// Entity returns the entity with id, or nil.
func (g *Gazetteer) Entity(id string) *Entity {
	if g.byID == nil {
		return nil
	}
	return g.byID[id]
}

// HomeCountry is the country an entity belongs to: a country is its own; else the entity's
// country, or that of what it is affiliated with or speaks for (a person's body, a ministry's
// state), followed at most three links; "" when none is known.
func (g *Gazetteer) HomeCountry(e *Entity) string {
	for depth := 0; e != nil && depth < 3; depth++ {
		if e.Type == "country" {
			return e.ID
		}
		if e.Country != "" {
			return e.Country
		}
		next := e.Affiliation
		if next == "" {
			next = e.SpeaksFor
		}
		if next == "" {
			return ""
		}
		e = g.Entity(next)
	}
	return ""
}

// SourceFile is the gazetteer file that defined the entity with id ("gazetteer/kadugli.json"),
// or "" for an entity not loaded from a file.
func (g *Gazetteer) SourceFile(id string) string { return g.source[id] }

// Names returns every name, alias, title and demonym of every entity in lang, sorted.
func (g *Gazetteer) Names(lang string) []string {
	var out []string
	for i := range g.Entities {
		e := &g.Entities[i]
		if l := e.Label[lang]; l != "" {
			out = append(out, l)
		}
		out = append(out, e.Aliases[lang]...)
		out = append(out, e.Demonyms[lang]...)
		out = append(out, e.ContextAliases[lang]...)
		if t := e.Title[lang]; t != "" {
			out = append(out, t)
		}
	}
	sort.Strings(out)
	return out
}

func (g *Gazetteer) merge(other Gazetteer, file string) error {
	if g.source == nil {
		g.source = map[string]string{}
	}
	if len(other.TruceNames) > 0 {
		if g.truceNames == nil {
			g.truceNames = map[string]map[string][]string{}
		}
		g.truceNames[path.Base(file)] = other.TruceNames
	}
	for _, e := range other.Entities {
		if e.ID == "" {
			return fmt.Errorf("%s: entity without id (%v)", file, e.Label)
		}
		if prev, dup := g.source[e.ID]; dup {
			return fmt.Errorf("%s: entity %q already defined in %s", file, e.ID, prev)
		}
		g.source[e.ID] = file
		g.Entities = append(g.Entities, e)
	}
	return nil
}

// TruceNameFiles are the base names of the war files that give truce_names, sorted.
func (g *Gazetteer) TruceNameFiles() []string {
	out := make([]string, 0, len(g.truceNames))
	for f := range g.truceNames {
		out = append(out, f)
	}
	sort.Strings(out)
	return out
}

// TruceNamesOf are the truce_names in language lang of the war file with base name file.
func (g *Gazetteer) TruceNamesOf(file, lang string) []string { return g.truceNames[file][lang] }

// index builds the id map. Dangling references are reported by Problems, not here, so that one
// writer's slip in a shared file does not stop a run.
func (g *Gazetteer) index() error {
	g.byID = make(map[string]*Entity, len(g.Entities))
	for i := range g.Entities {
		g.byID[g.Entities[i].ID] = &g.Entities[i]
	}
	return nil
}

// Problems lists references (affiliation, speaks_for, country, members) that name no entity,
// persons given a speaks_for, countries without a time zone, and time zones Go does not know,
// sorted.
func (g *Gazetteer) Problems() []string {
	var out []string
	for i := range g.Entities {
		e := &g.Entities[i]
		refs := [][2]string{{"affiliation", e.Affiliation}, {"speaks_for", e.SpeaksFor}, {"country", e.Country}}
		for _, m := range e.Members {
			refs = append(refs, [2]string{"member", m})
		}
		if e.Army != "" {
			refs = append(refs, [2]string{"army", e.Army})
			if a := g.byID[e.Army]; a != nil && (a.Type != "military" || a.Country != e.ID && a.Affiliation != e.ID) {
				out = append(out, fmt.Sprintf("entity %q: army %q is no military entity of it", e.ID, e.Army))
			}
		}
		for _, ref := range refs {
			if ref[1] != "" && g.byID[ref[1]] == nil {
				out = append(out, fmt.Sprintf("entity %q: %s %q is not an entity", e.ID, ref[0], ref[1]))
			}
		}
		if e.Type == "person" && e.SpeaksFor != "" {
			// A person's words are the person's: the body goes in affiliation (speaks_for is
			// for capitals standing for their state, "Moscow said").
			out = append(out, fmt.Sprintf("entity %q: a person speaks for no one; give %q as affiliation", e.ID, e.SpeaksFor))
		}
		if e.Type == "country" && e.TimeZone == "" {
			// Local times of a war are read on its country's clock; a country without one
			// silently reads "midnight" and «بتوقيت مابوتو» as UTC.
			out = append(out, fmt.Sprintf("entity %q: a country needs a time_zone (its local times would read as UTC)", e.ID))
		}
		if e.TimeZone != "" {
			if _, err := time.LoadLocation(e.TimeZone); err != nil {
				out = append(out, fmt.Sprintf("entity %q: time_zone %q: %v", e.ID, e.TimeZone, err))
			}
		}
	}
	sort.Strings(out)
	return out
}
