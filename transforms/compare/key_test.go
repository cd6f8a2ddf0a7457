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
	} {
		if got := ParseKey(k.String()); got != k {
			t.Errorf("ParseKey(%q) = %+v, want %+v", k.String(), got, k)
		}
	}
	c := claims.Claim{Event: "e", Topic: "t", Subject: "s"}
	if got := KeyOf(c); got != (Key{"e", "t", "s"}) {
		t.Errorf("KeyOf = %+v", got)
	}
}
