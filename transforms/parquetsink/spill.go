package parquetsink

import (
	"bufio"
	"container/heap"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"math/rand/v2"
	"reflect"
	"runtime"
	"sort"
	"sync"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"

	"github.com/tanaqud/tanaqud/schemas"
)

// Rows reach the writers as sorted runs on the output filesystem, and only the runs' names go
// through the shuffle. Why: prism keeps every shuffled element in memory and hands a grouped
// stage all of its input in one bundle, so shuffling the rows themselves held the claims table
// about five times over (prism's copy, the bundle's input, gRPC buffers on both sides, the
// decoded rows) and spent a third of the job's CPU moving it. Spilling keeps memory bounded by
// the run size and gives the same files: rows go to the same shard (a hash of the sort key) and
// each file is sorted by the same key.

// DefaultRunRows is how many rows one spilling DoFn buffers before it writes sorted runs. The
// last batch of a bundle is written while the rest of the job waits, so smaller is faster at the
// end of a stage; larger gives fewer runs to merge (up to maxOpenRuns are merged in one pass:
// 4M rows per shard and bundle). 32k claim rows are about 18 MB encoded.
const DefaultRunRows = 32_768

// maxOpenRuns bounds the runs merged at once; more are first merged into longer runs.
const maxOpenRuns = 128

// shardOf assigns a row to a shard by a hash of its sort key: stable across runs.
func shardOf(key string, shards int) int {
	h := fnv.New32a()
	h.Write([]byte(key))
	return int(h.Sum32() % uint32(shards))
}

// runPath names a run of one shard next to the shard's final file; removeOldTables' globs and
// the writers' cleanup both match it.
func runPath(dir, table string, shard, shards int) string {
	return fmt.Sprintf("%s.tmp-run-%d-%016x", ShardPath(dir, table, shard, shards), time.Now().UnixNano(), rand.Uint64())
}

// spilledRow is one buffered row: its sort key and its encoding.
type spilledRow struct {
	key  string
	blob []byte
}

// spilledRun is a run written for one shard.
type spilledRun struct {
	shard int
	path  string
}

// spillFn buffers rows and writes them as sorted runs per shard, emitting (shard, run path).
// Keying, encoding, sorting and writing happen on a background goroutine, one batch at a time:
// on prism the bundle's own goroutine also parses the input and feeds every downstream step, so
// it is the job's critical path and must only append.
type spillFn struct {
	Dir     string
	Table   string
	Shards  int
	RunRows int

	codec   *rowCodec
	pending []beam.T
	busy    sync.WaitGroup // the batch being written, if any
	mu      sync.Mutex
	runs    []spilledRun
	err     error
}

func (fn *spillFn) Setup() {
	fn.codec = codecOf(fn.Table)
}

func (fn *spillFn) ProcessElement(r beam.T, _ func(int, string)) error {
	if _, ok := r.(row); !ok || reflect.TypeOf(r) != fn.codec.typ {
		return fmt.Errorf("row of type %T in table %s of %v", r, fn.Table, fn.codec.typ)
	}
	fn.pending = append(fn.pending, r)
	limit := fn.RunRows
	if limit <= 0 {
		limit = DefaultRunRows
	}
	if len(fn.pending) >= limit {
		fn.flushAsync(context.Background())
	}
	return nil
}

// FinishBundle writes what is buffered and emits every run of the bundle: a bundle is done only
// when its rows are durable.
func (fn *spillFn) FinishBundle(ctx context.Context, emit func(int, string)) error {
	fn.flushAsync(ctx)
	fn.busy.Wait()
	runs, err := fn.runs, fn.err
	fn.runs, fn.err = nil, nil
	if err != nil {
		return fmt.Errorf("spilling %s rows: %w", fn.Table, err)
	}
	for _, r := range runs {
		emit(r.shard, r.path)
	}
	return nil
}

// flushAsync waits for the previous batch (so at most two are in memory) and starts writing
// the pending rows.
func (fn *spillFn) flushAsync(ctx context.Context) {
	fn.busy.Wait()
	if len(fn.pending) == 0 {
		return
	}
	batch := fn.pending
	fn.pending = nil
	fn.busy.Add(1)
	go func() {
		defer fn.busy.Done()
		runs, err := fn.writeRuns(ctx, batch)
		fn.mu.Lock()
		defer fn.mu.Unlock()
		fn.runs = append(fn.runs, runs...)
		if err != nil && fn.err == nil {
			fn.err = err
		}
	}()
}

