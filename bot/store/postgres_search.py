"""The schema PostgreSQL search reads (migration "003_search" of ``postgres.py``).

Search on PostgreSQL reads the live tables (``bot/search/pg_candidates.py``), so every process
sees a document the moment its transaction commits; there is no index to build or sync. What
it needs from the schema:

- ``snippets.terms``: a ``tsvector`` of the text (weight A), the speaker's role (B), the
  speaker (C) and the document's title (D), with a GIN index, and ``snippets.words``, how many
  words the text has (BM25's length). A row trigger fills both on insert (the title lives in
  ``documents``, out of a generated column's reach); snippets are never updated. Words are cut
  as tantivy's simple tokenizer cuts them for SQLite (runs of letters and digits), folded with
  ``unaccent`` and stemmed with the Snowball English stemmer *without* a stop-word list (the
  searcher decides what is a stop word, on both backends);
- ``search_words``: for every stemmed word, how many snippets' text (role, title) hold it, and
  ``search_totals``: how many snippets and words there are — document frequencies and the
  average length without counting at query time, and the vocabulary that typos are matched
  against (trigram GIN index);
- ``search_speakers`` / ``search_speaker_parts``: each speaker's quote and snippet counts and
  folded name parts, with a trigram index for misspelled names;
- statement-level triggers on ``snippets`` that keep those counts in the writer's own
  transaction (inserts, deletes and the deletes cascading from ``documents``), in lexeme order
  so concurrent writers never deadlock.

It needs the ``pg_trgm`` and ``unaccent`` extensions (both in PostgreSQL's contrib, both
"trusted": a role with CREATE on the database may install them). They are created in
``public`` if the database has neither; a role that may not gets one clear error saying what
a superuser has to run.
"""

from __future__ import annotations

_WORDS = "regexp_replace({column}, '[^[:alnum:]]+', ' ', 'g')"


def _tsvector(column: str, weight: str) -> str:
    return f"setweight(to_tsvector('citebot_stem', {_WORDS.format(column=column)}), '{weight}')"


