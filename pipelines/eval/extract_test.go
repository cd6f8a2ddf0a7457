package main

import (
	"slices"
	"testing"
)

func TestAnalyzerWithoutGazetteerNeedsTheSetsFile(t *testing.T) {
	if _, err := newAnalyzerWithoutGazetteer("no_such_set"); err == nil {
		t.Error("want an error for a set with no gazetteer file of its own")
	}
	if got := ownGazetteer("seeds"); got != "gazetteer/syria.json" {
		t.Errorf("seeds' file: %s", got)
	}
}

// Without heldout's own file the Houthis are nobody: no claim names them; with it, some do.
func TestAnalyzerWithoutGazetteerForgetsTheWarsActors(t *testing.T) {
	root, err := findRoot()
	if err != nil {
		t.Fatal(err)
	}
	path, err := articlesPath(root, "heldout")
	if err != nil {
		t.Fatal(err)
	}
	arts, _, err := readArticles(path)
	if err != nil {
		t.Fatal(err)
	}
	full, err := newAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	without, err := newAnalyzerWithoutGazetteer("heldout")
	if err != nil {
		t.Fatal(err)
	}
	count := func(a analyzer) int {
		n := 0
		for _, art := range arts {
			cs, _ := a(art)
			for _, c := range cs {
				if c.Subject == "houthis" || c.Speaker == "houthis" || slices.Contains(c.Members, "houthis") {
					n++
				}
			}
		}
		return n
	}
	if n := count(full); n == 0 {
		t.Fatal("the full gazetteer gives no claim naming the Houthis: the test reads nothing")
	}
	if n := count(without); n != 0 {
		t.Errorf("%d claims name the Houthis without heldout's file", n)
	}
}