// writeRuns encodes a batch of rows and writes one sorted run per shard it touches.
func (fn *spillFn) writeRuns(ctx context.Context, batch []beam.T) ([]spilledRun, error) {
	byShard := make([][]spilledRow, fn.Shards)
	for _, r := range batch {
		key := r.(row).SortKey()
		shard := shardOf(key, fn.Shards)
		byShard[shard] = append(byShard[shard], spilledRow{key: key, blob: fn.codec.encode(reflect.ValueOf(r))})
	}
	var runs []spilledRun
	for shard, rows := range byShard {
		if len(rows) == 0 {
			continue
		}
		sort.SliceStable(rows, func(i, j int) bool { return rows[i].key < rows[j].key })
		path := runPath(fn.Dir, fn.Table, shard, fn.Shards)
		if err := writeRun(ctx, path, func(w *runWriter) error {
			for _, r := range rows {
				if err := w.write(r.key, r.blob); err != nil {
					return err
				}
			}
			return nil
		}); err != nil {
			return runs, err
		}
		runs = append(runs, spilledRun{shard: shard, path: path})
	}
	return runs, nil
}

// mergeShardFn merges the sorted runs of one shard into its Parquet file, written to a
// temporary name and renamed into place, and removes the runs. A grouped stage reaches prism's
// worker as one bundle holding every shard, so shards are written on their own goroutines (at
// most GOMAXPROCS at once) and their paths emitted when the bundle finishes.
type mergeShardFn struct {
	Dir    string
	Table  string
	Shards int

	wg      sync.WaitGroup
	slots   chan struct{}
	mu      sync.Mutex
	written []string
	err     error
}

func (fn *mergeShardFn) StartBundle(context.Context, func(string)) {
	fn.slots = make(chan struct{}, runtime.GOMAXPROCS(0))
	fn.written, fn.err = nil, nil
}

func (fn *mergeShardFn) ProcessElement(ctx context.Context, shard int, runs func(*string) bool, _ func(*bool) bool, _ func(string)) error {
	var paths []string
	var p string
	for runs(&p) {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	fn.slots <- struct{}{}
	fn.wg.Add(1)
	go func() {
		defer func() { <-fn.slots; fn.wg.Done() }()
		final, err := fn.writeShard(ctx, shard, paths)
		fn.mu.Lock()
		defer fn.mu.Unlock()
		if err != nil && fn.err == nil {
			fn.err = err
		}
		if err == nil {
			fn.written = append(fn.written, final)
		}
	}()
	return nil
}

// FinishBundle waits for the shards of the bundle and emits their paths, in order.
func (fn *mergeShardFn) FinishBundle(_ context.Context, emit func(string)) error {
	fn.wg.Wait()
	if fn.err != nil {
		return fn.err
	}
	sort.Strings(fn.written)
	for _, p := range fn.written {
		emit(p)
	}
	return nil
}

func (fn *mergeShardFn) writeShard(ctx context.Context, shard int, paths []string) (string, error) {
	final := ShardPath(fn.Dir, fn.Table, shard, fn.Shards)
	for len(paths) > maxOpenRuns {
		var next []string
		for i := 0; i < len(paths); i += maxOpenRuns {
			group := paths[i:min(i+maxOpenRuns, len(paths))]
			out := runPath(fn.Dir, fn.Table, shard, fn.Shards)
			err := writeRun(ctx, out, func(w *runWriter) error { return mergeRuns(ctx, group, w.write) })
			if err != nil {
				return "", fmt.Errorf("merging runs of %s: %w", final, err)
			}
			next = append(next, out)
		}
		removeAll(ctx, paths)
		paths = next
	}
	err := writeFileWith(ctx, final, func(w io.Writer) error {
		tw, err := newTableWriter(w, fn.Table)
		if err != nil {
			return err
		}
		if err := mergeRuns(ctx, paths, func(_ string, blob []byte) error { return tw.writeBlob(blob) }); err != nil {
			return err
		}
		return tw.Close()
	})
	if err != nil {
		return "", fmt.Errorf("writing %s: %w", final, err)
	}
	removeAll(ctx, paths)
	return final, nil
}

// codecOf returns the row codec of a table.
func codecOf(table string) *rowCodec {
	switch table {
	case "claims":
		return claimCodec
	case "contradictions":
		return contradictionCodec
	case "sentences":
		return sentenceCodec
	case "rejects":
		return rejectCodec
	}
	return newRowCodec(reflect.TypeOf(schemas.Tables[table]))
}

// A run is a sequence of records: uvarint key length, key, uvarint blob length, blob.

type runWriter struct{ w *bufio.Writer }

func (rw *runWriter) write(key string, blob []byte) error {
	var n [binary.MaxVarintLen64]byte
	rw.w.Write(n[:binary.PutUvarint(n[:], uint64(len(key)))])
	rw.w.WriteString(key)
	rw.w.Write(n[:binary.PutUvarint(n[:], uint64(len(blob)))])
	_, err := rw.w.Write(blob)
	return err
}

// writeRun creates a run file through Beam's filesystem and fills it.
func writeRun(ctx context.Context, path string, fill func(*runWriter) error) error {
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return err
	}
	defer fs.Close()
	f, err := fs.OpenWrite(ctx, path)
	if err != nil {
		return err
	}
	rw := &runWriter{w: bufio.NewWriterSize(f, 1<<20)}
	if err := fill(rw); err != nil {
		f.Close()
		return err
	}
	if err := rw.w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close() // commits the object on GCS and S3
}

