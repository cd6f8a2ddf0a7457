// Loads every table of a tanaqud run with DuckDB and checks the column types a notebook relies on.
// Usage: node .ci/duckdb_check.mjs OUT_DIR
import { DuckDBInstance } from '@duckdb/node-api';

const out = process.argv[2] || 'out';
const expected = {
  claims: {
    claim_id: 'VARCHAR', article_id: 'VARCHAR', published_at: 'TIMESTAMP WITH TIME ZONE',
    sentence_index: 'BIGINT', start: 'BIGINT', end: 'BIGINT', sentence: 'VARCHAR', topic: 'VARCHAR',
    subject: 'VARCHAR', value: 'VARCHAR', members: 'VARCHAR[]', speaker: 'VARCHAR', hedged: 'BOOLEAN',
    confidence: 'DOUBLE', rule: 'VARCHAR',
  },
  contradictions: {
    disagreement_id: 'VARCHAR', topic: 'VARCHAR', subject: 'VARCHAR', kind: 'VARCHAR', value: 'VARCHAR',
    article_ids: 'VARCHAR[]', claim_ids: 'VARCHAR[]', speakers: 'VARCHAR[]', n_articles: 'BIGINT',
    explanation: 'VARCHAR', score: 'DOUBLE',
  },
  sentences: { article_id: 'VARCHAR', sentence_index: 'BIGINT', start: 'BIGINT', end: 'BIGINT', text: 'VARCHAR' },
  rejects: { input: 'VARCHAR', line: 'BIGINT', reason: 'VARCHAR' },
};

const db = await DuckDBInstance.create();
const con = await db.connect();
let failures = 0;
for (const [table, columns] of Object.entries(expected)) {
  const glob = `${out}/${table}*.parquet`;
  const described = await con.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${glob}')`);
  const types = Object.fromEntries(described.getRowObjectsJson().map((r) => [r.column_name, r.column_type]));
  for (const [col, want] of Object.entries(columns)) {
    if (types[col] !== want) {
      console.error(`${table}.${col}: got ${types[col]}, want ${want}`);
      failures++;
    }
  }
  const count = await con.runAndReadAll(`SELECT count(*)::BIGINT AS n FROM read_parquet('${glob}')`);
  console.log(`${table}: ${count.getRowObjectsJson()[0].n} rows, ${Object.keys(types).length} columns`);
}
// Offsets are code points into the original text: a claim's sentence is text[start:end].
const nulls = await con.runAndReadAll(
  `SELECT count(*)::BIGINT AS n FROM read_parquet('${out}/contradictions*.parquet') WHERE article_ids IS NULL OR claim_ids IS NULL`);
if (Number(nulls.getRowObjectsJson()[0].n) !== 0) {
  console.error('contradictions: NULL lists where empty lists were expected');
  failures++;
}
const sample = await con.runAndReadAll(
  `SELECT topic, subject, value, n_articles, explanation FROM read_parquet('${out}/contradictions*.parquet') ORDER BY score DESC, disagreement_id, side LIMIT 6`);
console.table(sample.getRowObjectsJson());
if (failures > 0) {
  console.error(`${failures} type checks failed`);
  process.exit(1);
}
console.log('DuckDB reads every table with the expected types.');
