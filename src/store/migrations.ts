// The database schema as an ordered list of named migrations. Never edit one that has shipped: add the
// next (`002_…`) instead, so every existing database can be brought up to date in order.
import type { Db } from './statements.js';

export interface Migration {
  /** `NNN_what_it_does`; recorded in the `migrations` table once applied. */
  name: string;
  /** SQL to execute, or a function for changes that need code. Runs inside a transaction (no PRAGMAs). */
  up: string | ((db: Db) => void);
}

const initial = /* sql */ `
-- One row per command that wrote to the database (ingest, reprocess…).
CREATE TABLE runs (
  id                 INTEGER PRIMARY KEY,
  started_at         TEXT NOT NULL,
  finished_at        TEXT,
  command            TEXT NOT NULL,
  pipeline           TEXT NOT NULL,
  dictionary_version TEXT NOT NULL,
  rules_version      TEXT NOT NULL,
  summary            TEXT CHECK (summary IS NULL OR json_valid(summary))
);

-- One row per distinct text: the id is a hash of the text, so the same article is stored once.
-- annotation_hash fingerprints the stored annotation so a reprocess can tell whether anything changed.
CREATE TABLE articles (
  id                 TEXT PRIMARY KEY,
  source             TEXT NOT NULL,
  lang               TEXT NOT NULL CHECK (lang IN ('zh', 'en')),
  title              TEXT,
  url                TEXT,
  published          TEXT,
  text               TEXT NOT NULL,
  first_run          INTEGER NOT NULL REFERENCES runs(id),
  last_run           INTEGER NOT NULL REFERENCES runs(id),
  annotated_at       TEXT NOT NULL,
  pipeline           TEXT NOT NULL,
  dictionary_version TEXT NOT NULL,
  rules_version      TEXT NOT NULL,
  annotation_hash    TEXT NOT NULL
);
CREATE INDEX articles_by_source ON articles(source, id);

-- Canonical people and organisations, shared by all articles. Never deleted while referred to.
CREATE TABLE entities (
  id       TEXT PRIMARY KEY,
  type     TEXT NOT NULL CHECK (type IN ('person', 'org')),
  name     TEXT NOT NULL,
  name_en  TEXT,
  name_zh  TEXT,
  resolved INTEGER NOT NULL CHECK (resolved IN (0, 1)),
  wikidata TEXT
);
CREATE INDEX entities_by_name ON entities(name COLLATE NOCASE);

-- Which entities an article's annotation lists (some, like an event's organisation, may have no mention).
CREATE TABLE article_entities (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  entity_id  TEXT NOT NULL REFERENCES entities(id),
  PRIMARY KEY (article_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX article_entities_by_entity ON article_entities(entity_id);

-- Every name an entity is known by: from the dictionary, seen in articles, or accepted proposals.
CREATE TABLE aliases (
  entity_id TEXT NOT NULL REFERENCES entities(id),
  alias     TEXT NOT NULL,
  lang      TEXT NOT NULL CHECK (lang IN ('zh', 'en')),
  origin    TEXT NOT NULL CHECK (origin IN ('dictionary', 'article', 'proposal')),
  PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;
CREATE INDEX aliases_by_alias ON aliases(alias);

-- Machine output: re-written whole when an article is reprocessed.
CREATE TABLE mentions (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  entity_id  TEXT NOT NULL REFERENCES entities(id),
  start      INTEGER NOT NULL CHECK (start >= 0),
  "end"      INTEGER NOT NULL CHECK ("end" >= start),
  text       TEXT NOT NULL,
  method     TEXT NOT NULL,
  confidence REAL NOT NULL,
  rule       TEXT NOT NULL,
  PRIMARY KEY (article_id, start, "end", entity_id)
) WITHOUT ROWID;
CREATE INDEX mentions_by_entity ON mentions(entity_id);

-- Machine output. The machine's values stay here; people's changes live in reviews.
-- dropped_run: the reprocess run that no longer produced this event (kept because it was reviewed).
CREATE TABLE events (
  id                 TEXT PRIMARY KEY,
  article_id         TEXT NOT NULL REFERENCES articles(id),
  type               TEXT NOT NULL CHECK (type IN ('departure', 'promotion', 'appointment', 'quote')),
  person_id          TEXT NOT NULL REFERENCES entities(id),
  org_id             TEXT REFERENCES entities(id),
  role_text          TEXT,
  role_en            TEXT,
  date               TEXT,
  date_text          TEXT,
  date_start         INTEGER,
  date_end           INTEGER,
  quote_text         TEXT,
  quote_start        INTEGER,
  quote_end          INTEGER,
  evidence_text      TEXT NOT NULL,
  evidence_start     INTEGER NOT NULL,
  evidence_end       INTEGER NOT NULL,
  more_evidence      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(more_evidence)),
  confidence         REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
  rule               TEXT NOT NULL,
  dictionary_version TEXT NOT NULL,
  rules_version      TEXT NOT NULL,
  run_id             INTEGER NOT NULL REFERENCES runs(id),
  created_at         TEXT NOT NULL,
  dropped_run        INTEGER REFERENCES runs(id),
  CHECK ((role_text IS NULL) <= (role_en IS NULL)),
  CHECK ((date_text IS NULL) = (date_start IS NULL) AND (date_start IS NULL) = (date_end IS NULL)),
  CHECK ((quote_text IS NULL) = (quote_start IS NULL) AND (quote_start IS NULL) = (quote_end IS NULL))
);
CREATE INDEX events_by_article ON events(article_id, evidence_start);
CREATE INDEX events_by_person ON events(person_id);
CREATE INDEX events_by_org ON events(org_id);
CREATE INDEX events_by_type ON events(type);

-- People's decisions, append-only. The latest row gives an event's status; overrides holds the
-- cumulative edited fields since the last reset, so the current state is one row away.
CREATE TABLE reviews (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id  TEXT NOT NULL REFERENCES events(id),
  action    TEXT NOT NULL CHECK (action IN ('accept', 'reject', 'edit', 'reset')),
  changes   TEXT CHECK (changes IS NULL OR json_valid(changes)),
  overrides TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(overrides)),
  reviewer  TEXT,
  note      TEXT,
  at        TEXT NOT NULL,
  CHECK ((action = 'edit') = (changes IS NOT NULL))
);
CREATE INDEX reviews_by_event ON reviews(event_id, id);

CREATE TRIGGER reviews_no_update BEFORE UPDATE ON reviews
BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END;
CREATE TRIGGER reviews_no_delete BEFORE DELETE ON reviews
BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END;
CREATE TRIGGER events_keep_reviewed BEFORE DELETE ON events
WHEN EXISTS (SELECT 1 FROM reviews WHERE event_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'a reviewed event is never deleted'); END;
CREATE TRIGGER entities_keep_edited BEFORE DELETE ON entities
WHEN EXISTS (SELECT 1 FROM reviews
             WHERE json_extract(overrides, '$.person') = OLD.id OR json_extract(overrides, '$.org') = OLD.id)
BEGIN SELECT RAISE(ABORT, 'an entity named by a review is never deleted'); END;

-- Aliases learned from articles, waiting for a person's decision. One row per (entity, alias): the best
-- scored sighting's evidence is kept; every article that proposed it is a sighting.
CREATE TABLE alias_proposals (
  id             INTEGER PRIMARY KEY,
  entity_id      TEXT NOT NULL REFERENCES entities(id),
  entity_name    TEXT NOT NULL,
  alias          TEXT NOT NULL,
  lang           TEXT NOT NULL CHECK (lang IN ('zh', 'en')),
  method         TEXT NOT NULL,
  score          REAL NOT NULL,
  article_id     TEXT NOT NULL REFERENCES articles(id),
  evidence_text  TEXT NOT NULL,
  evidence_start INTEGER NOT NULL,
  evidence_end   INTEGER NOT NULL,
  status         TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted', 'rejected')),
  created_at     TEXT NOT NULL,
  decided_at     TEXT,
  UNIQUE (entity_id, alias)
);
CREATE INDEX alias_proposals_by_status ON alias_proposals(status);
CREATE INDEX alias_proposals_by_article ON alias_proposals(article_id);

CREATE TABLE alias_proposal_sightings (
  proposal_id INTEGER NOT NULL REFERENCES alias_proposals(id) ON DELETE CASCADE,
  article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (proposal_id, article_id)
) WITHOUT ROWID;
CREATE INDEX alias_proposal_sightings_by_article ON alias_proposal_sightings(article_id);
`;

/** Every migration newsanno knows, in the order they apply. */
export const MIGRATIONS: readonly Migration[] = [{ name: '001_initial', up: initial }];