SEARCH_SCHEMA = f"""
DO $extensions$
DECLARE
    needed TEXT;
BEGIN
    FOREACH needed IN ARRAY ARRAY['pg_trgm', 'unaccent'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = needed) THEN
            BEGIN
                EXECUTE format('CREATE EXTENSION %I SCHEMA public', needed);
            EXCEPTION WHEN OTHERS THEN
                RAISE EXCEPTION 'search on PostgreSQL needs the % extension and this role cannot'
                    ' create it (%): have a superuser run CREATE EXTENSION % SCHEMA public;'
                    ' in this database, then start Citebot again', needed, SQLERRM, needed;
            END;
        END IF;
    END LOOP;
END
$extensions$;

DO $configs$
DECLARE
    unaccent_dict TEXT := (
        SELECT extnamespace::regnamespace::text || '.unaccent'
        FROM pg_extension WHERE extname = 'unaccent'
    );
BEGIN
    -- Snowball English with no stop words: the searcher's STOP_WORDS decide, as on SQLite.
    CREATE TEXT SEARCH DICTIONARY citebot_english (TEMPLATE = snowball, LANGUAGE = english);
    CREATE TEXT SEARCH CONFIGURATION citebot_stem (PARSER = default);
    CREATE TEXT SEARCH CONFIGURATION citebot_fold (PARSER = default);
    EXECUTE format(
        'ALTER TEXT SEARCH CONFIGURATION citebot_stem ADD MAPPING FOR'
        ' asciiword, word, numword, int, uint, float, sfloat WITH %s, citebot_english',
        unaccent_dict
    );
    EXECUTE format(
        'ALTER TEXT SEARCH CONFIGURATION citebot_fold ADD MAPPING FOR'
        ' asciiword, word, numword, int, uint, float, sfloat WITH %s, simple',
        unaccent_dict
    );
END
$configs$;

CREATE FUNCTION search_terms(text TEXT, role TEXT, speaker TEXT, title TEXT)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $terms$
    SELECT {_tsvector("text", "A")}
        || {_tsvector("role", "B")}
        || {_tsvector("speaker", "C")}
        || {_tsvector("title", "D")}
$terms$;
CREATE FUNCTION search_length(text TEXT) RETURNS INTEGER LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $length$
    SELECT coalesce(
        array_length(regexp_split_to_array(btrim({_WORDS.format(column="text")}), ' '), 1), 0
    )
$length$;
ALTER TABLE snippets ADD COLUMN terms tsvector NOT NULL DEFAULT '';
ALTER TABLE snippets ADD COLUMN words INTEGER NOT NULL DEFAULT 0;
UPDATE snippets s
    SET terms = search_terms(s.text, s.speaker_role, s.speaker, d.title),
        words = search_length(s.text)
    FROM documents d WHERE d.id = s.document_id;
CREATE INDEX snippets_terms ON snippets USING gin (terms);
CREATE INDEX snippets_speaker ON snippets (speaker);
-- Snippets are written once (a changed document is a new one), so on insert only.
CREATE FUNCTION search_index() RETURNS trigger LANGUAGE plpgsql AS $index$
BEGIN
    NEW.terms := search_terms(
        NEW.text, NEW.speaker_role, NEW.speaker,
        (SELECT d.title FROM documents d WHERE d.id = NEW.document_id)
    );
    NEW.words := search_length(NEW.text);
    RETURN NEW;
END
$index$;
CREATE TRIGGER search_index BEFORE INSERT ON snippets
    FOR EACH ROW EXECUTE FUNCTION search_index();

CREATE TABLE search_words (
    lexeme TEXT PRIMARY KEY,
    texts INTEGER NOT NULL DEFAULT 0,
    roles INTEGER NOT NULL DEFAULT 0,
    titles INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE search_speakers (
    name TEXT PRIMARY KEY,
    quotes INTEGER NOT NULL DEFAULT 0,
    snippets INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE search_speaker_parts (
    part TEXT NOT NULL,
    name TEXT NOT NULL REFERENCES search_speakers(name) ON DELETE CASCADE,
    PRIMARY KEY (part, name)
);
CREATE TABLE search_totals (snippets BIGINT NOT NULL, words BIGINT NOT NULL);
INSERT INTO search_totals VALUES (0, 0);

DO $trigrams$
DECLARE
    ops TEXT := (
        SELECT extnamespace::regnamespace::text || '.gin_trgm_ops'
        FROM pg_extension WHERE extname = 'pg_trgm'
    );
BEGIN
    -- On lower(): an index on the bare column would also answer '=', and the planner
    -- then prefers it to the primary key for exact look-ups (slower by far).
    EXECUTE format(
        'CREATE INDEX search_words_trigrams ON search_words USING gin (lower(lexeme) %s)', ops
    );
    EXECUTE format(
        'CREATE INDEX search_speaker_parts_trigrams'
        ' ON search_speaker_parts USING gin (lower(part) %s)',
        ops
    );
END
$trigrams$;

CREATE FUNCTION search_count() RETURNS trigger LANGUAGE plpgsql AS $count$
DECLARE
    sign INTEGER := CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END;
BEGIN
    -- In lexeme and name order, so two writers never wait on each other in a cycle.
    INSERT INTO search_words AS w (lexeme, texts, roles, titles)
        SELECT t.lexeme,
               sign * count(*) FILTER (WHERE 'A' = ANY(t.weights)),
               sign * count(*) FILTER (WHERE 'B' = ANY(t.weights)),
               sign * count(*) FILTER (WHERE 'D' = ANY(t.weights))
        FROM changed c, unnest(c.terms) t
        GROUP BY t.lexeme
        HAVING bool_or(t.weights && ARRAY['A', 'B', 'D'])
        ORDER BY t.lexeme
    ON CONFLICT (lexeme) DO UPDATE SET
        texts = w.texts + excluded.texts,
        roles = w.roles + excluded.roles,
        titles = w.titles + excluded.titles;
    INSERT INTO search_speakers AS s (name, quotes, snippets)
        SELECT speaker, sign * count(*) FILTER (WHERE kind = 'quote'), sign * count(*)
        FROM changed WHERE speaker <> ''
        GROUP BY speaker ORDER BY speaker
    ON CONFLICT (name) DO UPDATE
        SET quotes = s.quotes + excluded.quotes, snippets = s.snippets + excluded.snippets;
    IF sign > 0 THEN
        INSERT INTO search_speaker_parts (part, name)
            SELECT DISTINCT t.lexeme, c.speaker
            FROM changed c,
                unnest(to_tsvector('citebot_fold', {_WORDS.format(column="c.speaker")})) t
            WHERE c.speaker <> ''
            ORDER BY 1, 2
        ON CONFLICT DO NOTHING;
    ELSE
        DELETE FROM search_words WHERE texts <= 0 AND roles <= 0 AND titles <= 0
            AND lexeme IN (SELECT t.lexeme FROM changed c, unnest(c.terms) t);
        DELETE FROM search_speakers WHERE snippets <= 0
            AND name IN (SELECT speaker FROM changed);
    END IF;
    UPDATE search_totals SET
        snippets = snippets + sign * (SELECT count(*) FROM changed),
        words = words + sign * (SELECT coalesce(sum(c.words), 0) FROM changed c);
    RETURN NULL;
END
$count$;

-- What is stored already, counted once; the triggers keep it from here on.
INSERT INTO search_words (lexeme, texts, roles, titles)
    SELECT t.lexeme, count(*) FILTER (WHERE 'A' = ANY(t.weights)),
           count(*) FILTER (WHERE 'B' = ANY(t.weights)),
           count(*) FILTER (WHERE 'D' = ANY(t.weights))
    FROM snippets c, unnest(c.terms) t
    GROUP BY t.lexeme
    HAVING bool_or(t.weights && ARRAY['A', 'B', 'D']);
INSERT INTO search_speakers (name, quotes, snippets)
    SELECT speaker, count(*) FILTER (WHERE kind = 'quote'), count(*)
    FROM snippets WHERE speaker <> '' GROUP BY speaker;
INSERT INTO search_speaker_parts (part, name)
    SELECT DISTINCT t.lexeme, s.name
    FROM search_speakers s,
        unnest(to_tsvector('citebot_fold', {_WORDS.format(column="s.name")})) t;
UPDATE search_totals SET snippets = (SELECT count(*) FROM snippets),
    words = (SELECT coalesce(sum(words), 0) FROM snippets);

CREATE TRIGGER search_count_added AFTER INSERT ON snippets
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_count();
CREATE TRIGGER search_count_removed AFTER DELETE ON snippets
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_count();
"""
