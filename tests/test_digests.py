"""Digests in the core: what a digest holds, and the runner that posts each day exactly once.

The runner posts through ``Recorder``, an in-memory Poster that keeps what it was given (the
Slack poster is tested against the fake Slack in tests/slack/test_digests_slack.py); every
store is a real SQLite file, and the clock is whatever instant a test passes.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from bot.digests import config, subscriptions
from bot.digests.compose import Composer
from bot.digests.runner import DeliveryError, DigestOptions, DigestRunner, Posted
from bot.digests.schedule import ScheduleError
from bot.digests.values import Digest, DigestRecord, Subscription
from bot.service import Citebot
from bot.store.sqlite import SQLiteStore

SUBSCRIBED = datetime(2026, 3, 27, 12, 0, tzinfo=UTC)
DUE_28 = datetime(2026, 3, 28, 9, 0, tzinfo=UTC)  # 09:00 GMT
DUE_29 = datetime(2026, 3, 29, 8, 0, tzinfo=UTC)  # 09:00 BST, the clocks went forward

FORUM = """Rail link talks resume

“We must finish the middle corridor rail link before the harvest,” said Laura Lochman, the \
deputy assistant secretary.

“Critical minerals are the new oil of this century,” Roman Vassilenko said at the forum.

Freight on the middle corridor grew 62 percent in 2024, the ministry said.

“<!channel> wake up, this is *not* a drill,” said Pat Prankster.
"""
WRAP_UP = """Forum wrap-up

“We must finish the middle corridor rail link before the harvest,” Laura Lochman told reporters.

“Our cooperation on methane is only starting,” said Roman Vassilenko, the deputy foreign minister.
"""


class Recorder:
    """A Poster that keeps every digest, with the post's key as Slack metadata would."""

    def __init__(self) -> None:
        self.posts: list[Digest] = []
        self.fail_next: list[str] = []
        self.lock = threading.Lock()

    def post(self, digest: Digest) -> str:
        with self.lock:
            if self.fail_next:
                raise DeliveryError(self.fail_next.pop(0))
            self.posts.append(digest)
            return f"1700000000.{len(self.posts):06d}"

    def find(self, record: DigestRecord, since: datetime) -> Posted | None:
        for n, digest in enumerate(self.posts, start=1):
            if digest.key == f"{record.workspace or '-'}/{record.channel}/{record.day}":
                quote = digest.quote_of_the_day.id if digest.quote_of_the_day else 0
                return Posted(f"1700000000.{n:06d}", digest.through_id, quote, digest.cycle)
        return None


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def core(tmp_path: Path) -> Citebot:
    bot = Citebot(SQLiteStore(tmp_path / "citebot.db"), index_dir=tmp_path / "index")
    bot.load_sample(workspace="T1")  # the workspace the digests below are for
    return bot


def subscribe(bot: Citebot, **changes: object) -> Subscription:
    sub = subscriptions.schedule(bot.store, "T1", "C1", "09:00", "Europe/London", SUBSCRIBED)
    if changes:
        sub = replace(sub, **changes)  # type: ignore[arg-type]
        bot.store.put_subscription(sub)
    return sub


def ingest(bot: Citebot, folder: Path, name: str, text: str) -> None:
    bot.ingest([str(write(folder, name, text))], workspace="T1")


def runner(bot: Citebot, poster: Recorder, **options: object) -> DigestRunner:
    return DigestRunner(bot, poster, DigestOptions(**options))  # type: ignore[arg-type]


# -- what a digest holds -------------------------------------------------------------------


