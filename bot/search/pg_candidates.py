"""Candidates from PostgreSQL's own indexes over the live tables (the PostgreSQL store's source).

Nothing is built or kept in step: ``snippets.terms`` (a ``tsvector`` with a GIN index), the
word and speaker counts the store's triggers keep, and ``pg_trgm`` indexes over words and name
parts are all the source reads (schema: ``bot/store/postgres_search.py``), so every process
sees a document the moment it is committed.

A query becomes weighted items, each a ``tsquery`` with a weight and the number of rows it
reads: a known word in the text (its inverse document frequency), in the title and the
speaker's role (less), the look-alikes of an unknown word (typos through trigram similarity
and edit distance, longer forms through a prefix; a constant, as tantivy's fuzzy queries
score), a quoted phrase, the named speakers' name parts (scored, never fetched by: their own
words are fetched on their own, ``_spoken``).

PostgreSQL has no top-k pruning for an OR of words, so the rows a query reads are budgeted
(``retrieval``): words are taken rarest first while their rows fit in ``BUDGET``; the commoner
ones then only fetch rows holding two of them (estimated as if independent, most selective
pairs first, at most ``BUDGET`` rows read however wrong the estimate), and never two words
that are each in more than ``MAX_POSTINGS`` rows. A snippet that holds one very common word of
the query and nothing else is almost never a good answer. On a corpus the size of the labelled
sets the budget never bites and the fetch is an OR of every item, as on tantivy.

The rows read are pre-ordered in SQL by their weighted matches; ``OVERFETCH`` rows per
candidate wanted are then ordered by tantivy's own score for the same query (``bm25.py``), so
the candidates and the BM25 share the ranker sees are, as far as the counts agree, those the
SQLite backend would give it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from itertools import combinations
from typing import Any

import psycopg
from psycopg import sql
from rapidfuzz.distance import Levenshtein

from bot.search.analysis import QueryPlan
from bot.search.bm25 import K1, Bm25, Frequencies, idf
from bot.search.candidates import (
    CONTEXT_BOOST,
    PHRASE_BOOST,
    SPEAKER_BOOST,
    Candidate,
    CandidateQuery,
    CandidateSource,
    merge,
)
from bot.search.speakers import SpeakerDirectory, SpeakerHint, may_name
from bot.store.base import StoreError
from bot.store.postgres import PostgresStore

log = logging.getLogger(__name__)

BUDGET = 2000  # rows one candidate query may score
FUZZY_WEIGHT = 1.0  # a look-alike of an unknown word, whatever its frequency
MAX_PAIRS = 12  # pairs of common words tried at most
MAX_POSTINGS = 50_000  # rows of a word beyond which listing them from the index costs 10+ ms
MAX_LOOKALIKES = 24  # most frequent look-alikes kept per unknown word
TRIGRAM_FLOOR = 0.05  # the loosest trigram similarity ever asked for (see _floor)
QUERY_CACHE_S = 2.0  # a query's look-ups are reused for at most this long
PRESCORE_B = 0.3  # the SQL pre-order's length normalisation (BM25's is 0.75)
OVERFETCH = 3  # rows fetched per candidate wanted, for tantivy's scoring to order (bm25.py)

_LEXEME = """
    SELECT w, x.lexeme, coalesce(sw.texts, 0), coalesce(sw.roles, 0), coalesce(sw.titles, 0),
        (SELECT coalesce(sum(sp.snippets), 0) FROM search_speaker_parts p
         JOIN search_speakers sp ON sp.name = p.name WHERE p.part = w)
    FROM unnest(%s::text[]) AS w
    CROSS JOIN LATERAL (
        SELECT (tsvector_to_array(to_tsvector('citebot_stem', w)))[1] AS lexeme
    ) AS x
    LEFT JOIN search_words sw ON sw.lexeme = x.lexeme
"""
_COLUMNS = """
    s.id, s.kind, s.subkind, s.text, s.speaker, cardinality(s.figures), b.score,
    d.title, s.speaker_role
