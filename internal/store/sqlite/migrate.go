package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// migrations are applied in order, each in its own transaction; the
// version of a database is the number of migrations applied to it. Never
// edit a released migration: append a new one.
var migrations = []string{
	// 1: articles and stories.
	`CREATE TABLE stories (
		id              INTEGER PRIMARY KEY,
		title           TEXT NOT NULL,
		articles        INTEGER NOT NULL,
		languages       TEXT NOT NULL,
		first_published INTEGER,
		last_published  INTEGER,
		profile         BLOB NOT NULL,
		updated_at      TEXT NOT NULL
	);
	CREATE INDEX stories_recent ON stories (last_published, first_published);
	CREATE TABLE articles (
		id             INTEGER PRIMARY KEY,
		content_hash   TEXT NOT NULL UNIQUE,
		raw_hash       TEXT NOT NULL,
		path           TEXT NOT NULL,
		url            TEXT NOT NULL,
		title          TEXT NOT NULL,
		body           TEXT NOT NULL,
		published      TEXT NOT NULL,
		published_unix INTEGER,
		language       TEXT NOT NULL,
		outlet         TEXT NOT NULL,
		authors        TEXT NOT NULL,
		story_id       INTEGER REFERENCES stories (id),
		ingested_at    TEXT NOT NULL
	);
	CREATE INDEX articles_raw_hash ON articles (raw_hash);
	CREATE INDEX articles_story ON articles (story_id, published_unix);`,

	// 2: what analysis finds in each article.
	`CREATE TABLE article_entities (
		article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
		seq        INTEGER NOT NULL,
		entity_key TEXT NOT NULL,
		name       TEXT NOT NULL,
		type       TEXT NOT NULL,
		mentions   TEXT NOT NULL,
		count      INTEGER NOT NULL,
		PRIMARY KEY (article_id, seq)
	);
	CREATE INDEX article_entities_key ON article_entities (entity_key);
	CREATE TABLE article_dates (
		article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
		seq        INTEGER NOT NULL,
		date       TEXT NOT NULL,
		text       TEXT NOT NULL,
		kind       TEXT NOT NULL,
		PRIMARY KEY (article_id, seq)
	);
	CREATE TABLE article_quotes (
		article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
		seq         INTEGER NOT NULL,
		text        TEXT NOT NULL,
		speaker     TEXT NOT NULL,
		speaker_key TEXT NOT NULL,
		reported_by TEXT NOT NULL,
		cue         TEXT NOT NULL,
		PRIMARY KEY (article_id, seq)
	);
	CREATE INDEX article_quotes_speaker ON article_quotes (speaker_key);
	CREATE TABLE article_sources (
		article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
		seq        INTEGER NOT NULL,
		name       TEXT NOT NULL,
		source_key TEXT NOT NULL,
		cue        TEXT NOT NULL,
		PRIMARY KEY (article_id, seq)
	);
	CREATE INDEX article_sources_key ON article_sources (source_key);`,

	// 3: each story's main entities, which link stories into threads.
	`CREATE TABLE story_entities (
		story_id   INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
		entity_key TEXT NOT NULL,
		mentions   INTEGER NOT NULL,
		PRIMARY KEY (story_id, entity_key)
	);
	CREATE INDEX story_entities_key ON story_entities (entity_key, story_id);`,

	// 4: why each article joined its story; the search index of article
	// terms (rowid = article id; see termToken for why the terms are
	// hex-encoded; contentless, as the terms are not read back, but with
	// full detail, without which bm25 scores nothing); indexes for the
	// story list, the outlets of stories and entity pages.
	`ALTER TABLE articles ADD COLUMN evidence TEXT;
	CREATE VIRTUAL TABLE article_terms USING fts5 (
		terms, content = '', contentless_delete = 1, tokenize = 'ascii'
	);
	DROP INDEX article_entities_key;
	CREATE INDEX article_entities_key ON article_entities (entity_key, article_id, count);
	DROP INDEX articles_story;
	CREATE INDEX articles_story ON articles (story_id, published_unix, outlet);
	CREATE INDEX stories_order ON stories (COALESCE(last_published, 0) DESC, articles DESC, id);`,

	// 5: the data version, one row that every transaction writing data
	// increments (see bumpVersion).
	`CREATE TABLE store_version (
		id      INTEGER PRIMARY KEY CHECK (id = 1),
		version INTEGER NOT NULL
	);
	INSERT INTO store_version (id, version) VALUES (1, 0);`,

	// 6: whether only the day of a story's first and last publication
	// time is known (see setDateOnly).
	`ALTER TABLE stories ADD COLUMN first_date_only INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE stories ADD COLUMN last_date_only INTEGER NOT NULL DEFAULT 0;
	UPDATE stories SET ` + setDateOnly + `;`,

	// 7: story ids handed out by the store (see NewStoryIDs), starting
	// above those stored; the writer lock (see LockWriter), one row while
	// a writer holds it (renewed: Unix milliseconds of its last renewal).
	`CREATE TABLE story_ids (
		id   INTEGER PRIMARY KEY CHECK (id = 1),
		next INTEGER NOT NULL
	);
	INSERT INTO story_ids (id, next) SELECT 1, COALESCE(MAX(id), 0) + 1 FROM stories;
	CREATE TABLE writer_lock (
		id      INTEGER PRIMARY KEY CHECK (id = 1),
		token   TEXT NOT NULL,
		name    TEXT NOT NULL,
		pid     INTEGER NOT NULL,
		host    TEXT NOT NULL,
		since   INTEGER NOT NULL,
		renewed INTEGER NOT NULL
	);`,
	// 8: each article's own evidence, which consolidation regroups
	// (day_unix: its publication date, else its estimated date; NULL when
	// neither is known); the moves of articles between stories, which
	// redirect the stories merged away.
	`CREATE TABLE article_profiles (
		article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
		day_unix   INTEGER,
		profile    BLOB NOT NULL
	);
	CREATE INDEX article_profiles_day ON article_profiles (day_unix);
	CREATE TABLE story_moves (
		seq        INTEGER PRIMARY KEY,
		from_story INTEGER NOT NULL,
		into_story INTEGER NOT NULL,
		articles   INTEGER NOT NULL,
		merged     INTEGER NOT NULL,
		moved_at   TEXT NOT NULL
	);
	CREATE INDEX story_moves_from ON story_moves (from_story, seq);
	CREATE INDEX story_moves_into ON story_moves (into_story, seq);`,
}

