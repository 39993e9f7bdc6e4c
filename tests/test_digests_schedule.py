"""When digests are due: local wall-clock time in an IANA zone, across daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from bot.digests.schedule import ScheduleError, due_at, next_due, occurrences, parse_time, zone
from bot.digests.values import Subscription


def sub(at: str = "09:00", tz: str = "Europe/London", since: str = "") -> Subscription:
    return Subscription("T1", "C1", at, tz, since=since)


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("09:00", "09:00"),
        ("9:00", "09:00"),
        ("9am", "09:00"),
        ("6:30pm", "18:30"),
        ("12am", "00:00"),
        ("12pm", "12:00"),
        (" 23:59 ", "23:59"),
    ],
)
def test_times_of_day(text: str, canonical: str) -> None:
    assert parse_time(text) == canonical


@pytest.mark.parametrize("text", ["9", "25:00", "09:60", "13pm", "nine", "", "09:00:00"])
def test_bad_times_of_day_are_refused(text: str) -> None:
    with pytest.raises(ScheduleError, match=r"time of day|am/pm"):
        parse_time(text)


@pytest.mark.parametrize("name", ["Europe/Lundon", "../../etc/passwd", "", "GMT+1 "])
def test_bad_zones_are_refused(name: str) -> None:
    with pytest.raises(ScheduleError, match="not an IANA time zone"):
        zone(name)


def test_nine_in_london_stays_nine_across_both_clock_changes() -> None:
    london = sub()
    # Spring forward: Sunday 29 March 2026 at 01:00 UTC. Fall back: Sunday 25 October 2026.
    assert due_at(london, date(2026, 3, 28)) == datetime(2026, 3, 28, 9, 0, tzinfo=UTC)
    assert due_at(london, date(2026, 3, 29)) == datetime(2026, 3, 29, 8, 0, tzinfo=UTC)
    assert due_at(london, date(2026, 10, 24)) == datetime(2026, 10, 24, 8, 0, tzinfo=UTC)
    assert due_at(london, date(2026, 10, 25)) == datetime(2026, 10, 25, 9, 0, tzinfo=UTC)
    new_york = sub(tz="America/New_York")  # its clocks change on other dates
    assert due_at(new_york, date(2026, 3, 8)) == datetime(2026, 3, 8, 13, 0, tzinfo=UTC)
    assert due_at(new_york, date(2026, 3, 7)) == datetime(2026, 3, 7, 14, 0, tzinfo=UTC)


def test_a_skipped_wall_time_posts_after_the_jump_and_a_repeated_one_the_first_time() -> None:
    night = sub(at="01:30")
    # 01:30 does not exist in London on 29 March 2026: posted at 02:30 BST (01:30 UTC).
    assert due_at(night, date(2026, 3, 29)) == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    # 01:30 happens twice on 25 October 2026: the first time, 01:30 BST (00:30 UTC).
    assert due_at(night, date(2026, 10, 25)) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)


def test_occurrences_newest_first_never_before_the_subscription() -> None:
    london = sub(since="2026-03-27T12:00:00+00:00")
    now = datetime(2026, 3, 29, 8, 30, tzinfo=UTC)
    found = occurrences(london, now, timedelta(days=5))
    assert found == [
        (date(2026, 3, 29), datetime(2026, 3, 29, 8, 0, tzinfo=UTC)),
        (date(2026, 3, 28), datetime(2026, 3, 28, 9, 0, tzinfo=UTC)),
    ]  # 27 March's 09:00 came before the subscription
    assert occurrences(london, now, timedelta(minutes=10)) == []
    assert occurrences(london, datetime(2026, 3, 29, 7, 59, tzinfo=UTC), timedelta(hours=1)) == []


def test_next_due_is_local_tomorrow_once_today_has_passed() -> None:
    tokyo = sub(at="07:00", tz="Asia/Tokyo")
    # 23:00 UTC on 28 March is 08:00 on 29 March in Tokyo: next is 07:00 on the 30th.
    assert next_due(tokyo, datetime(2026, 3, 28, 23, 0, tzinfo=UTC)) == (
        date(2026, 3, 30),
        datetime(2026, 3, 29, 22, 0, tzinfo=UTC),
    )
    assert next_due(tokyo, datetime(2026, 3, 28, 21, 0, tzinfo=UTC))[0] == date(2026, 3, 29)
