"""Candidates from PostgreSQL's own indexes over the live tables (the PostgreSQL store's source).

Nothing is built or kept in step: ``snippets.terms`` (a generated ``tsvector`` with a GIN
index), the word and speaker counts the store's triggers keep, and ``pg_trgm`` indexes over
words and name parts are all the source reads (schema: ``bot/store/postgres_search.py``), so
every process sees a document the moment it is committed.

A query becomes weighted items, each a ``tsquery`` with a weight and the number of rows it
matches: a known word in the text (its inverse document frequency) and in the speaker's role
(less), the look-alikes of an unknown word (typos through trigram similarity and edit
distance, longer forms through a prefix; a small constant, as tantivy's fuzzy queries score),
a quoted phrase, the named speaker's name parts. Rows are scored with BM25's shape (one
occurrence, length-normalised) in SQL and the best ``limit`` go to the ranker.

PostgreSQL has no top-k pruning for an OR of words, so the rows a query may score are
budgeted: words are taken rarest first while the rows they match fit in ``BUDGET``; the
commoner ones then only fetch rows holding two of them (estimated as if independent, most
selective pairs first). A snippet that holds one very common word of the query and nothing
else is almost never a good answer, and if too few rows come back, unscored matches of any
item fill up to the limit. On a corpus this size budget never bites (the labelled suites),
and the query is an OR of every item, as on tantivy.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

import psycopg
from psycopg import sql
from rapidfuzz.distance import Levenshtein

from bot.search.analysis import QueryPlan
from bot.search.bm25 import K1, B, Bm25, Frequencies, idf
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

BUDGET = 5000  # rows one candidate query may score
FUZZY_WEIGHT = 1.0  # a look-alike of an unknown word, whatever its frequency
MAX_LOOKALIKES = 24  # most frequent look-alikes kept per unknown word
TRIGRAM_FLOOR = 0.05  # the loosest trigram similarity ever asked for (see _floor)
OVERFETCH = 3  # rows fetched per candidate wanted, for tantivy's scoring to order (bm25.py)

_LEXEME = """
    SELECT w, x.lexeme, coalesce(sw.texts, 0), coalesce(sw.roles, 0), coalesce(sw.titles, 0)
    FROM unnest(%s::text[]) AS w
    CROSS JOIN LATERAL (
        SELECT (tsvector_to_array(to_tsvector('citebot_stem', w)))[1] AS lexeme
    ) AS x
    LEFT JOIN search_words sw ON sw.lexeme = x.lexeme
"""
_COLUMNS = """
    s.id, s.kind, s.subkind, s.text, s.speaker, cardinality(s.figures), {score},
    d.title, s.speaker_role