// setDateOnly is the SQL assignment that marks a story's first and last
// publication time as days when no article of the story published at that
// time gives its time of day (the articles' published column holds
// "YYYY-MM-DD" when only the day is known, RFC 3339 otherwise).
const setDateOnly = `first_date_only = first_published IS NOT NULL AND NOT EXISTS (SELECT 1 FROM articles a
		WHERE a.story_id = stories.id AND a.published_unix = stories.first_published AND length(a.published) > 10),
	last_date_only = last_published IS NOT NULL AND NOT EXISTS (SELECT 1 FROM articles a
		WHERE a.story_id = stories.id AND a.published_unix = stories.last_published AND length(a.published) > 10)`

// migrate brings the schema up to date. A database newer than this binary
// is refused. Processes that open a new database at once take turns: each
// migration runs in a write transaction (BEGIN IMMEDIATE) that first reads
// the version again and skips what another process applied meanwhile.
func migrate(ctx context.Context, db *sql.DB) error {
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	var version int
	if err := db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&version); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if version > len(migrations) {
		return fmt.Errorf("migrate: database schema version %d is newer than this storyline (%d)", version, len(migrations))
	}
	for v := version + 1; v <= len(migrations); v++ {
		if err := apply(ctx, db, v, migrations[v-1]); err != nil {
			return fmt.Errorf("migrate to version %d: %w", v, err)
		}
	}
	return nil
}

// apply applies migration version unless another process did since
// migrate read the version.
func apply(ctx context.Context, db *sql.DB, version int, ddl string) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var current int
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&current); err != nil {
		return err
	}
	if current >= version {
		return nil
	}
	if _, err := tx.ExecContext(ctx, ddl); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`,
		version, time.Now().UTC().Format(time.RFC3339)); err != nil {
		return err
	}
	return tx.Commit()
}