def test_new_items_since_the_subscription_best_first_with_near_copies_merged(
    core: Citebot, tmp_path: Path
) -> None:
    sub = subscribe(core)  # after the sample: the sample is not new
    ingest(core, tmp_path, "forum.txt", FORUM)
    ingest(core, tmp_path, "wrap.txt", WRAP_UP)
    digest = Composer(core, max_items=10).compose(sub, date(2026, 3, 28))
    texts = [item.snippet.text for item in digest.items]
    assert not any("Kazakhstan" in t for t in texts)
    # The rail-link quote is in both documents and also stored as a fact: one item, two cites.
    rail = [i for i in digest.items if "rail link" in i.snippet.text]
    assert len(rail) == 1 and rail[0].snippet.kind == "quote"
    assert [c.path for c in rail[0].also] == [str(tmp_path / "wrap.txt")]
    assert len([i for i in digest.items if "62 percent" in i.snippet.text]) == 1
    assert digest.items[0].snippet.subkind == "direct" and digest.items[0].snippet.speaker
    scores = [item.score for item in digest.items]
    assert scores == sorted(scores, reverse=True)
    assert digest.more == 0 and len(digest.items) == 5  # nine snippets, five things said
    assert digest.through_id == core.store.last_snippet_id()
    short = Composer(core, max_items=2).compose(sub, date(2026, 3, 28))
    assert [i.snippet.id for i in short.items] == [i.snippet.id for i in digest.items[:2]]
    assert short.more == 3


def test_topics_use_the_search_stems_and_speakers_the_search_names(
    core: Citebot, tmp_path: Path
) -> None:
    sub = subscribe(core)
    ingest(core, tmp_path, "forum.txt", FORUM)
    ingest(core, tmp_path, "wrap.txt", WRAP_UP)
    composer = Composer(core, max_items=10)
    day = date(2026, 3, 28)

    def texts(**changes: object) -> list[str]:
        digest = composer.compose(replace(sub, **changes), day)  # type: ignore[arg-type]
        return [i.snippet.text for i in digest.items]

    corridor = texts(topics=("Middle Corridors",))  # stems: corridors → corridor
    assert corridor and all("middle corridor" in t for t in corridor)
    assert sorted(texts(topics=("critical mineral", "methane"))) == [
        "Critical minerals are the new oil of this century,",
        "Our cooperation on methane is only starting,",
    ]
    assert texts(topics=("mineral oil spill",)) == []  # every word of a topic must be there
    by_speaker = texts(speakers=("lochmann",))  # a typo, as search forgives one
    assert by_speaker == ["We must finish the middle corridor rail link before the harvest,"]
    both = texts(speakers=("Vassilenko", "Prankster"))
    assert len(both) == 3 and not any("rail link" in t for t in both)
    assert texts(speakers=("Vassilenko",), topics=("methane",)) == [
        "Our cooperation on methane is only starting,"
    ]
    assert texts(speakers=("Nobody Atall",)) == []


def test_quote_of_the_day_rotates_without_repeats_and_is_stable_per_channel_and_day(
    tmp_path: Path,
) -> None:
    bot = Citebot(SQLiteStore(tmp_path / "q.db"), index_dir=tmp_path / "index")
    ingest(bot, tmp_path, "forum.txt", FORUM)
    pool = set(bot.store.quote_ids("T1"))
    assert len(pool) == 4
    sub = subscribe(bot, watermark=bot.store.last_snippet_id())
    composer = Composer(bot)
    records: list[DigestRecord] = []
    shown: list[int] = []
    for offset in range(9):
        day = date(2026, 4, 1) + timedelta(days=offset)
        digest = composer.compose(sub, day, records)
        again = composer.compose(sub, day, records)
        assert digest.quote_of_the_day is not None
        assert digest.quote_of_the_day == again.quote_of_the_day  # stable for the day
        shown.append(digest.quote_of_the_day.id)
        records.insert(
            0,
            DigestRecord(
                "T1",
                "C1",
                day.isoformat(),
                "posted",
                quote_id=digest.quote_of_the_day.id,
                cycle=digest.cycle,
            ),
        )
    assert set(shown[:4]) == pool and set(shown[4:8]) == pool  # each round shows every quote
    assert shown[4] != shown[3] and shown[8] != shown[7]  # no repeat across a round's edge
    assert [r.cycle for r in reversed(records)] == [0] * 4 + [1] * 4 + [2]
    other = replace(sub, channel="C2")
    firsts = {
        composer.compose(other, date(2026, 4, 1) + timedelta(days=n)).quote_of_the_day
        for n in range(6)
    }
    assert len(firsts) > 1  # another channel and day, another draw


