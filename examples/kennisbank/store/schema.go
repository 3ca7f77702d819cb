package store

import "strings"

// The schema of the store, written once for both databases. A statement
// names its column types by the words of columnTypes in braces ("{id}",
// "{text}", ...), which the dialect turns into its own types; everything
// else is SQL that SQLite and PostgreSQL both speak. Only ever append a
// migration: a database records the number of migrations applied to it in
// schema_migrations, so that a migration once released must keep its place
// and its meaning.

// migrationsTable records the migrations applied to a database, one row per
// migration with the time it was applied. Migrate creates it before it
// reads it, on both databases alike.
const migrationsTable = `CREATE TABLE IF NOT EXISTS schema_migrations (
	version INTEGER PRIMARY KEY,
	applied TEXT NOT NULL
)`

// schema returns the migrations in order: migration i (from 0) brings the
// schema to version i+1, and each is a list of statements with the type
// words of columnTypes.
func schema() [][]string {
	return [][]string{
		// 1: the cases, each a JSON document beside the columns that lists
		// sort and filter by.
		{
			`CREATE TABLE cases (
				id         {id} PRIMARY KEY,
				name       {text} NOT NULL,
				region     {text} NOT NULL,
				generation {bigint} NOT NULL,
				version    {bigint} NOT NULL,
				created    {time} NOT NULL,
				updated    {time} NOT NULL,
				body       {json} NOT NULL
			)`,
			`CREATE INDEX cases_name ON cases (name, id)`,
			`CREATE INDEX cases_region ON cases (region, name, id)`,
			`CREATE INDEX cases_updated ON cases (updated)`,
		},
		// 2: one row that Ping rewrites: readiness is a write that succeeded.
		{`CREATE TABLE readiness (id {int} PRIMARY KEY, writes {bigint} NOT NULL)`},
		// 3: self-assessment rounds, their raters and answers (rounds.go).
		roundsMigration(),
	}
}

// columnTypes are the column types of a dialect, by the word the schema
// names them with.
type columnTypes struct {
	ID     string // {id}: a UUID
	Text   string // {text}: text that sorts by its bytes
	Int    string // {int}: a small integer key
	BigInt string // {bigint}: a signed 64-bit integer
	Time   string // {time}: an instant, as the store writes it (timeLayout)
	JSON   string // {json}: a JSON document
}

// migrations returns the schema's migrations with the types of d.
func (d *dialect) migrations() [][]string {
	t := d.types
	r := strings.NewReplacer("{id}", t.ID, "{text}", t.Text, "{int}", t.Int,
		"{bigint}", t.BigInt, "{time}", t.Time, "{json}", t.JSON)
	list := schema()
	for _, m := range list {
		for i, stmt := range m {
			m[i] = r.Replace(stmt)
		}
	}
	return list
}