"""


@dataclass(frozen=True)
class _Word:
    lexeme: str  # as the text search configuration stems it ('' when it has none)
    texts: int  # snippets whose text holds it
    roles: int  # snippets whose speaker's role holds it
    titles: int  # snippets whose document's title holds it


@dataclass(frozen=True)
class Item:
    """One scored part of a candidate query."""

    query: str  # tsquery text
    weight: float
    rows: float  # how many snippets it matches (estimated for phrases)
    in_text: bool = True  # matched in the text (its score is length-normalised), or elsewhere


def lexeme_query(lexeme: str, weight: str = "") -> str:
    """One lexeme as tsquery text, restricted to the fields of ``weight`` (A text, B role,
    C speaker)."""
    quoted = lexeme.replace("\\", "\\\\").replace("'", "''")
    return f"'{quoted}'" + (f":{weight}" if weight else "")


def retrieval(items: Sequence[Item], total: int, budget: int = BUDGET) -> str:
    """The tsquery that picks the rows worth scoring: rare items alone, common ones in pairs,
    as many as fit the budget (see the module docstring)."""
    clauses: list[str] = []
    spent = 0.0
    common: list[Item] = []
    for item in sorted(items, key=lambda i: i.rows):
        if item.rows <= 0:
            continue
        if spent + item.rows <= budget:
            clauses.append(item.query)
            spent += item.rows
        else:
            common.append(item)
    pairs = sorted(
        (a.rows * b.rows / max(total, 1), a.query, b.query) for a, b in combinations(common, 2)
    )
    for rows, a, b in pairs:
        if spent + rows > budget:
            break
        clauses.append(f"({a}) & ({b})")
        spent += rows
    return " | ".join(f"({c})" for c in clauses)


class PostgresCandidates(CandidateSource):
    """Search through one PostgreSQL store's tables."""

    def __init__(self, store: PostgresStore):
        self.store = store
        self._trigram_operator: sql.Composable | None = None

    # -- what the searcher asks ------------------------------------------------------------

    def total(self) -> int:
        return self._totals()[0]

    def _totals(self) -> tuple[int, float]:
        """How many snippets there are, and how many words their texts have on average."""
        row = self._one("SELECT snippets, words FROM search_totals")
        snippets, words = (int(row[0]), int(row[1])) if row else (0, 0)
        return snippets, (words / snippets if snippets else 1.0)

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
        rows = self._all(query, (exact, typos), threshold=_floor(typos) if typos else None)
        return SpeakerDirectory(sorted(str(row[0]) for row in rows)).find(plan, common, known)

    def role_speakers(self, words: tuple[str, ...], limit: int, workspace: str = "") -> set[str]:
        lexemes = [w.lexeme for w in self._words(words).values() if w.lexeme]
        if not lexemes:
            return set()
        every = " & ".join(lexeme_query(lexeme, "B") for lexeme in lexemes)
        rows = self._all(
            "SELECT s.speaker FROM snippets s JOIN documents d ON d.id = s.document_id"
            " WHERE s.terms @@ %s::tsquery AND s.kind = 'quote' AND s.speaker <> ''"
            " AND d.workspace = %s LIMIT %s",
            (every, workspace, limit),
        )
        return {str(row[0]) for row in rows}

    def fetch(self, query: CandidateQuery) -> list[Candidate]:
        items, scorer = self._plan(query)
        if not items and not query.speakers:
            return []
        total = scorer.total
        score, score_params = _score(items, scorer.average)
        found: list[Candidate] = []
        chosen = retrieval(items, total)
        if chosen:
            rows = self._select(
                score,
                score_params,
                sql.SQL("s.terms @@ %s::tsquery"),
                [chosen],
                query,
                OVERFETCH * query.limit,
            )
            found = rows
        if len(found) < query.limit and items:
            # Too few rows in the budget: any other match will do (cheap: no order, so the
            # scan stops at the limit).
            anything = " | ".join(f"({item.query})" for item in items)
            found += self._select(
                sql.SQL("0.0"),
                [],
                sql.SQL("s.terms @@ %s::tsquery AND NOT s.id = ANY(%s)"),
                [anything, [c.id for c in found]],
                query,
                query.limit - len(found),
                ordered=False,
            )
        found = scorer.rescore(found)[: query.limit]
        if query.speakers:
            by_speaker = self._select(
                score,
                score_params,
                sql.SQL("s.speaker = ANY(%s)"),
                [sorted(query.speakers)],
                query,
                OVERFETCH * query.speaker_limit,
            )
            best = scorer.rescore(by_speaker, with_speaker=True)[: query.speaker_limit]
            found = merge(found, best)
        return found

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

        def add(text: str, weight: float, count: float) -> None:
            weights[text] = weights.get(text, 0.0) + weight
            rows[text] = count

        for term in (*query.known, *query.parts):
            seen = found[term.word]
            if seen.texts:
                add(lexeme_query(seen.lexeme, "A"), idf(seen.texts, total), seen.texts)
            if term in query.known:
                for field, rows_in in (("B", seen.roles), ("D", seen.titles)):
                    if rows_in:
                        weight = CONTEXT_BOOST * idf(rows_in, total)
                        add(lexeme_query(seen.lexeme, field), weight, rows_in)
        unknown = [found[t.word].lexeme for t in query.unknown if len(t.stem) >= 3]
        for lookalikes in self._lookalikes([u for u in unknown if u]).values():
            if lookalikes:
                either = " | ".join(lexeme_query(other, "A") for other in lookalikes)
                add(either, FUZZY_WEIGHT, sum(lookalikes.values()))
        for phrase in query.phrases:
            lexemes = [found[t.word] for t in phrase]
            if all(w.texts for w in lexemes):
                text = " <-> ".join(lexeme_query(w.lexeme, "A") for w in lexemes)
                weight = PHRASE_BOOST * sum(idf(w.texts, total) for w in lexemes)
                add(text, weight, min(w.texts for w in lexemes))
        for part in sorted(query.speaker_words):
            lexeme = found[part].lexeme
            if lexeme and named.get(part):
                add(lexeme_query(lexeme, "C"), SPEAKER_BOOST * idf(named[part], total), named[part])
        # Only the text's items end in :A (a fuzzy item is an OR of them, a phrase a chain).
        items = [
            Item(text, weights[text], rows[text], in_text=text.endswith(":A")) for text in weights
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
        rows = self._all(query, (lexemes, lexemes), threshold=_floor(lexemes))
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

    def _select(
        self,
        score: sql.Composable,
        score_params: list[Any],
        condition: sql.Composable,
        params: list[Any],
        query: CandidateQuery,
        limit: int,
        ordered: bool = True,
    ) -> list[Candidate]:
        """Rows meeting ``condition`` and the query's filters, best ``score`` first."""
        filters, filter_params = _filters(query)
        statement = sql.SQL(
            "SELECT {columns} FROM snippets s JOIN documents d ON d.id = s.document_id"
            " WHERE {condition}{filters} {order} LIMIT %s"
        ).format(
            columns=sql.SQL(_COLUMNS).format(score=score),
            condition=condition,
            filters=filters,
            order=sql.SQL("ORDER BY 7 DESC, s.id" if ordered else ""),
        )
        rows = self._all(statement, [*score_params, *params, *filter_params, limit])
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
        wanted = sorted(set(words))
        if not wanted:
            return {}
        rows = self._all(_LEXEME, (wanted,))
        return {
            str(w): _Word(str(lexeme or ""), int(texts), int(roles), int(titles))
            for w, lexeme, texts, roles, titles in rows
        }

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
        threshold: float | None = None,
    ) -> list[tuple[Any, ...]]:
        """Run one query; with ``threshold``, pg_trgm's similarity operator uses it."""
        try:
            with self.store.connection() as conn:
                if threshold is None:
                    return conn.execute(query, params).fetchall()
                with conn.transaction():
                    conn.execute(
                        sql.SQL("SET LOCAL pg_trgm.similarity_threshold = {}").format(
                            sql.Literal(threshold)
                        )
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
    length against the average, the other fields' items as they are."""
    if not items:
        return sql.SQL("0.0"), []
    in_text = [item for item in items if item.in_text]
    elsewhere = [item for item in items if not item.in_text]
    term = sql.SQL("%s * (s.terms @@ %s::tsquery)::int")
    params: list[Any] = [v for item in (*in_text, *elsewhere) for v in (item.weight, item.query)]
    norm = sql.SQL("{k}::float8 / (1 + {k1} * (1 - {b} + {b} * s.words / {avg}))").format(
        k=sql.Literal(K1 + 1),
        k1=sql.Literal(K1),
        b=sql.Literal(B),
        avg=sql.Literal(max(average, 1.0)),
    )
    text_score = sql.SQL("({}) * {}").format(sql.SQL(" + ").join([term] * len(in_text)), norm)
    parts = ([text_score] if in_text else []) + [term] * len(elsewhere)
    return sql.SQL("({})").format(sql.SQL(" + ").join(parts)), params