# -- the runner ----------------------------------------------------------------------------


def test_run_due_twice_posts_once_and_the_next_day_holds_only_what_is_new(
    core: Citebot, tmp_path: Path
) -> None:
    subscribe(core)
    ingest(core, tmp_path, "forum.txt", FORUM)
    poster = Recorder()
    run = runner(core, poster)
    assert run.run_due(DUE_28 - timedelta(minutes=1)) == []  # not due yet
    first = run.run_due(DUE_28 + timedelta(seconds=20))
    assert [(o.day, o.status) for o in first] == [("2026-03-28", "posted")]
    assert run.run_due(DUE_28 + timedelta(minutes=1)) == []
    assert runner(core, poster).run_due(DUE_28 + timedelta(hours=1)) == []  # another runner
    assert len(poster.posts) == 1 and poster.posts[0].items
    ingest(core, tmp_path, "wrap.txt", WRAP_UP)
    # 29 March: the clocks went forward overnight, and 09:00 London is now 08:00 UTC.
    assert run.run_due(DUE_29 - timedelta(minutes=1)) == []
    assert [o.status for o in run.run_due(DUE_29)] == ["posted"]
    second = poster.posts[1]
    assert second.day == date(2026, 3, 29)
    assert {i.snippet.citation.path for i in second.items} == {str(tmp_path / "wrap.txt")}
    assert second.quote_of_the_day != poster.posts[0].quote_of_the_day
    ledger = core.store.digest_records("T1", "C1")
    assert [(r.day, r.state) for r in ledger] == [
        ("2026-03-29", "posted"),
        ("2026-03-28", "posted"),
    ]
    assert ledger[1].message_ts == "1700000000.000001"


def test_eight_runners_at_once_post_once(core: Citebot, tmp_path: Path) -> None:
    subscribe(core)
    ingest(core, tmp_path, "forum.txt", FORUM)
    poster = Recorder()
    barrier = threading.Barrier(8)
    db = core.store.url.removeprefix("sqlite:///")

    def run(n: int) -> list[str]:
        bot = Citebot(SQLiteStore(db), index_dir=tmp_path / "index")
        barrier.wait()
        return [o.status for o in runner(bot, poster).run_due(DUE_28 + timedelta(seconds=n))]

    with ThreadPoolExecutor(8) as pool:
        statuses = [s for found in pool.map(run, range(8)) for s in found]
    assert statuses.count("posted") == 1 and len(poster.posts) == 1
    assert set(statuses) <= {"posted", "busy"}


def test_a_missed_digest_is_posted_within_the_grace_window_else_recorded_skipped(
    core: Citebot, tmp_path: Path
) -> None:
    subscribe(core)
    ingest(core, tmp_path, "forum.txt", FORUM)
    poster = Recorder()
    late = runner(core, poster, grace=timedelta(hours=6))
    outcome = late.run_due(DUE_28 + timedelta(hours=5, minutes=59))
    assert [o.status for o in outcome] == ["posted"]
    # Down for all of the 29th and 30th: both are recorded as skipped, nothing is posted.
    missed = late.run_due(datetime(2026, 3, 30, 16, 0, tzinfo=UTC))
    assert [(o.day, o.status) for o in missed] == [
        ("2026-03-30", "skipped"),
        ("2026-03-29", "skipped"),
    ]
    assert missed[0].detail == "missed: due 2026-03-30 08:00 UTC, 8.0 h late"
    assert len(poster.posts) == 1
    assert late.run_due(datetime(2026, 3, 30, 17, 0, tzinfo=UTC)) == []
    # What was new on the skipped days is still new for the next digest posted.
    assert [o.status for o in late.run_due(datetime(2026, 3, 31, 8, 0, tzinfo=UTC))] == ["posted"]


