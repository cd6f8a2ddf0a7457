package compare

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// Combiner accumulators cross the shuffle once per key and bundle, holding every claim id of
// the key. They are encoded by hand (a registered coder in transforms/disagree uses these two
// functions) as one blob, where Beam's schema coder would encode, and prism decode, nested
// structs field by field. The format is a private, versioned layout of uvarint lengths and
// counts, varint integers, IEEE-754 floats and raw string bytes.

// codecVersion is the first byte of every encoding; a decoder refuses any other.
const codecVersion = 12 // 4: Tally.Voices and Tally.Quoted; 5: a round in the key (dropped); 6: Tally.Planned; 7: Tally.PlannedSince and PlannedUntil; 8: UndatedArticles.Tied; 9: Burst.Outlets and UndatedArticles.Outlets; 10: Tally.Sayers; 11: Tally.HeldUntil; 12: Tally.Rules

// EncodeBursts encodes b for a shuffle.
func EncodeBursts(b Bursts) []byte {
	e := encoder{buf: make([]byte, 0, 256)}
	e.buf = append(e.buf, codecVersion)
	e.uint(len(b.List))
	for _, x := range b.List {
		e.int(x.Start)
		e.int(x.End)
		e.stack(&x.Acc)
		e.names(&x.Context)
		e.names(&x.Outlets)
	}
	e.uint(len(b.Undated))
	for _, u := range b.Undated {
		e.names(&u.Context)
		e.stack(&u.Acc)
		e.bool(u.Tied)
		e.names(&u.Outlets)
	}
	return e.buf
}

// DecodeBursts decodes what EncodeBursts wrote.
func DecodeBursts(data []byte) (Bursts, error) {
	d := decoder{buf: data}
	if v := d.byte(); v != codecVersion {
		return Bursts{}, fmt.Errorf("compare: bursts encoding version %d, want %d", v, codecVersion)
	}
	var b Bursts
	if n := d.count(); n > 0 {
		b.List = make([]Burst, n)
	}
	for i := range b.List {
		x := &b.List[i]
		x.Start, x.End = d.int(), d.int()
		d.stack(&x.Acc)
		d.names(&x.Context)
		d.names(&x.Outlets)
	}
	if n := d.count(); n > 0 {
		b.Undated = make([]UndatedArticles, n)
	}
	for i := range b.Undated {
		u := &b.Undated[i]
		d.names(&u.Context)
		d.stack(&u.Acc)
		u.Tied = d.bool()
		d.names(&u.Outlets)
	}
	if d.err != nil {
		return Bursts{}, d.err
	}
	if len(d.buf) != 0 {
		return Bursts{}, fmt.Errorf("compare: %d trailing bytes after bursts", len(d.buf))
	}
	return b, nil
}

type encoder struct{ buf []byte }

func (e *encoder) uint(n int)  { e.buf = binary.AppendUvarint(e.buf, uint64(n)) }
func (e *encoder) int(n int64) { e.buf = binary.AppendVarint(e.buf, n) }
func (e *encoder) float(f float64) {
	e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(f))
}

func (e *encoder) bool(v bool) {
	if v {
		e.buf = append(e.buf, 1)
	} else {
		e.buf = append(e.buf, 0)
	}
}

func (e *encoder) string(s string) {
	e.uint(len(s))
	e.buf = append(e.buf, s...)
}

func (e *encoder) strings(ss []string) {
	e.uint(len(ss))
	for _, s := range ss {
		e.string(s)
	}
}

func (e *encoder) set(s *Set) {
	e.strings(s.Items)
	e.int(int64(s.Sorted))
}

func (e *encoder) names(n *Names) {
	e.strings(n.IDs)
	e.int(int64(n.Level))
}

func (e *encoder) stack(m *MergeStack) {
	e.uint(len(m.Parts))
	for i := range m.Parts {
		e.accumulator(&m.Parts[i])
	}
}

func (e *encoder) accumulator(a *Accumulator) {
	for _, s := range [...]string{a.Event, a.Topic, a.Subject, a.SubjectLabel, a.Kind} {
		e.string(s)
	}
	e.uint(len(a.Values))
	for i := range a.Values {
		t := &a.Values[i]
		e.string(t.Value)
		e.string(t.ValueLabel)
		e.float(t.Low)
		e.float(t.High)
		e.bool(t.HasBounds)
		e.bool(t.Unzoned)
		e.strings(t.Members)
		e.bool(t.Exhaustive)
		for _, l := range [...]*List{&t.ClaimIDs, &t.ArticleIDs, &t.Accounts} {
			e.strings(l.Items)
		}
		e.set(&t.Speakers)
		e.set(&t.Rules)
		e.int(int64(t.Asserted))
		e.int(int64(t.Hedged))
		e.int(int64(t.Positions))
		e.int(int64(t.Quoted))
		e.int(int64(t.Planned))
		e.int(t.PlannedSince)
		e.int(t.PlannedUntil)
		e.int(t.HeldUntil)
		e.voices(t.Voices)
		e.voices(t.Sayers)
	}
}

