package sentences

import "testing"

func TestHasDate(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"نُشرفي2016/12/16", true},
		{"16-12-2016", true},
		{"نشر في 2016.12.6، العدد", true},
		{"203-719-8385 (phone)", false},
		{"1/2", false},
		{"12345/12/16", false},
		{"2016/123/16", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := hasDate(tt.in); got != tt.want {
			t.Errorf("hasDate(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
