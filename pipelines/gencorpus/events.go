package main

import (
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/tanaqud/tanaqud/schemas"
)

// event is one story instance: a family of seed articles retold on another day, sometimes with
// other towns of the same country. Articles of one event share its date and substitutions.
type event struct {
	fam  *family
	day  time.Time
	subs map[string][]replacement // by language
}

// replacement swaps one place name for another, in one language.
type replacement struct{ from, to string }

// place is a town or region whose name can be swapped for another of the same country without
// changing who is fighting whom, which keeps the recombined text plausible.
type place struct {
	country string
	label   map[string]string
}

// placesByCountry lists the gazetteer's cities and regions, grouped by country, in id order.
func placesByCountry(g *schemas.Gazetteer) map[string][]place {
	out := map[string][]place{}
	ents := append([]schemas.Entity(nil), g.Entities...)
	sort.Slice(ents, func(i, j int) bool { return ents[i].ID < ents[j].ID })
	for _, e := range ents {
		if (e.Type != "city" && e.Type != "region") || e.Country == "" || e.SpeaksFor != "" {
			continue // capitals speak for their state: swapping them would change speakers
		}
		out[e.Country] = append(out[e.Country], place{country: e.Country, label: e.Label})
	}
	return out
}

// newEvent draws an event of family f on a day of the year starting at start.
func newEvent(rng *rand.Rand, f *family, start time.Time, places map[string][]place) *event {
	ev := &event{fam: f, day: start.AddDate(0, 0, rng.IntN(365)), subs: map[string][]replacement{}}
	countries := make([]string, 0, len(places))
	for c := range places {
		countries = append(countries, c)
	}
	sort.Strings(countries)
	for _, c := range countries {
		ps := places[c]
		if len(ps) < 2 {
			continue
		}
		for i, p := range ps {
			if rng.IntN(2) == 0 {
				continue
			}
			q := ps[(i+1+rng.IntN(len(ps)-1))%len(ps)]
			for _, lang := range f.langs {
				from, to := p.label[lang], q.label[lang]
				if utf8.RuneCountInString(from) < 3 || to == "" || !containsWord(f.text, from) {
					continue
				}
				ev.subs[lang] = append(ev.subs[lang], replacement{from, to})
			}
		}
	}
	return ev
}

// apply replaces whole-word occurrences of the event's place names in s.
func (ev *event) apply(lang, s string) string {
	for _, r := range ev.subs[lang] {
		s = replaceWord(s, r.from, r.to)
	}
	return s
}

func containsWord(s, w string) bool { return replaceWord(s, w, "\x00") != s }

// replaceWord replaces w in s where it is not glued to letters on either side.
func replaceWord(s, w, to string) string {
	if !strings.Contains(s, w) {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, w)
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(w):])
		b.WriteString(s[:i])
		if (i == 0 || !unicode.IsLetter(before)) && (i+len(w) == len(s) || !unicode.IsLetter(after)) {
			b.WriteString(to)
		} else {
			b.WriteString(w)
		}
		s = s[i+len(w):]
	}
}

// zipf picks indexes 0..n-1 with weight 1/(i+1)^0.8: a few events get most of the coverage,
// as news does.
type zipf struct{ cum []float64 }

func newZipf(n int) zipf {
	z := zipf{cum: make([]float64, n)}
	total := 0.0
	for i := range n {
		w := 1 / math.Pow(float64(i+1), 0.8)
		total += w
		z.cum[i] = total
	}
	return z
}

func (z zipf) pick(rng *rand.Rand) int {
	x := rng.Float64() * z.cum[len(z.cum)-1]
	return sort.SearchFloat64s(z.cum, x)
}
