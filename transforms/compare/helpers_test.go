package compare

import (
	"fmt"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// claimOf builds a claim of the test key with the given value; options fill the rest.
func claimOf(id, value string, opts ...func(*claims.Claim)) claims.Claim {
	c := claims.Claim{
		ID: id, ArticleID: "a-" + id, Event: "ev", Topic: "t", Kind: KindPolarity,
		Value: value, ValueLabel: value, Speaker: "sp-" + id, SpeakerLabel: "Speaker " + id,
		Modality: "asserted", Account: "acc-" + id,
	}
	for _, o := range opts {
		o(&c)
	}
	return c
}

func kind(k string) func(*claims.Claim) { return func(c *claims.Claim) { c.Kind = k } }

func bounds(lo, hi float64) func(*claims.Claim) {
	return func(c *claims.Claim) { c.Low, c.High = lo, hi }
}

func speaker(id, label string) func(*claims.Claim) {
	return func(c *claims.Claim) { c.Speaker, c.SpeakerLabel = id, label }
}

func article(id, account string) func(*claims.Claim) {
	return func(c *claims.Claim) { c.ArticleID, c.Account = id, account }
}

func hedged(modality string) func(*claims.Claim) {
	return func(c *claims.Claim) { c.Modality, c.Hedged = modality, true }
}

func members(exhaustive bool, ms ...string) func(*claims.Claim) {
	return func(c *claims.Claim) { c.Members, c.Exhaustive = ms, exhaustive }
}

func subject(id, label string) func(*claims.Claim) {
	return func(c *claims.Claim) { c.Subject, c.SubjectLabel = id, label }
}

// accumulate adds claims to a fresh accumulator.
func accumulate(cs []claims.Claim) Accumulator {
	var a Accumulator
	for _, c := range cs {
		a.Add(c)
	}
	return a
}

// sideValues lists the values of sides.
func sideValues(sides []Side) []string {
	var out []string
	for _, s := range sides {
		out = append(out, s.Value)
	}
	return out
}

// valuesOfKind makes one claim per value, all of one kind.
func valuesOfKind(k string, values ...string) []claims.Claim {
	var out []claims.Claim
	for i, v := range values {
		out = append(out, claimOf(fmt.Sprint("c", i), v, kind(k)))
	}
	return out
}

func valueLabel(l string) func(*claims.Claim) { return func(c *claims.Claim) { c.ValueLabel = l } }
