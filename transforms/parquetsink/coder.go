package parquetsink

import (
	"encoding/binary"
	"fmt"
	"math"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"github.com/tanaqud/tanaqud/schemas"
)

// Output rows cross one shuffle on their way to the writers, and on prism every step boundary
// encodes and decodes every element. Beam's schema coder encodes a struct field by field, and
// prism then reads such an element back one field at a time; a registered coder makes each row
// one length-prefixed blob instead, which both sides copy in one piece. Profiling a 10k-article
// run put prism's per-field decoding of claim rows among the largest costs of the job.
func init() {
	beam.RegisterCoder(reflect.TypeOf(schemas.ClaimRow{}), encodeClaimRow, decodeClaimRow)
	beam.RegisterCoder(reflect.TypeOf(schemas.ContradictionRow{}), encodeContradictionRow, decodeContradictionRow)
	beam.RegisterCoder(reflect.TypeOf(schemas.SentenceRow{}), encodeSentenceRow, decodeSentenceRow)
	beam.RegisterCoder(reflect.TypeOf(schemas.RejectRow{}), encodeRejectRow, decodeRejectRow)
}

var (
	claimCodec         = newRowCodec(reflect.TypeOf(schemas.ClaimRow{}))
	contradictionCodec = newRowCodec(reflect.TypeOf(schemas.ContradictionRow{}))
	sentenceCodec      = newRowCodec(reflect.TypeOf(schemas.SentenceRow{}))
	rejectCodec        = newRowCodec(reflect.TypeOf(schemas.RejectRow{}))
)

// The coder functions are top-level functions, not closures, so that workers find them by name.

func encodeClaimRow(r schemas.ClaimRow) []byte { return claimCodec.encode(reflect.ValueOf(&r).Elem()) }
func decodeClaimRow(b []byte) (r schemas.ClaimRow, err error) {
	return r, claimCodec.decode(b, reflect.ValueOf(&r).Elem())
}

func encodeContradictionRow(r schemas.ContradictionRow) []byte {
	return contradictionCodec.encode(reflect.ValueOf(&r).Elem())
}
func decodeContradictionRow(b []byte) (r schemas.ContradictionRow, err error) {
	return r, contradictionCodec.decode(b, reflect.ValueOf(&r).Elem())
}

func encodeSentenceRow(r schemas.SentenceRow) []byte {
	return sentenceCodec.encode(reflect.ValueOf(&r).Elem())
}
func decodeSentenceRow(b []byte) (r schemas.SentenceRow, err error) {
	return r, sentenceCodec.decode(b, reflect.ValueOf(&r).Elem())
}

func encodeRejectRow(r schemas.RejectRow) []byte {
	return rejectCodec.encode(reflect.ValueOf(&r).Elem())
}
func decodeRejectRow(b []byte) (r schemas.RejectRow, err error) {
	return r, rejectCodec.decode(b, reflect.ValueOf(&r).Elem())
}

// rowCodec encodes a flat struct of strings, integers, floats, bools and string lists, field by
// field in declaration order: strings and lists length-prefixed (uvarint), integers as varints,
// floats as 8 little-endian bytes, bools as one byte. A row type with another kind of field
// panics at start-up, so a schema change cannot silently lose data.
type rowCodec struct {
	typ   reflect.Type
	kinds []reflect.Kind
}

func newRowCodec(t reflect.Type) *rowCodec {
	c := &rowCodec{typ: t}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		k := f.Type.Kind()
		switch {
		case k == reflect.String, k == reflect.Int, k == reflect.Int64, k == reflect.Float64, k == reflect.Bool:
		case k == reflect.Slice && f.Type.Elem().Kind() == reflect.String:
		default:
			panic(fmt.Sprintf("parquetsink: row coder for %v: field %s has unsupported type %v", t, f.Name, f.Type))
		}
		if !f.IsExported() {
			panic(fmt.Sprintf("parquetsink: row coder for %v: field %s is unexported", t, f.Name))
		}
		c.kinds = append(c.kinds, k)
	}
	return c
}

func (c *rowCodec) encode(v reflect.Value) []byte {
	size := 0
	for i, k := range c.kinds {
		switch k {
		case reflect.String:
			size += binary.MaxVarintLen64 + v.Field(i).Len()
		case reflect.Slice:
			f := v.Field(i)
			size += binary.MaxVarintLen64
			for j := 0; j < f.Len(); j++ {
				size += binary.MaxVarintLen64 + f.Index(j).Len()
			}
		default:
			size += binary.MaxVarintLen64
		}
	}
	b := make([]byte, 0, size)
	for i, k := range c.kinds {
		f := v.Field(i)
		switch k {
		case reflect.String:
			b = binary.AppendUvarint(b, uint64(f.Len()))
			b = append(b, f.String()...)
		case reflect.Int, reflect.Int64:
			b = binary.AppendVarint(b, f.Int())
		case reflect.Float64:
			b = binary.LittleEndian.AppendUint64(b, math.Float64bits(f.Float()))
		case reflect.Bool:
			if f.Bool() {
				b = append(b, 1)
			} else {
				b = append(b, 0)
			}
		case reflect.Slice:
			b = binary.AppendUvarint(b, uint64(f.Len()))
			for j := 0; j < f.Len(); j++ {
				s := f.Index(j).String()
				b = binary.AppendUvarint(b, uint64(len(s)))
				b = append(b, s...)
			}
		}
	}
	return b
}

// decode fills v from b. All strings of a row share one allocation.
func (c *rowCodec) decode(b []byte, v reflect.Value) error {
	s := string(b)
	pos := 0
	fail := func(i int) error {
		return fmt.Errorf("parquetsink: decoding %v: field %s: truncated at byte %d of %d", c.typ, c.typ.Field(i).Name, pos, len(s))
	}
	str := func() (string, bool) {
		n, w := binary.Uvarint(b[pos:])
		if w <= 0 || uint64(len(b)-pos-w) < n {
			return "", false
		}
		pos += w
		out := s[pos : pos+int(n)]
		pos += int(n)
		return out, true
	}
	for i, k := range c.kinds {
		f := v.Field(i)
		switch k {
		case reflect.String:
			x, ok := str()
			if !ok {
				return fail(i)
			}
			f.SetString(x)
		case reflect.Int, reflect.Int64:
			x, w := binary.Varint(b[pos:])
			if w <= 0 {
				return fail(i)
			}
			pos += w
			f.SetInt(x)
		case reflect.Float64:
			if len(b)-pos < 8 {
				return fail(i)
			}
			f.SetFloat(math.Float64frombits(binary.LittleEndian.Uint64(b[pos:])))
			pos += 8
		case reflect.Bool:
			if len(b)-pos < 1 {
				return fail(i)
			}
			f.SetBool(b[pos] != 0)
			pos++
		case reflect.Slice:
			n, w := binary.Uvarint(b[pos:])
			if w <= 0 || n > uint64(len(b)-pos) {
				return fail(i)
			}
			pos += w
			list := make([]string, 0, n) // never nil: empty lists stay lists in Parquet
			for range n {
				x, ok := str()
				if !ok {
					return fail(i)
				}
				list = append(list, x)
			}
			f.Set(reflect.ValueOf(list))
		}
	}
	if pos != len(b) {
		return fmt.Errorf("parquetsink: decoding %v: %d trailing bytes", c.typ, len(b)-pos)
	}
	return nil
}
