# tanaqud: one command runs the job on the seed articles, one runs the tests.
GO      ?= go
OUT     ?= out
INPUT   ?= testdata/articles/*.txt
RUNNER  ?= prism

.PHONY: run test eval gazdraft bench bench-go bench-table bench-sentences check-duckdb fuzz vet clean

## run: build and run the main job on the embedded default (the seed articles) into ./out
run:
	$(GO) run ./pipelines/tanaqud --input '$(INPUT)' --output $(OUT) --sentences --runner=$(RUNNER)

## test: unit tests, pipeline tests on prism, golden files, bad-input cases
test:
	@unformatted="$$("$$($(GO) env GOROOT)/bin/gofmt" -l pipelines transforms schemas)"; if [ -n "$$unformatted" ]; then echo "gofmt would change: $$unformatted"; exit 1; fi
	$(GO) vet ./...
	$(GO) test -count=1 -timeout 30m ./...
	# The same pipeline tests on the direct runner (prism is the default above).
	$(GO) test -count=1 -run 'TestPipeline' ./pipelines/tanaqud/ -args -runner=direct

## eval: claim and disagreement precision/recall against the gold sets in testdata/gold
eval:
	$(GO) run ./pipelines/eval

## gazdraft: draft the gazetteer file of a new war from its coverage (INPUT=news/*.jsonl,
## DRAFT=draft.json): the names the gazetteer does not resolve, most articles first
DRAFT ?= draft.json
gazdraft:
	$(GO) run ./pipelines/gazdraft -input '$(INPUT)' -out $(DRAFT)

## bench-sentences: sentence splitter F1 on the UD treebanks in ../shared/bench
bench-sentences:
	$(GO) run ./pipelines/sentbench

## bench: micro-benchmarks of the plain-Go stages, then the whole job on generated corpora
bench: bench-go bench-table

## bench-go: go test -bench of the plain-Go stages (normalize, split, extract, compare), MB/s and allocations
bench-go:
	$(GO) test -run '^$$' -bench . -benchmem ./transforms/textnorm/ ./transforms/sentences/ ./transforms/claims/ ./transforms/compare/

## bench-table: corpora of BENCH_SIZES articles (cached in out/bench), the plain loop and the job on prism, as a table
BENCH_SIZES ?= 1000,10000,100000
BENCH_REPEAT ?= 1
bench-table:
	$(GO) run ./pipelines/benchtable -sizes $(BENCH_SIZES) -repeat $(BENCH_REPEAT) -dir $(OUT)/bench

## check-duckdb: load the tables of `make run` in DuckDB (npm @duckdb/node-api) and check their types
check-duckdb:
	cd .ci && npm install --no-audit --no-fund --silent
	node .ci/duckdb_check.mjs $(OUT)

## fuzz: a short fuzzing pass over normalization, sentence splitting and the fast JSONL decoder
fuzz:
	$(GO) test -run '^$$' -fuzz FuzzNormalize -fuzztime 30s ./transforms/textnorm/
	$(GO) test -run '^$$' -fuzz FuzzSplit -fuzztime 30s ./transforms/sentences/
	$(GO) test -run '^$$' -fuzz FuzzDecodeFlatArticle -fuzztime 30s ./transforms/articles/

vet:
	$(GO) vet ./...

clean:
	rm -rf $(OUT)