@pytest.mark.parametrize("when_empty", ["quote", "skip"])
def test_an_empty_day(core: Citebot, when_empty: str) -> None:
    subscribe(core)  # nothing is stored after this
    poster = Recorder()
    outcomes = runner(core, poster, when_empty=when_empty).run_due(DUE_28)
    if when_empty == "quote":
        assert [o.status for o in outcomes] == ["posted"]
        (digest,) = poster.posts
        assert digest.items == () and digest.quote_of_the_day is not None
    else:
        assert [(o.status, o.detail) for o in outcomes] == [("skipped", "nothing new")]
        assert poster.posts == []
        assert core.store.digest_records("T1", "C1")[0].reason == "nothing new"


def test_an_empty_store_posts_nothing_even_with_quote(tmp_path: Path) -> None:
    bot = Citebot(SQLiteStore(tmp_path / "empty.db"), index_dir=tmp_path / "index")
    subscribe(bot)
    poster = Recorder()
    assert [o.status for o in runner(bot, poster).run_due(DUE_28)] == ["skipped"]
    assert poster.posts == []


def test_a_crash_after_posting_is_found_and_not_posted_again(core: Citebot, tmp_path: Path) -> None:
    sub = subscribe(core)
    ingest(core, tmp_path, "forum.txt", FORUM)
    poster = Recorder()
    crashed = runner(core, poster)
    # What a runner does before it dies: claim, compose, post... and never mark it posted.
    claim = core.store.claim_digest(
        "T1", "C1", "2026-03-28", crashed.holder, DUE_28, DUE_28 + crashed.options.lease
    )
    assert claim is not None
    poster.post(crashed.composer.compose(sub, date(2026, 3, 28)))
    other = runner(core, poster)
    assert (
        other.run_due(DUE_28 + timedelta(minutes=5))
        == [
            # the lease still runs: the other runner leaves the day alone
        ]
    )
    outcome = other.run_due(DUE_28 + timedelta(minutes=11))
    assert [o.status for o in outcome] == ["recovered"]
    assert len(poster.posts) == 1
    (record,) = core.store.digest_records("T1", "C1")
    assert (record.state, record.attempts, record.message_ts) == ("posted", 2, "1700000000.000001")
    assert record.through_id == poster.posts[0].through_id


def test_a_crash_before_posting_is_posted_once_by_the_next_runner(core: Citebot) -> None:
    subscribe(core)
    poster = Recorder()
    assert core.store.claim_digest("T1", "C1", "2026-03-28", "dead", DUE_28, DUE_28) is not None
    assert [o.status for o in runner(core, poster).run_due(DUE_28 + timedelta(minutes=1))] == [
        "posted"
    ]
    assert len(poster.posts) == 1


def test_a_failed_post_is_retried_after_a_pause_within_the_grace_window(core: Citebot) -> None:
    subscribe(core)
    poster = Recorder()
    poster.fail_next = ["chat.postMessage: ratelimited"]
    run = runner(core, poster, retry_after=timedelta(minutes=5))
    assert [(o.status, o.detail) for o in run.run_due(DUE_28)] == [
        ("failed", "chat.postMessage: ratelimited")
    ]
    assert run.run_due(DUE_28 + timedelta(minutes=4)) == []
    assert [o.status for o in run.run_due(DUE_28 + timedelta(minutes=5))] == ["posted"]
    assert len(poster.posts) == 1


def test_turned_off_subscriptions_are_not_run_and_keep_their_filters(core: Citebot) -> None:
    sub = subscribe(core)
    subscriptions.set_topics(core.store, "T1", "C1", ("methane",))
    assert subscriptions.turn_off(core.store, "T1", "C1") is not None
    assert subscriptions.turn_off(core.store, "T1", "C1") is None  # already off
    assert runner(core, Recorder()).run_due(DUE_28) == []
    again = subscriptions.schedule(core.store, "T1", "C1", "8am", "UTC", DUE_28)
    assert again.enabled and again.topics == ("methane",) and again.time == "08:00"
    assert again.watermark == sub.watermark  # what is new is still counted from the start