"""
# A query here reads a few thousand rows at most: starting parallel workers costs more than
# it saves (and takes the cores other requests need). An unordered query ends at its LIMIT,
# which can make a scan of the whole table look cheap to the planner when it misjudges how
# many rows match (none, say): that costs seconds at a million snippets, so those use indexes.
# Each row read joins its own document by primary key, whatever the planner thinks the
# filters select: the rows are a few thousand at most, and a freshly migrated or loaded
# store without statistics otherwise gets a join against every document (65 ms at 100k).
_DOCUMENT = "CROSS JOIN LATERAL (SELECT * FROM documents d WHERE d.id = s.document_id OFFSET 0) d"
_SERIAL = {"max_parallel_workers_per_gather": 0}
_INDEXED = {**_SERIAL, "enable_seqscan": 0}
_TRIGRAMS = "pg_trgm.similarity_threshold"


@dataclass(frozen=True)
class _Word:
    lexeme: str  # as the text search configuration stems it ('' when it has none)
    texts: int  # snippets whose text holds it
    roles: int  # snippets whose speaker's role holds it
    titles: int  # snippets whose document's title holds it
    spoken: int = 0  # snippets said by someone with it in their name (unstemmed)


@dataclass(frozen=True)
class Item:
    """One scored part of a candidate query."""

    query: str  # tsquery text
    weight: float
    rows: float  # how many snippets it matches (estimated for phrases)
    in_text: bool = True  # matched in the text (its score is length-normalised), or elsewhere
    find: str = ""  # the tsquery that fetches its rows: without weights, which the GIN index
    # cannot check (every row would be read back to check them), where that is a superset;
    # "-" for an item that only scores (the named speakers' words are fetched on their own)

    @property
    def fetches(self) -> str:
        return "" if self.find == "-" else self.find or self.query


def lexeme_query(lexeme: str, weight: str = "") -> str:
    """One lexeme as tsquery text, restricted to the fields of ``weight`` (A text, B role,
    C speaker)."""
    quoted = lexeme.replace("\\", "\\\\").replace("'", "''")
    return f"'{quoted}'" + (f":{weight}" if weight else "")


@dataclass(frozen=True)
class Retrieval:
    """The tsqueries that pick the rows worth scoring (see the module docstring)."""

    rare: str  # items whose rows fit the budget together: read whole
    pairs: str  # pairs of the commoner ones: estimated as independent, so read at most a cap
    whole: bool = True  # every item is in ``rare``: nothing else matches


def fetches(items: Sequence[Item]) -> dict[str, float]:
    """Each distinct fetch of ``items`` and how many rows it reads: a word in the text and in
    the title is one fetch, its rows counted together."""
    fetched: dict[str, float] = {}
    for item in items:
        if item.rows > 0 and item.fetches:
            fetched[item.fetches] = fetched.get(item.fetches, 0.0) + item.rows
    return fetched


def retrieval(items: Sequence[Item], total: int, budget: int | None = None) -> Retrieval:
    """Rare items alone, rarest first, while their rows fit ``budget``; then the commoner
    ones in pairs, most selective first, while the estimate fits (at most MAX_PAIRS)."""
    budget = BUDGET if budget is None else budget
    fetched = fetches(items)
    rare: list[str] = []
    spent = 0.0
    common: list[tuple[str, float]] = []
    for find, rows in sorted(fetched.items(), key=lambda f: (f[1], f[0])):
        if spent + rows <= budget:
            rare.append(find)
            spent += rows
        else:
            common.append((find, rows))
    pairs: list[str] = []
    estimated = 0.0
    for rows, a, b in sorted(
        (a[1] * b[1] / max(total, 1), a[0], b[0])
        for a, b in combinations(common, 2)
        if min(a[1], b[1]) <= MAX_POSTINGS  # one word selective enough to drive the index
    ):
        if estimated + rows > budget or len(pairs) >= MAX_PAIRS:
            break
        pairs.append(f"({a}) & ({b})")
        estimated += rows
    either = " | ".join(f"({c})" for c in rare)
    return Retrieval(either, " | ".join(f"({c})" for c in pairs), not common)


class PostgresCandidates(CandidateSource):
    """Search through one PostgreSQL store's tables."""

    def __init__(self, store: PostgresStore):
        self.store = store
        self._trigram_operator: sql.Composable | None = None
        # What this query looked up already (each thread answers one query at a time): the
        # searcher asks for a word's frequency, then the candidate query needs it again.
        self._query = threading.local()

    def refresh(self) -> None:
        """A query begins: forget the last one's look-ups (the tables are read live)."""
        self._query.words = {}
        self._query.totals = None
        self._query.started = time.monotonic()

    @contextmanager
    def session(self) -> Iterator[None]:
        """Hold one pooled connection for a whole query (a dozen statements): borrowing it
        once costs one connection check, not one per statement."""
        if getattr(self._query, "conn", None) is not None:
            yield  # already inside one (a nested call)
            return
        with self.store.connection() as conn:
            self._query.conn = conn
            try:
                yield
            finally:
                self._query.conn = None

    def _cached(self) -> bool:
        started = getattr(self._query, "started", None)
        return started is not None and time.monotonic() - started < QUERY_CACHE_S

    # -- what the searcher asks ------------------------------------------------------------

    def total(self) -> int:
        return self._totals()[0]

    def _totals(self) -> tuple[int, float]:
        """How many snippets there are, and how many words their texts have on average."""
        if self._cached() and self._query.totals is not None:
            return self._query.totals
        row = self._one("SELECT snippets, words FROM search_totals")
        snippets, words = (int(row[0]), int(row[1])) if row else (0, 0)
        totals = snippets, (words / snippets if snippets else 1.0)
        if self._cached():
            self._query.totals = totals
        return totals

    def doc_freqs(self, words: Iterable[str]) -> dict[str, int]:
        return {word: found.texts for word, found in self._words(words).items()}

    def speaker_freqs(self, words: Iterable[str]) -> dict[str, int]:
        wanted = sorted(set(words))
        if not wanted:
            return {}
        rows = self._all(
            "SELECT w, coalesce(sum(s.snippets), 0) FROM unnest(%s::text[]) AS w"
            " LEFT JOIN search_speaker_parts p ON p.part = w"
            " LEFT JOIN search_speakers s ON s.name = p.name GROUP BY w",
            (wanted,),
        )
        return {str(w): int(n) for w, n in rows}

    def speaker_hint(
        self,
        plan: QueryPlan,
        common: Callable[[str], bool],
        known: Callable[[str], bool],
    ) -> SpeakerHint | None:
        # Only the names SpeakerDirectory.find could pick among all of them: those with a
        # part that is a query word, and for a word that may be a typo (four letters or more,
        # not a word the corpus writes) those with a part that looks like it (``_floor``).
        exact = sorted({t.word for t in plan.words if may_name(t.word)})
        if not exact:
            return None
        typos = [w for w in exact if len(w) >= 4 and not known(w)]
        query = sql.SQL(
            "SELECT p.name FROM search_speaker_parts p"
            " JOIN search_speakers s ON s.name = p.name AND s.quotes > 0"
            " WHERE p.part = ANY(%s)"
            " UNION SELECT p.name FROM unnest(%s::text[]) AS w"
            " JOIN search_speaker_parts p ON lower(p.part) {} w"
            " JOIN search_speakers s ON s.name = p.name AND s.quotes > 0"
        ).format(self._similar())
        settings = {_TRIGRAMS: _floor(typos)} if typos else None
        rows = self._all(query, (exact, typos), settings=settings)
        return SpeakerDirectory(sorted(str(row[0]) for row in rows)).find(plan, common, known)

    def role_speakers(self, words: tuple[str, ...], limit: int, workspace: str = "") -> set[str]:
        found = [w for w in self._words(words).values() if w.lexeme]
        if not found or any(not w.roles for w in found):
            return set()  # a word no role has: nobody holds that role (and no scan to say so)
        every = " & ".join(lexeme_query(w.lexeme, "B") for w in found)
        anywhere = " & ".join(lexeme_query(w.lexeme) for w in found)
        # The index cannot tell a role's word from the same word in a text ("nationally on
        # …" asks for a role with 'nation'): at most a budget of rows holding the words
        # anywhere is read to find the role's.
        rows = self._all(
            "SELECT s.speaker FROM (SELECT * FROM snippets s WHERE s.terms @@ %s::tsquery"
            f" LIMIT %s) s {_DOCUMENT}"
            " WHERE s.terms @@ %s::tsquery AND s.kind = 'quote' AND s.speaker <> ''"
            " AND d.workspace = %s LIMIT %s",
            (anywhere, BUDGET, every, workspace, limit),
            settings=_INDEXED,
        )
        return {str(row[0]) for row in rows}

    def fetch(self, query: CandidateQuery) -> list[Candidate]:
        items, scorer = self._plan(query)
        if not items and not query.speakers:
            return []
        score = _score(items, scorer.average)
        chosen = retrieval(items, scorer.total)
        parts: list[tuple[str, Sequence[Any], int | None]] = []
        if chosen.rare:
            parts.append(("s.terms @@ %s::tsquery", [chosen.rare], None))
        if chosen.pairs:
            parts.append(("s.terms @@ %s::tsquery", [chosen.pairs], BUDGET))
        found = self._best(score, parts, query, OVERFETCH * query.limit) if parts else []
        topping = [find for find, rows in fetches(items).items() if rows <= MAX_POSTINGS]
        if len(found) < query.limit and not chosen.whole and topping:
            # Too few rows in the budget: any other match of a word not in half the corpus
            # will do (no order, so the scan stops at the limit; the index still has to list
            # every row of each word first, hence not the commonest).
            anything = " | ".join(f"({fetch})" for fetch in topping)
            more = "s.terms @@ %s::tsquery AND NOT s.id = ANY(%s)"
            params = [anything, [c.id for c in found]]
            rest = query.limit - len(found)
            found += self._best(score, [(more, params, rest)], query, rest, ordered=False)
        found = scorer.rescore(found)[: query.limit]
        if query.speakers:
            found = merge(found, self._spoken(query, chosen.rare, score, scorer))
        return found

    def _spoken(
        self,
        query: CandidateQuery,
        rare: str,
        score: tuple[sql.Composable, list[Any]],
        scorer: Bm25,
    ) -> list[Candidate]:
        """The named speakers' own words, best first: those with one of the query's rarer
        words (the budget's), then, if too few, any (a name shared by many namesakes may
        have tens of thousands of quotes: they are not all read)."""
        names = sorted(query.speakers)
        rows: list[Candidate] = []
        if rare:
            condition = "s.speaker = ANY(%s) AND s.terms @@ %s::tsquery"
            parts = [(condition, [names, rare], BUDGET)]
            rows = self._best(score, parts, query, OVERFETCH * query.speaker_limit)
        if len(rows) < query.speaker_limit:
            rest = query.speaker_limit - len(rows)
            condition = "s.speaker = ANY(%s) AND NOT s.id = ANY(%s)"
            more = [(condition, [names, [c.id for c in rows]], rest)]
            rows += self._best(score, more, query, rest, ordered=False)
        return scorer.rescore(rows, with_speaker=True)[: query.speaker_limit]

    # -- building the query ----------------------------------------------------------------

    def _plan(self, query: CandidateQuery) -> tuple[list[Item], Bm25]:
        """The weighted items that pick and pre-order rows in SQL, and tantivy's scoring of
        the same query that orders them in the end."""
        total, average = self._totals()
        words = [t.word for t in (*query.known, *query.parts, *query.unknown)]
        words += [t.word for phrase in query.phrases for t in phrase]
        words += sorted(query.speaker_words)
        found = self._words(words)
        named = self.speaker_freqs(query.speaker_words) if query.speakers else {}
        scorer = Bm25(
            query,
            Frequencies(
                texts={w: f.texts for w, f in found.items()},
                titles={w: f.titles for w, f in found.items()},
                roles={w: f.roles for w, f in found.items()},
                speakers=named,
                total=total,
                average_text=average,
            ),
        )
        weights: dict[str, float] = {}
        rows: dict[str, float] = {}

        finds: dict[str, str] = {}

        def add(text: str, weight: float, count: float, find: str = "") -> None:
            weights[text] = weights.get(text, 0.0) + weight
            rows[text] = count
            finds[text] = find

        for term in (*query.known, *query.parts):
            seen = found[term.word]
            anywhere = lexeme_query(seen.lexeme)
            if seen.texts:
                # Fetched without weights, the word brings the rows of everyone whose name
                # it is too ("lochman"): count them, or the budget is a fiction.
                weight = idf(seen.texts, total)
                rows_read = seen.texts + seen.spoken
                add(lexeme_query(seen.lexeme, "A"), weight, rows_read, anywhere)
            if term in query.known:
                for field, rows_in in (("B", seen.roles), ("D", seen.titles)):
                    if rows_in:
                        weight = CONTEXT_BOOST * idf(rows_in, total)
                        add(lexeme_query(seen.lexeme, field), weight, rows_in, anywhere)
        unknown = [found[t.word].lexeme for t in query.unknown if len(t.stem) >= 3]
        for lookalikes in self._lookalikes([u for u in unknown if u]).values():
            if lookalikes:
                either = " | ".join(lexeme_query(other, "A") for other in lookalikes)
                anywhere = " | ".join(lexeme_query(other) for other in lookalikes)
                add(either, FUZZY_WEIGHT, sum(lookalikes.values()), anywhere)
        for phrase in query.phrases:
            lexemes = [found[t.word] for t in phrase]
            if all(w.texts for w in lexemes):
                text = " <-> ".join(lexeme_query(w.lexeme, "A") for w in lexemes)
                weight = PHRASE_BOOST * sum(idf(w.texts, total) for w in lexemes)
                add(text, weight, min(w.texts for w in lexemes))
        for part in sorted(query.speaker_words):
            lexeme = found[part].lexeme
            if lexeme and named.get(part):
                weight = SPEAKER_BOOST * idf(named[part], total)
                add(lexeme_query(lexeme, "C"), weight, named[part], "-")
        # Only the text's items end in :A (a fuzzy item is an OR of them, a phrase a chain).
        items = [
            Item(text, weights[text], rows[text], text.endswith(":A"), finds[text])
            for text in weights
        ]
        return items, scorer

    def _lookalikes(self, lexemes: list[str]) -> dict[str, dict[str, int]]:
        """For each unknown lexeme, the corpus's lexemes within one edit (up to five letters)
        or two, and those it starts (four letters or more), with how many texts hold them."""
        if not lexemes:
            return {}
        query = sql.SQL(
            "SELECT q, sw.lexeme, sw.texts FROM unnest(%s::text[]) AS q"
            " JOIN search_words sw ON lower(sw.lexeme) {} q AND sw.texts > 0"
            " AND abs(length(sw.lexeme) - length(q)) <= 2"
            " UNION"
            " SELECT q, sw.lexeme, sw.texts FROM unnest(%s::text[]) AS q"
            " JOIN search_words sw ON lower(sw.lexeme) LIKE q || '%%' AND sw.texts > 0"
            " WHERE length(q) >= 4"
        ).format(self._similar())
        rows = self._all(query, (lexemes, lexemes), settings={_TRIGRAMS: _floor(lexemes)})
        found: dict[str, dict[str, int]] = {lexeme: {} for lexeme in lexemes}
        for asked, lexeme, texts in rows:
            distance = 1 if len(asked) <= 5 else 2
            prefix = len(asked) >= 4 and lexeme.startswith(asked)
            if prefix or Levenshtein.distance(asked, lexeme, score_cutoff=distance) <= distance:
                found[asked][lexeme] = int(texts)
        return {
            asked: dict(sorted(options.items(), key=lambda o: -o[1])[:MAX_LOOKALIKES])
            for asked, options in found.items()
        }

    def _best(
        self,
        score: tuple[sql.Composable, list[Any]],
        parts: Sequence[tuple[str, Sequence[Any], int | None]],
        query: CandidateQuery,
        limit: int,
        ordered: bool = True,
    ) -> list[Candidate]:
        """The best ``limit`` rows by ``score`` (unordered: the first read, unscored) that meet
        any of ``parts`` (a condition, its parameters, and at most how many of its rows to
        read) and the query's filters."""
        score_sql, score_params = score if ordered else (sql.SQL("0.0"), [])
        hits: list[sql.Composable] = []
        params: list[Any] = []
        for condition, condition_params, cap in parts:
            hits.append(
                sql.SQL(
                    "(SELECT s.id, s.document_id, s.kind, {score} AS score FROM snippets s"
                    " WHERE {condition}{cap})"
                ).format(
                    score=score_sql,
                    condition=sql.SQL(condition),
                    cap=sql.SQL(" LIMIT {}").format(sql.Literal(cap)) if cap else sql.SQL(""),
                )
            )
            params += [*score_params, *condition_params]
        filters, filter_params = _filters(query)
        # Scored and cut to the best on narrow rows; only the winners' text is read.
        statement = sql.SQL(
            "WITH hits AS MATERIALIZED ({hits}), best AS (SELECT s.id, s.score FROM hits s"
            f" {_DOCUMENT} WHERE TRUE{{filters}}"
            " {order} LIMIT %s)"
            " SELECT {columns} FROM best b JOIN snippets s ON s.id = b.id"
            " JOIN documents d ON d.id = s.document_id ORDER BY b.score DESC, b.id"
        ).format(
            hits=sql.SQL(" UNION ").join(hits),
            filters=filters,
            order=sql.SQL("ORDER BY s.score DESC, s.id" if ordered else ""),
            columns=sql.SQL(_COLUMNS),
        )
        settings = _SERIAL if ordered else _INDEXED
        rows = self._all(statement, [*params, *filter_params, limit], settings=settings)
        return [
            Candidate(
                id=int(r[0]),
                kind=str(r[1]),
                subkind=str(r[2]),
                text=str(r[3]),
                speaker=str(r[4]),
                figures=int(r[5] or 0),
                bm25=float(r[6]),
                title=str(r[7]),
                role=str(r[8]),
            )
            for r in rows
        ]

    # -- reading ---------------------------------------------------------------------------

    def _words(self, words: Iterable[str]) -> dict[str, _Word]:
        asked = set(words)
        known: dict[str, _Word] = self._query.words if self._cached() else {}
        wanted = sorted(asked - set(known))
        if wanted:
            rows = self._all(_LEXEME, (wanted,))
            for w, lexeme, texts, roles, titles, spoken in rows:
                found = _Word(str(lexeme or ""), int(texts), int(roles), int(titles), int(spoken))
                known[str(w)] = found
        return {word: known[word] for word in asked}

    def _similar(self) -> sql.Composable:
        """pg_trgm's similarity operator, qualified by the schema it was installed in."""
        if self._trigram_operator is None:
            row = self._one(
                "SELECT extnamespace::regnamespace::text FROM pg_extension"
                " WHERE extname = 'pg_trgm'"
            )
            if row is None:
                raise StoreError(f"{self.store!r}: the pg_trgm extension is missing")
            self._trigram_operator = sql.SQL("OPERATOR({}.%%)").format(sql.SQL(row[0]))
        return self._trigram_operator

    def _one(self, query: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        rows = self._all(query, params)
        return rows[0] if rows else None

    def _all(
        self,
        query: str | sql.Composed,
        params: Sequence[Any] = (),
        settings: Mapping[str, float] | None = None,
    ) -> list[tuple[Any, ...]]:
        """Run one query, with ``settings`` for its transaction only, on the session's
        connection if a query holds one."""
        held: psycopg.Connection[tuple[Any, ...]] | None = getattr(self._query, "conn", None)
        try:
            with nullcontext(held) if held is not None else self.store.connection() as conn:
                if not settings:
                    return conn.execute(query, params).fetchall()
                with conn.transaction():
                    conn.execute(
                        "SELECT " + ", ".join(["set_config(%s, %s, true)"] * len(settings)),
                        [v for name, value in settings.items() for v in (name, str(value))],
                    )
                    return conn.execute(query, params).fetchall()
        except psycopg.Error as exc:
            raise StoreError(
                f"{self.store!r}: search failed ({' '.join(str(exc).split())})"
            ) from exc


def _floor(words: Sequence[str]) -> float:
    """A trigram similarity no word within reach of one of ``words`` falls below.

    A word of n letters has n+1 trigrams as pg_trgm pads it; e edits (one up to five letters,
    two beyond, as the searcher allows) keep at least n+1-3e of them, and the other word has
    at most n+1+e; the similarity is then at least (n+1-3e) / (n+1+4e).
    """
    bounds = []
    for word in words:
        n, e = len(word) + 1, (1 if len(word) <= 5 else 2)
        bounds.append((n - 3 * e) / (n + 4 * e))
    return round(max(TRIGRAM_FLOOR, min(bounds, default=1.0) - 0.01), 3)


def _filters(query: CandidateQuery) -> tuple[sql.Composable, list[Any]]:
    """The conditions every candidate query of this source carries: the one place to add one."""
    workspace = sql.SQL(" AND d.workspace = %s")
    if query.kind == "any":
        return workspace, [query.workspace]
    return workspace + sql.SQL(" AND s.kind = %s"), [query.workspace, query.kind]


def _score(items: Sequence[Item], average: float) -> tuple[sql.Composable, list[Any]]:
    """BM25's shape for one occurrence of each item: the text's items normalised by the text's
    length against the average (more gently than BM25: this cannot see a long text's repeated
    words, which tantivy's scoring will credit), the other fields' items as they are."""
    if not items:
        return sql.SQL("0.0"), []
    in_text = [item for item in items if item.in_text]
    elsewhere = [item for item in items if not item.in_text]
    term = sql.SQL("%s * (s.terms @@ %s::tsquery)::int")
    params: list[Any] = [v for item in (*in_text, *elsewhere) for v in (item.weight, item.query)]
    norm = sql.SQL("{k}::float8 / (1 + {k1} * (1 - {b} + {b} * s.words / {avg}))").format(
        k=sql.Literal(K1 + 1),
        k1=sql.Literal(K1),
        b=sql.Literal(PRESCORE_B),
        avg=sql.Literal(max(average, 1.0)),
    )
    text_score = sql.SQL("({}) * {}").format(sql.SQL(" + ").join([term] * len(in_text)), norm)
    parts = ([text_score] if in_text else []) + [term] * len(elsewhere)
    return sql.SQL("({})").format(sql.SQL(" + ").join(parts)), params
