package claims

import (
	"strings"

	"github.com/tanaqud/tanaqud/transforms/textnorm"
)

// foldCue folds a lexicon or gazetteer entry the way the text is folded.
func foldCue(s string) string { return textnorm.Fold(strings.TrimSpace(s)) }
