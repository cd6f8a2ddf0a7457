package compare

import (
	"testing"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

func TestKeyRoundTrip(t *testing.T) {
	for _, k := range []Key{
		{Event: "syria-2016-12", Topic: "ceasefire.exclusions", Subject: "jabhat_fatah_al_sham"},
		{Event: "", Topic: "ceasefire.start_time", Subject: ""},
		{Event: "e|x", Topic: "t", Subject: "s/t"},
		{Event: "e", Topic: "talks.venue", Round: "planned"},
		{Event: "e", Topic: "talks.venue", Subject: "s", Round: "planned"},
	} {
		if got := ParseKey(k.String()); got != k {
			t.Errorf("ParseKey(%q) = %+v, want %+v", k.String(), got, k)
		}
	}
	c := claims.Claim{Event: "e", Topic: "t", Subject: "s"}
	if got := KeyOf(c); got != (Key{Event: "e", Topic: "t", Subject: "s"}) {
		t.Errorf("KeyOf = %+v", got)
	}
	c.Round = "planned"
	if got := KeyOf(c); got != (Key{Event: "e", Topic: "t", Subject: "s", Round: "planned"}) {
		t.Errorf("KeyOf with a round = %+v", got)
	}
	// Keys without a round keep the three-part form they always had.
	if got, want := (Key{Event: "e", Topic: "t", Subject: "s"}).String(), "e\x1ft\x1fs"; got != want {
		t.Errorf("String = %q, want %q", got, want)
	}
}
