package parquetsink

import (
	"fmt"
	"io"
	"reflect"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress/zstd"

	"github.com/tanaqud/tanaqud/schemas"
)

// writeBatch is how many decoded rows a tableWriter hands to parquet-go at once.
const writeBatch = 1024

// tableWriter writes the rows of one table, as row-coder blobs straight from the sorted runs,
// into one Parquet file.
type tableWriter interface {
	writeBlob(blob []byte) error
	Close() error
}

// newTableWriter returns the writer of a table. Each table gets parquet-go's generic writer for
// its row type, fed in batches: it copies struct fields into columns directly, where the
// reflective Writer.Write deconstructed every row into a parquet.Row first (a quarter of the
// writing stage's CPU in a 100k-article profile).
func newTableWriter(w io.Writer, table string) (tableWriter, error) {
	codec := codecOf(table)
	switch table {
	case "claims":
		return newTypedWriter[schemas.ClaimRow](w, codec), nil
	case "contradictions":
		return newTypedWriter[schemas.ContradictionRow](w, codec), nil
	case "sentences":
		return newTypedWriter[schemas.SentenceRow](w, codec), nil
	case "rejects":
		return newTypedWriter[schemas.RejectRow](w, codec), nil
	}
	return nil, fmt.Errorf("parquetsink: no writer for table %q", table)
}

// writerOptions are the file-level settings of every table. zstd at its fastest level: the
// columns are dictionary-encoded first, so a higher level buys little size for much CPU.
func writerOptions() []parquet.WriterOption {
	return []parquet.WriterOption{
		parquet.Compression(&zstd.Codec{Level: zstd.SpeedFastest}),
		parquet.MaxRowsPerRowGroup(64 << 10),
		parquet.CreatedBy("tanaqud", "0", ""),
	}
}

type typedWriter[T any] struct {
	pw    *parquet.GenericWriter[T]
	codec *rowCodec
	batch []T
}

func newTypedWriter[T any](w io.Writer, codec *rowCodec) *typedWriter[T] {
	return &typedWriter[T]{pw: parquet.NewGenericWriter[T](w, writerOptions()...), codec: codec, batch: make([]T, 0, writeBatch)}
}

func (tw *typedWriter[T]) writeBlob(blob []byte) error {
	var row T
	if err := tw.codec.decode(blob, reflect.ValueOf(&row).Elem()); err != nil {
		return err
	}
	tw.batch = append(tw.batch, row)
	if len(tw.batch) == cap(tw.batch) {
		return tw.flush()
	}
	return nil
}

func (tw *typedWriter[T]) flush() error {
	if len(tw.batch) == 0 {
		return nil
	}
	_, err := tw.pw.Write(tw.batch)
	clear(tw.batch) // drop the strings of written rows
	tw.batch = tw.batch[:0]
	return err
}

// Close writes the last batch and the file footer. Its error is the file's error.
func (tw *typedWriter[T]) Close() error {
	if err := tw.flush(); err != nil {
		return err
	}
	return tw.pw.Close()
}
