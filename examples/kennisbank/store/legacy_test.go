package store_test

// legacySchema is the schema that the kennisbank before one migration list
// wrote, statement by statement, per database: a database created by it
// (at schema version 2) must open with the store of today. It is a copy on
// purpose, the fixture of TestADatabaseOfTheOldSchemaOpens, and must not
// follow changes of schema.go.
var legacySchema = map[string][][]string{
	"sqlite": {
		{
			`CREATE TABLE cases (
				id         TEXT PRIMARY KEY,
				name       TEXT NOT NULL,
				region     TEXT NOT NULL,
				generation INTEGER NOT NULL,
				version    INTEGER NOT NULL,
				created    TEXT NOT NULL,
				updated    TEXT NOT NULL,
				body       TEXT NOT NULL
			)`,
			`CREATE INDEX cases_name ON cases (name, id)`,
			`CREATE INDEX cases_region ON cases (region, name, id)`,
			`CREATE INDEX cases_updated ON cases (updated)`,
		},
		{`CREATE TABLE readiness (id INTEGER PRIMARY KEY, writes INTEGER NOT NULL)`},
	},
	"postgres": {
		{
			`CREATE TABLE cases (
				id         uuid PRIMARY KEY,
				name       text COLLATE "C" NOT NULL,
				region     text COLLATE "C" NOT NULL,
				generation bigint NOT NULL,
				version    bigint NOT NULL,
				created    timestamptz NOT NULL,
				updated    timestamptz NOT NULL,
				body       json NOT NULL
			)`,
			`CREATE INDEX cases_name ON cases (name, id)`,
			`CREATE INDEX cases_region ON cases (region, name, id)`,
			`CREATE INDEX cases_updated ON cases (updated)`,
		},
		{`CREATE TABLE readiness (id integer PRIMARY KEY, writes bigint NOT NULL)`},
	},
}

// legacyMigrationsTable is the bookkeeping table of the old code, the same
// on both databases.
const legacyMigrationsTable = `CREATE TABLE IF NOT EXISTS schema_migrations (
	version INTEGER PRIMARY KEY,
	applied TEXT NOT NULL
)`
