package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// record is one generated JSONL record. Field order is fixed so output is byte-stable.
type record struct {
	ID          string  `json:"id"`
	Source      string  `json:"source"`
	URL         string  `json:"url"`
	PublishedAt string  `json:"published_at"`
	Lang        string  `json:"lang"`
	Title       string  `json:"title"`
	Text        *string `json:"text,omitempty"`
}

// outlet is a news source with the language it publishes in.
type outlet struct{ name, slug, lang string }

var (
	enHeads = []string{"Gulf", "Levant", "Coastal", "Northern", "Desert", "Capital", "Harbor", "Crescent", "Eastern", "Meridian", "Frontier", "Continental"}
	enTails = []string{"Times", "Post", "Daily", "Herald", "Wire", "Monitor", "Observer", "Tribune", "Ledger", "Dispatch"}
	arHeads = []string{"صحيفة", "وكالة", "موقع", "قناة", "شبكة", "نشرة"}
	arTails = []string{"الشرق", "الغد", "النهار", "الوطن", "الأفق", "المدار", "الرصد", "الخبر", "الميدان", "الساحل", "البيان", "الحدث"}
)

// outlets returns every generated outlet of a language, in a fixed order.
func outlets(lang string) []outlet {
	var out []outlet
	switch lang {
	case "ar":
		for i, h := range arHeads {
			for j, t := range arTails {
				out = append(out, outlet{name: h + " " + t, slug: fmt.Sprintf("ar%02d%02d", i, j), lang: lang})
			}
		}
	default:
		for i, h := range enHeads {
			for j, t := range enTails {
				out = append(out, outlet{name: "The " + h + " " + t, slug: fmt.Sprintf("%s-%s-%d%d", strings.ToLower(h), strings.ToLower(t), i, j), lang: lang})
			}
		}
	}
	return out
}

// composer writes articles of events by recombining the sentences of their family.
type composer struct {
	rng     *rand.Rand
	outlets map[string][]outlet
}

// article composes one original article of ev with the given id.
func (c *composer) article(id string, ev *event) record {
	rng := c.rng
	f := ev.fam
	lang := f.langs[rng.IntN(len(f.langs))]
	docs := f.docs[lang]
	base := docs[rng.IntN(len(docs))]
	pool := f.pool[lang]

	// Walk the base article in order, dropping some sentences and splicing in others from the
	// family, then sometimes extend it: lengths vary from a brief to a long feature.
	var paras []string
	for _, p := range base.paras {
		var kept []string
		for _, s := range p {
			if rng.Float64() < 0.75 {
				kept = append(kept, s)
			}
			if rng.Float64() < 0.2 {
				kept = append(kept, pool[rng.IntN(len(pool))])
			}
		}
		if len(kept) > 0 {
			paras = append(paras, strings.Join(kept, " "))
		}
	}
	for extra := rng.IntN(4); extra > 0; extra-- {
		k := 1 + rng.IntN(3)
		var p []string
		for range k {
			p = append(p, pool[rng.IntN(len(pool))])
		}
		paras = append(paras, strings.Join(p, " "))
	}
	if len(paras) == 0 {
		paras = []string{pool[rng.IntN(len(pool))]}
	}
	text := ev.apply(lang, strings.Join(paras, "\n\n"))

	o := c.outlets[lang][rng.IntN(len(c.outlets[lang]))]
	published := ev.day.Add(time.Duration(rng.IntN(72*60)) * time.Minute)
	title := base.title
	if title == "" {
		title = firstWords(text, 12)
	}
	return record{
		ID:          id,
		Source:      o.name,
		URL:         fmt.Sprintf("https://%s.example/%s/%s", o.slug, published.Format("2006/01/02"), id),
		PublishedAt: c.publishedForm(published),
		Lang:        lang,
		Title:       ev.apply(lang, title),
		Text:        &text,
	}
}

// syndicate republishes an earlier article under another outlet: the same wire text, a new id,
// a later time.
func (c *composer) syndicate(id string, orig record) record {
	rng := c.rng
	os := c.outlets[orig.Lang]
	o := os[rng.IntN(len(os))]
	t, err := time.Parse(time.RFC3339, orig.PublishedAt)
	if err != nil {
		t, _ = time.Parse("2006-01-02", orig.PublishedAt[:min(10, len(orig.PublishedAt))])
	}
	t = t.Add(time.Duration(5+rng.IntN(600)) * time.Minute)
	orig.ID = id
	orig.Source = o.name
	orig.URL = fmt.Sprintf("https://%s.example/%s/%s", o.slug, t.Format("2006/01/02"), id)
	orig.PublishedAt = c.publishedForm(t)
	return orig
}

// publishedForm writes a time the ways feeds do: RFC 3339 in UTC, with a local offset, or only
// the day.
func (c *composer) publishedForm(t time.Time) string {
	switch c.rng.IntN(6) {
	case 0:
		return t.Format("2006-01-02")
	case 1:
		return t.In(time.FixedZone("", 3*3600)).Format(time.RFC3339)
	}
	return t.UTC().Format(time.RFC3339)
}

func firstWords(s string, n int) string {
	w := strings.Fields(s)
	if len(w) > n {
		w = w[:n]
	}
	return strings.Join(w, " ")
}
