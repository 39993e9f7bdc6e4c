"""The Block Kit renderer: escaping, limits, the text-fragment link, the App Home view."""

from __future__ import annotations

import json
import re
from urllib.parse import unquote

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.adapters.slack import blocks
from bot.adapters.slack.events import CardState
from bot.models import Citation, Document, Match, Snippet, SourceInfo
from bot.service import Overview

MARKUP = st.text(alphabet=st.sampled_from(list("<>&!@|#^ abcUW123\n*_")), max_size=400)


def snippet(text: str, speaker: str = "Ann Lee", title: str = "T", url: str = "") -> Snippet:
    citation = Citation(title, "Pub", url, "2024-01-02", "p.txt", 4, 0, len(text))
    return Snippet(7, "quote", text, speaker, "minister", citation)


def live_markup(message: dict[str, object]) -> list[str]:
    """Every <...> token in the displayed text that we did not write ourselves."""
    shown = json.dumps(message, ensure_ascii=False)
    shown = re.sub(r'"value": "(?:[^"\\]|\\.)*"', "", shown)
    return [t for t in re.findall(r"<[^<>]*>", shown) if not t.startswith("<https://x.test/")]


@settings(max_examples=60, deadline=None)
@given(text=MARKUP, speaker=MARKUP, title=MARKUP, query=MARKUP)
def test_no_document_or_query_text_becomes_markup(
    text: str, speaker: str, title: str, query: str
) -> None:
    found = snippet(text or "x", speaker, title, url="https://x.test/a")
    card = blocks.card(found, CardState(query, "quote", 0, 7))
    assert live_markup(card.payload()) == [] or all(
        t.startswith("<https://x.test/") for t in live_markup(card.payload())
    )
    missed = blocks.no_match(query, "any", (Match(found, 40.0, False),))
    assert live_markup(missed.payload()) == []
    for message in (card, missed):
        assert "<!" not in message.text and "<@" not in message.text


def test_long_quote_is_cut_at_a_word_with_a_way_to_see_the_rest() -> None:
    long_text = " ".join(f"word{i}" for i in range(2_000))
    card = blocks.card(snippet(long_text), CardState("q", "quote", 0, 7))
    quote = card.blocks[0]["text"]["text"]
    assert len(quote) <= blocks.SECTION_LIMIT and quote.endswith("…")
    assert re.search(r"word\d+…$", quote)  # a whole word, then the ellipsis
    assert blocks.FULL in json.dumps(card.blocks)
    full = blocks.full_quote_message(snippet(long_text))
    shown = " ".join(b["text"]["text"] for b in full.blocks if b["type"] == "section")
    assert "word0 " in shown and "word1999" in shown
    assert len(full.blocks) <= blocks.MAX_BLOCKS
    assert all(len(b.get("text", {}).get("text", "")) <= 3000 for b in full.blocks)


def test_enormous_text_stays_within_50_blocks_of_3000_characters() -> None:
    huge = "&<> " * 100_000
    message = blocks.paragraphs_message("heading", huge, huge)
    assert len(message.blocks) == blocks.MAX_BLOCKS
    assert all(len(b.get("text", {}).get("text", "")) <= 3000 for b in message.blocks)
    assert len(message.text) <= blocks.FALLBACK_LIMIT


def test_text_fragment_link_points_at_the_words() -> None:
    url = blocks.text_fragment_url("https://example.com/a?b=1", "Short, sharp-edged words.")
    assert url == "https://example.com/a?b=1#:~:text=Short%2C%20sharp%2Dedged%20words."
    long_url = blocks.text_fragment_url(
        "https://example.com/a#top", "one two three four five six seven eight nine ten"
    )
    assert long_url.startswith("https://example.com/a#top:~:text=")
    start, end = long_url.split(":~:text=")[1].split(",")
    assert unquote(start) == "one two three four" and unquote(end) == "seven eight nine ten"


def test_only_http_links_are_made() -> None:
    assert blocks.safe_url("javascript:alert(1)") == ""
    assert blocks.safe_url("<!channel>") == ""
    assert blocks.safe_url("https://x.test/a|b>c") == "https://x.test/a%7Cb%3Ec"
    line = blocks.citation_line(snippet("w", url="ftp://x.test/").citation)
    assert line.startswith("*T*")


def test_speaker_is_bold_with_role_and_facts_are_labelled() -> None:
    assert blocks.attribution(snippet("w")) == "*Ann Lee*, minister"
    fact = Snippet(1, "fact", "200 mm", "", "", snippet("w").citation)
    assert blocks.attribution(fact) == "Fact"


def test_home_view_lists_what_the_bot_knows_escaped() -> None:
    source = SourceInfo(
        1, Document("A <!here> title", "Pub & Co", url="https://x.test/"), "h", 3, 4, ""
    )
    view = blocks.home_view(
        Overview({"documents": 1, "quotes": 3, "facts": 4}, [("Ann", 3)], [source])
    )
    text = json.dumps(view)
    assert view["type"] == "home" and "*1* sources" in text and "Ann" in text
    assert "A &lt;!here&gt; title" in text and "Pub &amp; Co" in text and "<!here>" not in text