// decoder reads what encoder wrote; the first error sticks and every later read returns zero.
type decoder struct {
	buf []byte
	err error
}

var errTruncated = errors.New("compare: truncated bursts encoding")

func (d *decoder) fail(err error) {
	if d.err == nil {
		d.err = err
	}
	d.buf = nil
}

func (d *decoder) byte() byte {
	if len(d.buf) < 1 {
		d.fail(errTruncated)
		return 0
	}
	b := d.buf[0]
	d.buf = d.buf[1:]
	return b
}

func (d *decoder) uint() uint64 {
	v, n := binary.Uvarint(d.buf)
	if n <= 0 {
		d.fail(errTruncated)
		return 0
	}
	d.buf = d.buf[n:]
	return v
}

// count reads a length and checks it against the bytes left (every element takes at least one
// byte), so a corrupt length cannot make the decoder allocate without bound.
func (d *decoder) count() int {
	v := d.uint()
	if v > uint64(len(d.buf)) {
		d.fail(errTruncated)
		return 0
	}
	return int(v)
}

func (d *decoder) int() int64 {
	v, n := binary.Varint(d.buf)
	if n <= 0 {
		d.fail(errTruncated)
		return 0
	}
	d.buf = d.buf[n:]
	return v
}

func (d *decoder) float() float64 {
	if len(d.buf) < 8 {
		d.fail(errTruncated)
		return 0
	}
	f := math.Float64frombits(binary.LittleEndian.Uint64(d.buf))
	d.buf = d.buf[8:]
	return f
}

func (d *decoder) bool() bool { return d.byte() != 0 }

func (d *decoder) string() string {
	n := d.count()
	s := string(d.buf[:n])
	d.buf = d.buf[n:]
	return s
}

func (d *decoder) strings() []string {
	n := d.count()
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = d.string()
	}
	return out
}

func (d *decoder) set(s *Set) {
	s.Items = d.strings()
	s.Sorted = int(d.int())
}

func (d *decoder) names(n *Names) {
	n.IDs = d.strings()
	n.Level = int(d.int())
}

func (d *decoder) stack(m *MergeStack) {
	if n := d.count(); n > 0 {
		m.Parts = make([]Accumulator, n)
	}
	for i := range m.Parts {
		d.accumulator(&m.Parts[i])
	}
}

func (d *decoder) accumulator(a *Accumulator) {
	for _, s := range [...]*string{&a.Event, &a.Topic, &a.Subject, &a.SubjectLabel, &a.Kind} {
		*s = d.string()
	}
	if n := d.count(); n > 0 {
		a.Values = make([]Tally, n)
	}
	for i := range a.Values {
		t := &a.Values[i]
		t.Value = d.string()
		t.ValueLabel = d.string()
		t.Low = d.float()
		t.High = d.float()
		t.HasBounds = d.bool()
		t.Unzoned = d.bool()
		t.Members = d.strings()
		t.Exhaustive = d.bool()
		for _, l := range [...]*List{&t.ClaimIDs, &t.ArticleIDs, &t.Accounts} {
			l.Items = d.strings()
		}
		d.set(&t.Speakers)
		d.set(&t.Rules)
		t.Asserted = int(d.int())
		t.Hedged = int(d.int())
		t.Positions = int(d.int())
		t.Quoted = int(d.int())
		t.Planned = int(d.int())
		t.PlannedSince = d.int()
		t.PlannedUntil = d.int()
		t.HeldUntil = d.int()
		t.Voices = d.voices()
		t.Sayers = d.voices()
	}
}

// voices writes the count of hashes and the hashes, eight bytes each.
func (e *encoder) voices(v Voices) {
	e.uint(len(v.Hashes))
	for _, h := range v.Hashes {
		e.buf = binary.LittleEndian.AppendUint64(e.buf, h)
	}
}

// voices reads what encoder.voices wrote.
func (d *decoder) voices() Voices {
	n := d.count()
	if n == 0 {
		return Voices{}
	}
	if n*8 > len(d.buf) {
		d.fail(errTruncated)
		return Voices{}
	}
	v := Voices{Hashes: make([]uint64, n)}
	for k := range v.Hashes {
		v.Hashes[k] = binary.LittleEndian.Uint64(d.buf[8*k:])
	}
	d.buf = d.buf[8*n:]
	return v
}