// runReader reads one run; head is its current record.
type runReader struct {
	r         *bufio.Reader
	c         io.Closer
	key, blob []byte
	index     int // position among the merged runs, for stable ties
}

func (rr *runReader) next() (bool, error) {
	klen, err := binary.ReadUvarint(rr.r)
	if errors.Is(err, io.EOF) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	rr.key = make([]byte, klen)
	if _, err := io.ReadFull(rr.r, rr.key); err != nil {
		return false, err
	}
	blen, err := binary.ReadUvarint(rr.r)
	if err != nil {
		return false, err
	}
	rr.blob = make([]byte, blen)
	if _, err := io.ReadFull(rr.r, rr.blob); err != nil {
		return false, err
	}
	return true, nil
}

type runHeap []*runReader

func (h runHeap) Len() int { return len(h) }
func (h runHeap) Less(i, j int) bool {
	if c := string(h[i].key); c != string(h[j].key) {
		return c < string(h[j].key)
	}
	return h[i].index < h[j].index
}
func (h runHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *runHeap) Push(x any)   { *h = append(*h, x.(*runReader)) }
func (h *runHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// mergeRuns passes the records of sorted runs to out in key order (ties in run order).
func mergeRuns(ctx context.Context, paths []string, out func(key string, blob []byte) error) error {
	var h runHeap
	defer func() {
		for _, rr := range h {
			rr.c.Close()
		}
	}()
	for i, p := range paths {
		fs, err := filesystem.New(ctx, p)
		if err != nil {
			return err
		}
		f, err := fs.OpenRead(ctx, p)
		fs.Close()
		if err != nil {
			return err
		}
		rr := &runReader{r: bufio.NewReaderSize(f, 64<<10), c: f, index: i}
		ok, err := rr.next()
		if err != nil {
			f.Close()
			return fmt.Errorf("reading run %s: %w", p, err)
		}
		if !ok {
			f.Close()
			continue
		}
		h = append(h, rr)
	}
	heap.Init(&h)
	for h.Len() > 0 {
		rr := h[0]
		if err := out(string(rr.key), rr.blob); err != nil {
			return err
		}
		ok, err := rr.next()
		if err != nil {
			return err
		}
		if ok {
			heap.Fix(&h, 0)
		} else {
			rr.c.Close()
			heap.Pop(&h)
		}
	}
	return nil
}

// removeAll deletes files when the filesystem can; leftovers match the tables' globs with
// .tmp- and are removed by the next run's clean-up.
func removeAll(ctx context.Context, paths []string) {
	for _, p := range paths {
		fs, err := filesystem.New(ctx, p)
		if err != nil {
			continue
		}
		if rm, ok := fs.(filesystem.Remover); ok {
			rm.Remove(ctx, p)
		}
		fs.Close()
	}
}
