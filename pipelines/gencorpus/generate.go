package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"time"

	"github.com/tanaqud/tanaqud/schemas"
)

// Config is everything one corpus is built from; the same Config gives the same bytes.
type Config struct {
	N               int
	Out             string
	Files           int
	Text            bool
	Seed            uint64
	Events          int
	SyndicationRate float64
	BadRate         float64
	OversizedEvery  int
	Start           string
	Seeds           []string
}

// Manifest describes a generated corpus; it is written as <out>/manifest.json so that a
// benchmark can reuse a corpus made with the same Config.
type Manifest struct {
	Config     Config
	Records    int
	Originals  int
	Syndicated int
	Broken     int
	Oversized  int
	Events     int
	JSONLBytes int64
	Files      []string
	TextFiles  int
}

// recentCopies bounds how far back a wire copy may reach: syndication happens within days.
const recentCopies = 2000

// Generate writes the corpus and returns its manifest.
func Generate(cfg Config) (Manifest, error) {
	m := Manifest{Config: cfg}
	if cfg.N < 0 || cfg.Files < 1 {
		return m, fmt.Errorf("need -n >= 0 and -files >= 1")
	}
	start, err := time.Parse("2006-01-02", cfg.Start)
	if err != nil {
		return m, fmt.Errorf("-start: %w", err)
	}
	var fams []*family
	for _, g := range cfg.Seeds {
		f, err := loadFamily(g)
		if err != nil {
			return m, err
		}
		fams = append(fams, f)
	}
	data, err := schemas.Load()
	if err != nil {
		return m, err
	}
	places := placesByCountry(&data.Gazetteer)

	rng := rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x7a6e6171756431))
	nEvents := cfg.Events
	if nEvents <= 0 {
		nEvents = max(1, cfg.N/50)
	}
	events := make([]*event, nEvents)
	for i := range events {
		events[i] = newEvent(rng, fams[rng.IntN(len(fams))], start, places)
	}
	m.Events = nEvents
	hot := newZipf(nEvents)
	c := &composer{rng: rng, outlets: map[string][]outlet{"ar": outlets("ar"), "en": outlets("en")}}

	if err := os.MkdirAll(cfg.Out, 0o755); err != nil {
		return m, err
	}
	w, err := newShardWriter(cfg.Out, cfg.Files)
	if err != nil {
		return m, err
	}
	var txtDir string
	if cfg.Text {
		txtDir = filepath.Join(cfg.Out, "txt")
		if err := os.MkdirAll(txtDir, 0o755); err != nil {
			return m, err
		}
	}
	writeTxt := func(id string, b []byte) error {
		if txtDir == "" || b == nil {
			return nil
		}
		m.TextFiles++
		return os.WriteFile(filepath.Join(txtDir, id+".txt"), b, 0o644)
	}

	// Broken records sit at evenly spaced positions: at least one of each kind in any corpus of
	// a few hundred records, and a share of BadRate in large ones.
	badEvery := 0
	if nBad := max(len(badKinds), int(float64(cfg.N)*cfg.BadRate+0.5)); cfg.BadRate > 0 && cfg.N >= 10*len(badKinds) {
		badEvery = cfg.N / nBad
	}
	var recent []record
	badKind := 0
	for i := range cfg.N {
		id := fmt.Sprintf("gen-%07d", i)
		var line, txt []byte
		switch {
		case cfg.OversizedEvery > 0 && (i+1)%cfg.OversizedEvery == 0:
			line, txt = badRecord("oversized", c.article(id, events[hot.pick(rng)]))
			m.Broken++
			m.Oversized++
		case badEvery > 0 && i%badEvery == badEvery/2:
			line, txt = badRecord(badKinds[badKind%len(badKinds)], c.article(id, events[hot.pick(rng)]))
			badKind++
			m.Broken++
		case len(recent) > 0 && rng.Float64() < cfg.SyndicationRate:
			r := c.syndicate(id, recent[rng.IntN(len(recent))])
			line, txt = marshal(r), []byte(*r.Text)
			m.Syndicated++
		default:
			r := c.article(id, events[hot.pick(rng)])
			if len(recent) < recentCopies {
				recent = append(recent, r)
			} else {
				recent[rng.IntN(recentCopies)] = r
			}
			line, txt = marshal(r), []byte(*r.Text)
			m.Originals++
		}
		if err := w.write(i, line); err != nil {
			return m, err
		}
		if err := writeTxt(id, txt); err != nil {
			return m, err
		}
		m.Records++
	}
	if txtDir != "" {
		if err := writeTxt("bad-bytes-windows-1256", invalidUTF8()); err != nil {
			return m, err
		}
	}
	if m.Files, m.JSONLBytes, err = w.close(); err != nil {
		return m, err
	}
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return m, err
	}
	return m, os.WriteFile(filepath.Join(cfg.Out, "manifest.json"), append(b, '\n'), 0o644)
}

// shardWriter spreads lines over files round robin.
type shardWriter struct {
	paths []string
	files []*os.File
	bufs  []*bufio.Writer
	bytes int64
}

func newShardWriter(dir string, n int) (*shardWriter, error) {
	w := &shardWriter{}
	for k := range n {
		p := filepath.Join(dir, fmt.Sprintf("articles-%05d-of-%05d.jsonl", k, n))
		f, err := os.Create(p)
		if err != nil {
			return nil, err
		}
		w.paths = append(w.paths, p)
		w.files = append(w.files, f)
		w.bufs = append(w.bufs, bufio.NewWriterSize(f, 1<<20))
	}
	return w, nil
}

func (w *shardWriter) write(i int, line []byte) error {
	b := w.bufs[i%len(w.bufs)]
	w.bytes += int64(len(line)) + 1
	if _, err := b.Write(line); err != nil {
		return err
	}
	return b.WriteByte('\n')
}

func (w *shardWriter) close() ([]string, int64, error) {
	for k, b := range w.bufs {
		if err := b.Flush(); err != nil {
			return nil, 0, err
		}
		if err := w.files[k].Close(); err != nil {
			return nil, 0, err
		}
	}
	return w.paths, w.bytes, nil
}