def test_subscription_changes_are_checked(core: Citebot) -> None:
    with pytest.raises(subscriptions.SubscriptionError, match="no digest yet"):
        subscriptions.set_topics(core.store, "T1", "C9", ("x",))
    with pytest.raises(ScheduleError, match="not an IANA time zone"):
        subscriptions.schedule(core.store, "T1", "C1", "09:00", "Mars/Olympus", SUBSCRIBED)
    with pytest.raises(subscriptions.SubscriptionError, match="at most 10"):
        subscriptions.split_list(",".join(str(n) for n in range(11)))
    assert subscriptions.split_list(" a ,b,, a , c  d ") == ("a", "b", "c d")


# -- subscriptions declared as code --------------------------------------------------------


DECLARED = """
[[digest]]
workspace = "T1"
channel = "C1"
time = "09:00"
timezone = "Europe/London"
topics = ["middle corridor", "critical minerals"]

[[digest]]
channel = "C2"
time = "7am"
"""


def test_declared_subscriptions_apply_idempotently(core: Citebot, tmp_path: Path) -> None:
    path = write(tmp_path, "digests.toml", DECLARED)
    declared = config.read(path)
    assert [(s.workspace, s.channel, s.time, s.timezone) for s in declared] == [
        ("T1", "C1", "09:00", "Europe/London"),
        ("", "C2", "07:00", "UTC"),
    ]
    first = config.apply(core.store, declared, SUBSCRIBED)
    assert first.added == ("T1/C1", "-/C2")
    stored = core.store.subscriptions()
    again = config.apply(core.store, config.read(path), SUBSCRIBED + timedelta(days=1))
    assert again.unchanged == ("T1/C1", "-/C2") and not again.added and not again.changed
    assert core.store.subscriptions() == stored  # applying twice changes nothing
    with pytest.raises(subscriptions.SubscriptionError, match="declared in the bot's digests"):
        subscriptions.set_topics(core.store, "T1", "C1", ("x",))
    write(tmp_path, "digests.toml", DECLARED.split("[[digest]]\nchannel")[0])
    later = config.apply(core.store, config.read(path), SUBSCRIBED + timedelta(days=2))
    assert later.turned_off == ("-/C2",) and later.unchanged == ("T1/C1",)
    off = core.store.subscription("", "C2")
    assert off is not None and not off.enabled and off.source == "slack"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[digest]]\nchannel = "C1"\ntime = "25:00"\n', r"digest #1 \(C1\): '25:00' is not"),
        (
            '[[digest]]\nchannel = "C1"\ntime = "09:00"\ntimezone = "Mars/Base"\n',
            r"digest #1 \(C1\): 'Mars/Base' is not an IANA time zone",
        ),
        ('[[digest]]\ntime = "09:00"\n', r"digest #1: needs channel"),
        ('[[digest]]\nchannel = "C1"\n', r"digest #1 \(C1\): needs time"),
        ('[[digest]]\nchannel = "C1"\ntime = "09:00"\ntopic = ["x"]\n', r"unknown key 'topic'"),
        ('[[digest]]\nchannel = "C1"\ntime = "09:00"\ntopics = "x"\n', r"topics must be a list"),
        (
            '[[digest]]\nchannel = "C1"\ntime = "09:00"\n'
            '[[digest]]\nchannel = "C1"\ntime = "10:00"\n',
            r"digest #2 \(C1\): channel declared twice",
        ),
        ("[digests]\n", r"unknown table 'digests'"),
        ("[[digest]\n", r"not valid TOML"),
    ],
)
def test_bad_declared_entries_are_one_line_naming_the_entry(
    tmp_path: Path, text: str, message: str
) -> None:
    path = write(tmp_path, "digests.toml", text)
    with pytest.raises(config.DigestConfigError, match=message) as caught:
        config.read(path)
    assert "\n" not in str(caught.value) and str(path) in str(caught.value)


def test_a_missing_digests_file_declares_nothing(tmp_path: Path) -> None:
    assert config.read(tmp_path / "none.toml") == []
