"""Attribution patterns added after the second held-out set: each case is a short passage
written for this test and the quotes a careful reader would credit in it (a word of the
quote, speaker, kind)."""

from __future__ import annotations

import pytest

from bot.extraction.people import People
from tests.test_extraction_news_styles import _credited, _quotes

CASES = {
    "a body named with 'of' speaks before its clause": (
        "The Ministry of Transport said the crew had been taken ashore.",
        [("taken ashore", "Ministry of Transport", "indirect")],
    ),
    "a body named with 'of' and two capitalised words": (
        "The Department of Foreign Affairs said the sailors would fly home on Friday.",
        [("fly home", "Department of Foreign Affairs", "indirect")],
    ),
    "a body named with 'of' after the quote": (
        "“All nineteen sailors are safe,” the Ministry of Transport said.",
        [("nineteen sailors", "Ministry of Transport", "direct")],
    ),
    "a body named with 'for' in an inverted cue": (
        "“The levee will hold,” said the Department for Rural Affairs.",
        [("levee will hold", "Department for Rural Affairs", "direct")],
    ),
    "a body named with 'of' before a colon quote": (
        "In a statement issued in Arabic, the Ministry of Ports said: “The harbour is open.”",
        [("harbour is open", "Ministry of Ports", "direct")],
    ),
    "a person titled with a body named with 'of' is the person": (
        "“The road is shut,” said the Office of Emergency Management Director Jane Roe.",
        [("road is shut", "Jane Roe", "direct")],
    ),
    "the company's chief executive is the person introduced in that role": (
        "Priya Nair, chief executive of Doorlock, apologised on Tuesday.\n\n"
        '"We let people down," the company\'s chief executive wrote.\n\n'
        '"It will not happen again," the company\'s CEO added.',
        [("let people down", "Priya Nair", "direct"), ("not happen", "Priya Nair", "direct")],
    ),
    "a body first named right after a quote": (
        'Hundreds of owners were locked out.\n\n"We are sorry," Doorlock said in a statement.',
        [("We are sorry", "Doorlock", "direct")],
    ),
    "a title line is no first name": (
        "Doorlock makes smart locks.\n\n“We are sorry,” Doorlock said.",
        [("We are sorry", "Doorlock", "direct")],
    ),
    "two titled people joined by 'and' are two people": (
        "Captain Rodel Cruz and Chief Engineer Marco Villa were the last to leave.\n\n"
        "“We fought it for six hours,” Villa said.\n\n"
        "“I ordered everyone off at midnight,” the captain said.",
        [("six hours", "Marco Villa", "direct"), ("at midnight", "Rodel Cruz", "direct")],
    ),
    "a body in apposition to a nominal speaks": (
        "The ship’s owner, Harrow Maritime Holdings, said all crew were safe.",
        [("all crew", "Harrow Maritime Holdings", "indirect")],
    ),
    "an inverted cue with a possessive nominal and a name in apposition": (
        "“We were lucky,” said the ship’s captain, Rodel Cruz.\n\n"
        "“No one is hurt,” said the ship’s owner, Harrow Maritime Holdings.",
        [("were lucky", "Rodel Cruz", "direct"), ("No one", "Harrow Maritime Holdings", "direct")],
    ),
    "'the company' is the business credited just before": (
        "Doorlock said the fault was in a cloud server. The company declined to say how many "
        'locks failed but said "fewer than 40,000" homes were affected.',
        [("fewer than", "Doorlock", "indirect")],
    ),
    "a reported clause before a colon quote": (
        "Dr Sam Okoro runs the clinic.\n\n"
        "Still, the doctor says the walk carries almost no risk: “Ten minutes is enough.”",
        [
            ("walk carries almost no risk", "Sam Okoro", "indirect"),
            ("Ten minutes", "Sam Okoro", "direct"),
        ],
    ),
    "a parenthetical cue, then what the subject told someone": (
        "Dan Cole, 29, was stopped near the station.\n\n"
        "Cole was held overnight, police said, and told officers he had bought the bike at a "
        "market.",
        [
            ("held overnight", "police", "indirect"),
            ("bought the bike", "Dan Cole", "indirect"),
        ],
    ),
    "an unnamed speaker with two relative clauses": (
        "A man who runs the kiosk at the corner of the square by the old bank, and who asked "
        "not to be named, said he saw the van drive off.",
        [("saw the van", "man", "indirect")],
    ),
    "a spokeswoman introduced before is no unnamed woman": (
        "Lt. Ann Kerr, a spokeswoman for the Dunmore Police Department, said the shop was "
        "empty.\n\n"
        "A woman who lives above the shop said she heard the alarm at two in the morning.",
        [("shop was empty", "Ann Kerr", "indirect"), ("heard the alarm", "woman", "indirect")],
    ),
    "a company spokesperson after the company spoke": (
        "Harrow Line Shipping said in a statement that the crew were safe.\n\n"
        "“No one was hurt,” a company spokesperson said.",
        [("No one was hurt", "Harrow Line Shipping", "direct")],
    ),
    "a nickname in marks inside a full name": (
        "Tomas “Tito” Vega, who ran the club for 40 years, died on Sunday.\n\n"
        "His niece, Rosa Vega, said he died at home.\n\n"
        "Vega opened the club in 1970. In a 1999 interview, he said: “The ring kept me "
        "straight.”\n\n"
        "“I never wanted anything else,” Tito said then.",
        [
            ("ring kept me", "Tomas Vega", "direct"),
            ("anything else", "Tomas Vega", "direct"),
        ],
    ),
    "feature verbs after a quote": (
        "Ray Castro trained there for a decade.\n\n"
        "“He was hard on us,” Castro remembered.\n\n"
        "“He never missed a morning,” Castro marveled.\n\n"
        "“See you at six,” Castro texted.",
        [
            ("hard on us", "Ray Castro", "direct"),
            ("never missed", "Ray Castro", "direct"),
            ("at six", "Ray Castro", "direct"),
        ],
    ),
    "a quote followed by a short action of the person": (
        "Ray Castro trained there for a decade.\n\n"
        "“He was hard on us.” Castro paused. “But he was fair.”",
        [("hard on us", "Ray Castro", "direct"), ("was fair", "Ray Castro", "direct")],
    ),
    "'the post said' after someone wrote a post": (
        "Priya Nair wrote in a blog post on Tuesday.\n\n"
        '"Our engineers worked through the night," the post said.',
        [("worked through", "Priya Nair", "direct")],
    ),
    "a quote paragraph right after a paragraph opening with its speaker": (
        "Hector Ortiz, 61, trained with him for years.\n\n"
        "“He’d tell you, ‘Hands up, chin down,’ every single morning.”",
        [("every single morning", "Hector Ortiz", "direct")],
    ),
    "a person named with the firm they work at": (
        "Ben Adeyemi of Harbor Securities said the margins would shrink this year.\n\n"
        "Jane Roe of the University of Leeds said the figures were too early to judge.\n\n"
        "“It is too soon,” said Jane Roe of the University of Leeds.",
        [
            ("margins would shrink", "Ben Adeyemi", "indirect"),
            ("too early", "Jane Roe", "indirect"),
            ("too soon", "Jane Roe", "direct"),
        ],
    ),
    "a possessive name and a role": (
        "Rajan Patel is the commissioner. His deputy, Sunita Rao, visited the site.\n\n"
        '"Work will be over by Friday," Mr Patel\'s deputy said.',
        [("over by Friday", "Sunita Rao", "direct")],
    ),
    "quoted as saying, before and after the marks": (
        "The statement quoted Captain Li Wen as saying: “We did what we were trained to do.”"
        "\n\n“The port remains open,” Transport Minister Omar Hadi was quoted as saying.",
        [
            ("trained to do", "Li Wen", "direct"),
            ("port remains open", "Omar Hadi", "direct"),
        ],
    ),
    "an age in brackets introduces a person": (
        "Leelabai Pawar (78), a resident of Rajarampuri, has waited three days.\n\n"
        '"Who will carry water for me?" she asked.',
        [("carry water", "Leelabai Pawar", "direct")],
    ),
    "an unnamed spokesperson speaks for the body named before": (
        "Officials at Larkmoor District Council closed the bridge on Tuesday.\n\n"
        '"We will not reopen it until engineers sign it off," a spokesperson said.',
        [("sign it off", "Larkmoor District Council", "direct")],
    ),
    "'it said' after a body was a sentence's subject": (
        "The Ministry of Ports issued a statement in Arabic on Tuesday.\n\n"
        "“The port remains open to traffic,” it said.",
        [("remains open", "Ministry of Ports", "direct")],
    ),
    "a body's name in lower case after it was named": (
        "The Philippine Coast Guard said it was monitoring the ship closely.\n\n"
        "“Our people are safe,” the coast guard said in a post on Facebook.",
        [("people are safe", "Philippine Coast Guard", "direct")],
    ),
    "an interrupted quote followed by the speaker's action": (
        "Ray Castro is the captain.\n\n“We thought —” Castro stopped. “We thought we would die.”",
        [("We thought —", "Ray Castro", "direct"), ("would die", "Ray Castro", "direct")],
    ),
    "a colon after a name and a participle of speaking": (
        "Ray Castro is the captain.\n\n"
        "Castro, speaking through an interpreter: “There was nothing we could do.”",
        [("nothing we could do", "Ray Castro", "direct")],
    ),
    "a title that is also a first name, after another title": (
        "Councillor Dean Carver, the cabinet member for culture, said the branches would "
        "close in March.\n\n“I don't pretend this is good news,” Mr Carver said.",
        [("close in March", "Dean Carver", "indirect"), ("good news", "Dean Carver", "direct")],
    ),
    "a subject with a relative clause naming someone else": (
        "Sen. Maria Delgado, D-N.M., who wrote the bill with Sen. Curtis Bauer, R-Kan., said "
        "the vote was “proof that this place can still do something useful.”",
        [("proof that this place", "Maria Delgado", "mixed")],
    ),
    "the company after a business named in apposition": (
        "“It's a false economy,” said Kowalczyk, a pest-control contractor.\n\n"
        "The council's waste contractor, Greenway Environmental, said it would add two crews."
        "\n\nIn a statement, the company said: “We know change can be unsettling.”",
        [
            ("add two crews", "Greenway Environmental", "indirect"),
            ("change can be unsettling", "Greenway Environmental", "direct"),
        ],
    ),
    "a role no one was introduced with points to the person just quoted": (
        "“I've waited my whole life for that,” Danny Okoro told the club's channel.\n\n"
        "The striker, who joined from Eastbourne in the summer, said he had not celebrated "
        "in front of his brother out of respect.",
        [("not celebrated", "Danny Okoro", "indirect")],
    ),
    "a Chinese name written family name first": (
        "Zhang Lihua is counting seed bags on the deck.\n\n"
        "“It looks like gardening,” she says.\n\n"
        "Fiona Lister, a coastal ecologist, says the findings are promising.\n\n"
        "Zhang is not opposed, but she is wary.\n\n"
        "“I'm not against money,” she says.",
        [
            ("looks like gardening", "Zhang Lihua", "direct"),
            ("against money", "Zhang Lihua", "direct"),
        ],
    ),
    "a Korean name after a company's role, then the family name alone": (
        "Hanul Air’s chief executive, Park Min-jae, told reporters that his company had "
        "“no regrets” about the bid.\n\n“We made a fair offer,” Park said.",
        [("no regrets", "Park Min-jae", "mixed"), ("fair offer", "Park Min-jae", "direct")],
    ),
    "a son named by his first name takes the family name": (
        "Ruth Hale builds violins in a converted chapel.\n\n"
        "Graham Hale, her husband, keeps the accounts.\n\n"
        "Her son Tom joined the workshop four years ago.\n\n"
        "“I thought I'd help out for six months,” Tom says.\n\n"
        "He says his mother is a demanding teacher but a fair one.",
        [
            ("help out for six months", "Tom Hale", "direct"),
            ("demanding teacher", "Tom Hale", "indirect"),
        ],
    ),
    "Mrs and Ms tell a mother and her daughter apart": (
        "The court heard that Patel managed the savings of Margaret Lowe, a retired "
        "headteacher.\n\nThe fraud came to light when Mrs Lowe’s daughter, Caroline Lowe, "
        "noticed irregular transfers.\n\nGiving evidence, Ms Lowe told the jury she had "
        "confronted Patel by phone.",
        [("confronted Patel", "Caroline Lowe", "indirect")],
    ),
    "a spokesperson for the company speaks for the business named before": (
        "In a statement, Marches Water said it was investing in upgrades.\n\n"
        "“We share our customers’ ambition for a thriving river,” a spokesperson for the "
        "company said.",
        [("thriving river", "Marches Water", "direct")],
    ),
    "a colon after 'puts it like this' hands the subject the quote": (
        "Ruth Hale has no plans to retire.\n\nShe puts it like this: “Tom has better hands "
        "than I ever will.”",
        [("better hands", "Ruth Hale", "direct")],
    ),
    "who replies to a question is the other party": (
        "Victor Nunez told jurors the payments began in 2019.\n\n"
        "“You were broke, weren't you, Mr. Nunez?” Gregory Lam said.\n\n"
        "“I owed a lot of people,” he replied.",
        [("owed a lot of people", "Victor Nunez", "direct")],
    ),
    "a victim in his reported words is not the speaker of the next cue": (
        "Prosecuting, Daniel Pryce told the court the brothers targeted nine victims.\n\n"
        "He said one victim had been told her chimney was unsafe. He told the court the "
        "brothers had used a made-up company name on their invoices.",
        [("made-up company name", "Daniel Pryce", "indirect")],
    ),
    "a body named right after its common noun": (
        "The study was funded by the children's charity Breathe North. A spokeswoman for "
        "the charity said: “Asthma still kills children in this country.”",
        [("still kills children", "Breathe North", "direct")],
    ),
    "Mrs is the mother, not the daughter, and what she conceded keeps her the subject": (
        "Joan Pelling, a retired school secretary, was sent home at 2am.\n\n"
        "Her daughter, Claire Pelling, told the inquest her mother had been confused.\n\n"
        "Ward sister Bernadette Okoye told the inquest the decision to discharge Mrs Pelling "
        "had been made by a junior doctor.\n\nShe conceded that Mrs Pelling had not been "
        "asked about help at home.\n\n“I am not proud of it,” she said.",
        [("not proud of it", "Bernadette Okoye", "direct")],
    ),
    "Prof without a full stop is a title": (
        "Lead author Prof Niamh Calloway said the results were better than hoped.\n\n"
        "“Preventer inhalers work,” she said.",
        [("inhalers work", "Niamh Calloway", "direct")],
    ),
    "scene-setting before the subject is not a body's name": (
        "Liam Doherty, 27, died in the Grose Valley.\n\nOutside court, Mr Doherty's mother, "
        "Bernadette Doherty, said the findings had given the family “some peace, but not "
        "much.”",
        [("some peace", "Bernadette Doherty", "mixed")],
    ),
    "a relative named by first name after a possessive name": (
        "Liam Doherty, 27, died in the Grose Valley.\n\nMr Doherty's younger brother, Sean, "
        "said the family would push for free locator beacons at every trailhead.",
        [("free locator beacons", "Sean Doherty", "indirect")],
    ),
    "a judge instructing jurors, after 'One of them,' a named firefighter": (
        "Common Pleas Judge Theresa Whitfield instructed jurors that they could convict on "
        "the lesser offense.\n\nTwo firefighters were hurt. One of them, Lt. Raymond Sosa, "
        "testified last week that he spent six weeks in a burn unit.",
        [
            ("lesser offense", "Theresa Whitfield", "indirect"),
            ("six weeks in a burn unit", "Raymond Sosa", "indirect"),
        ],
    ),
    "a business's spokesman, then 'they', speak for the business": (
        "British supermarket chain Brackley's reported a fall in profit.\n\n"
        "Asked about the union, a Brackley's spokesman said the company had worked with it "
        "for years. They said the first closures would not take place before June.",
        [
            ("worked with it", "Brackley's", "indirect"),
            ("first closures", "Brackley's", "indirect"),
        ],
    ),
    "the CFO is the person introduced as finance chief": (
        "Finance chief Oliver Crane said the group expected profit to grow.\n\n"
        "“We're not going to put a number on it today,” the CFO said.",
        [("put a number on it", "Oliver Crane", "direct")],
    ),
    "a name in apposition to a possessive role is the subject": (
        "Priya Raman, an analyst at Harrow Securities, said the results were better than "
        "feared.\n\nHer counterpart at Lydgate Capital, James Whitcombe, was more cautious. "
        "He said the chain was still losing ground to discounters in the south.",
        [("losing ground", "James Whitcombe", "indirect")],
    ),
    "two clauses around a parenthetical cue are both the speaker's": (
        "Chief Executive Fiona Marchetti said the price cuts had worked.\n\n"
        "Sales volumes rose for the first time in three years, she said, and the chain gained "
        "market share in each of the last four quarters.",
        [
            ("Sales volumes rose", "Fiona Marchetti", "indirect"),
            ("gained market share", "Fiona Marchetti", "indirect"),
        ],
    ),
    "a wire dateline, then a role the story names later": (
        "DAYTON, Ohio - A prosecutor told a Montgomery County jury on Tuesday that the "
        "defendant set the fire because he was drowning in debts.\n\n"
        "Assistant Prosecutor Denise Okafor spent two hours walking jurors through the "
        "records.",
        [("drowning in debts", "Denise Okafor", "indirect")],
    ),
    "a team or a family speaking as one": (
        "Lead author Prof Niamh Calloway said the results were better than hoped.\n\n"
        "The team said the biggest improvements were among teenagers.\n\n"
        "The family said they would appeal the ruling next week.",
        [("biggest improvements", "team", "indirect"), ("appeal the ruling", "family", "indirect")],
    ),
    "the spokesman is the body's, not the last person named": (
        "Among them is Mick Saunders, a 68-year-old retired carpenter.\n\n"
        "A spokesman for the Northern Rivers Surf Life Saving Branch said the club's return "
        "would ease pressure on its neighbours.\n\n"
        "‘Red Gum Point is one of the busiest beaches on this coast,’ the spokesman said.",
        [("busiest beaches", "Northern Rivers Surf Life Saving Branch", "direct")],
    ),
    "an age before a name introduces a person": (
        "Mick Saunders, a retired carpenter, hung every door.\n\nThe club’s youngest "
        "volunteer is 15-year-old Lachie Moore, who spent his holidays sanding boards.\n\n"
        "‘It was kind of fun, except for the splinters,’ he says.",
        [("splinters", "Lachie Moore", "direct")],
    ),
    "an acronym after a body's name": (
        "The Atlantic Civic Movement (MCA), which holds 11 seats, said in a statement that "
        "the tax would “punish families in the interior”.",
        [("punish families", "Atlantic Civic Movement", "mixed")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_attribution_patterns(name: str) -> None:
    body, expected = CASES[name]
    quotes = _quotes(body)
    for word, speaker, kind in expected:
        assert _credited(quotes, word) == (speaker, kind), name


def test_secretary_of_state_is_a_title_not_a_body() -> None:
    quotes = _quotes("Secretary of State Ann Blake said the port was open.")
    assert [(q.speaker, q.kind) for q in quotes] == [("Ann Blake", "indirect")]


def test_a_role_before_a_name_stops_at_the_title_line() -> None:
    quotes = _quotes('Security researcher Marco Bell was blunt. "It was avoidable," he said.')
    assert [(q.speaker, q.speaker_role) for q in quotes] == [("Marco Bell", "Security researcher")]


def test_whom_a_colon_cue_addresses_is_not_reported_speech() -> None:
    quotes = _quotes("Coach Femi Ade told the club’s own media channel: “We deserved it.”")
    assert [(q.speaker, q.kind) for q in quotes] == [("Femi Ade", "direct")]


def test_a_place_in_a_trailing_cue_sentence_is_no_speaker() -> None:
    quotes = _quotes(
        "Luis Mora died on Sunday.\n\n"
        "He will be buried on Friday at San Fernando Cemetery, his daughter said."
    )
    assert all("Cemetery" not in q.speaker for q in quotes)


def test_a_city_named_san_is_no_person() -> None:
    quotes = _quotes(
        "Luis Mora coached boxers for decades.\n\n"
        "San Antonio was his home from 1970. “I loved every day of it,” he said."
    )
    assert [q.speaker for q in quotes] == ["Luis Mora"]


def test_a_parenthetical_cue_telling_a_named_outlet_keeps_the_whole_sentence() -> None:
    quotes = _quotes(
        "Maria Ortega runs the agency. The bridge was inspected in March, she told The "
        "Associated Press, and no cracks were found then."
    )
    assert [(q.speaker, q.kind, q.text[:14]) for q in quotes] == [
        ("Maria Ortega", "indirect", "The bridge was")
    ]


def test_a_named_government_after_a_lowercase_article_speaks() -> None:
    quotes = _quotes(
        "On Tuesday, the New Zealand government announced the new flag would be chosen by a vote."
    )
    assert [(q.speaker, q.kind) for q in quotes] == [("New Zealand government", "indirect")]


def test_a_single_initial_belongs_to_the_name() -> None:
    quotes = _quotes(
        "Executive engineer S. Deshmukh inspected the valves on Monday.\n\n"
        '"We are replacing both of them," Deshmukh said.'
    )
    assert [q.speaker for q in quotes] == ["S. Deshmukh"]


def test_a_contraction_before_a_name_is_no_part_of_it() -> None:
    people = People("Title\n\nHi, I'm Mario J. Lucero, and I run the club.")
    assert [p.name for p in people.people] == ["Mario J. Lucero"]


def test_a_surname_after_a_nested_quote_closing_is_mid_sentence() -> None:
    quotes = _quotes("“He used to say, ‘Hands up, chin down,’” Castro said.")
    assert [q.speaker for q in quotes] == ["Castro"]


def test_a_belief_in_marks_is_not_a_quote() -> None:
    quotes = _quotes(
        "Ruth Hale builds violins.\n\n“I’m slow and stubborn,” she says.\n\n"
        "She believes a good instrument is “eighty per cent wood and twenty per cent luck”."
    )
    assert not any("eighty per cent" in q.text for q in quotes)
    assert any("slow and stubborn" in q.text for q in quotes)


def test_denying_or_admitting_a_thing_is_not_reported_speech() -> None:
    quotes = _quotes(
        "Raymond Szabo has pleaded not guilty. He denied the charges when he was indicted "
        "last year.\n\nLee Varley admitted fraud by false representation at an earlier "
        "hearing.\n\nDanielle Fraser confirmed the club would appeal against the decision."
    )
    assert not any("charges" in q.text or "false representation" in q.text for q in quotes)
    assert any("club would appeal" in q.text for q in quotes)


def test_a_one_letter_word_before_a_new_quote_ends_the_sentence() -> None:
    quotes = _quotes(
        "Marta Queiros, leader of the opposition, said the government had lost control.\n\n"
        '"This is a government that cannot agree with itself," Queiros said in a post on X. '
        '"We are ready for an election whenever it comes," she added.'
    )
    found = {q.text: (q.speaker, q.kind) for q in quotes}
    assert found["We are ready for an election whenever it comes,"] == ("Marta Queiros", "direct")


def test_a_body_name_before_the_role_in_an_inverted_cue_is_not_the_speaker() -> None:
    quotes = _quotes(
        "The visitors lost 21-20 on Saturday.\n\n"
        "“We should have been out of sight by the hour,” said Carrow Vale head coach Mike "
        "Tennant. “That is on me.”"
    )
    assert {q.speaker for q in quotes} == {"Mike Tennant"}


def test_a_first_name_alone_is_the_one_person_named_in_full_with_it() -> None:
    quotes = _quotes(
        "Brenda Hollick, 84, had given up hope of seeing the ring again. Her grandson Callum "
        "Hollick, 27, found it with a metal detector.\n\n"
        "Callum said he had bought the detector for £120 on a whim.\n\n"
        "“It’s a miracle,” Callum said. “Not a scratch on it.”\n\n"
        "Brenda, who was married for 52 years, said she had “cried for a week” when it went."
    )
    assert {q.speaker for q in quotes if "Brenda" not in q.text} == {
        "Callum Hollick",
        "Brenda Hollick",
    }
    assert all(q.speaker != "Callum" for q in quotes)


def test_a_possessive_name_before_the_subject_is_not_the_subject() -> None:
    quotes = _quotes(
        "Helena Voss leads the lab. Ruth Abebe joined it in 2020.\n\n"
        '"It works," Voss said.\n\n'
        "Abebe, who grew up in Addis Ababa, will lead the trials from next spring. Voss's "
        "group has already secured permission from the landowners.\n\n"
        '"I did my whole PhD standing in bogs in the rain," she said, laughing.'
    )
    found = {q.text: q.speaker for q in quotes}
    assert found["I did my whole PhD standing in bogs in the rain,"] == "Ruth Abebe"
    assert found["It works,"] == "Helena Voss"


def test_a_person_introduced_with_an_age_is_the_next_pronoun_speaker() -> None:
    quotes = _quotes(
        "Colleen Mahoney chairs the residents' group.\n\n"
        "“We will fight this,” Mahoney said.\n\n"
        "The loudest applause of the night went to Marguerite Lalonde, 74, whose family has "
        "owned a cottage on the lake since 1952.\n\n"
        "“I have time, and I have a very good pair of walking shoes,” she said."
    )
    found = {q.text: q.speaker for q in quotes}
    assert found["I have time, and I have a very good pair of walking shoes,"] == (
        "Marguerite Lalonde"
    )


def test_a_gendered_role_word_outweighs_the_first_name() -> None:
    quotes = _quotes(
        "His mum, Sharon Bexley, 58, was at the table.\n\n"
        "“We were all in bits,” she said.\n\n"
        "Allotment society chairwoman Pat Lumb said the find had ‘given everyone a lift’.\n\n"
        "‘We get a lot of detectorists asking to come on the site,’ she said."
    )
    found = {q.text: q.speaker for q in quotes}
    assert found["We get a lot of detectorists asking to come on the site,"] == "Pat Lumb"


def test_an_age_reference_is_the_person_introduced_with_that_age() -> None:
    quotes = _quotes(
        "Brenda Hollick, 84, lost her ring in 1983.\n\n"
        "His mum, Sharon Bexley, 58, was at the table.\n\n"
        "“We were all in bits,” she said.\n\n"
        "The 84-year-old said she did not recognise it at first."
    )
    found = {q.text: q.speaker for q in quotes}
    assert found["she did not recognise it at first."] == "Brenda Hollick"
    assert found["We were all in bits,"] == "Sharon Bexley"


def test_a_lower_case_compound_before_a_name_is_the_role_not_the_name() -> None:
    quotes = _quotes(
        "Fly-half Jack Fenwick struck a drop goal two minutes from time.\n\n"
        "“I heard them, don’t worry,” the fly-half said with a grin."
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [("Jack Fenwick", "Fly-half")]


def test_a_name_in_a_clause_hung_on_a_place_is_not_the_subject() -> None:
    quotes = _quotes(
        "Jack Fenwick kicked the winner. Dan Thomson set it up.\n\n"
        "Fenwick, meanwhile, was asked about the missed penalties. Next up is a trip to "
        "Ebbsworth, where Thomson is set to make his 100th appearance.\n\n"
        "“My mum was in the stand for the misses and for the drop,” he said."
    )
    assert [q.speaker for q in quotes] == ["Jack Fenwick"]


def test_a_relative_clause_is_no_part_of_a_role_and_who_studies_is_one() -> None:
    quotes = _quotes(
        '"Epigenetic clocks are a useful tool," said Dr. Graham Feld, a gerontologist at the '
        "University of Edinburgh who was not involved in the research.\n\n"
        "Dr. Rosalind Achebe, who studies climate and health at the University of Cape Town, "
        "said the study was well designed.\n\n"
        '"The people most exposed to heat are largely absent from this data," the researcher '
        "said."
    )
    found = {q.text: (q.speaker, q.speaker_role) for q in quotes}
    assert found["Epigenetic clocks are a useful tool,"] == (
        "Graham Feld",
        "gerontologist at the University of Edinburgh",
    )
    assert found["The people most exposed to heat are largely absent from this data,"][0] == (
        "Rosalind Achebe"
    )


def test_a_quoted_paragraph_after_one_about_a_new_person_is_theirs() -> None:
    quotes = _quotes(
        "Among the regulars was Tom Brierley, who brings his daughter to the session.\n\n"
        '"Where else is she going to go?" he asked.\n\n'
        "His mother, Eileen Brierley, who looks after the girl two days a week, had walked "
        "down with them.\n\n"
        '"They found money for a new roundabout but not for this. It\'s a disgrace."'
    )
    found = {q.text: q.speaker for q in quotes}
    assert found["They found money for a new roundabout but not for this. It's a disgrace."] == (
        "Eileen Brierley"
    )


def test_a_question_a_reporter_put_is_no_ones_quote() -> None:
    quotes = _quotes(
        "Mike Tennant coaches the team.\n\n"
        "When a reporter asked Tennant, “Was it a knock-on?” he paused for a long moment.\n\n"
        "“I have seen it once, on a phone,” Tennant said."
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("I have seen it once, on a phone,", "Mike Tennant")
    ]


def test_a_name_given_to_something_is_not_a_quote_even_with_its_full_stop() -> None:
    quotes = _quotes(
        "Sen. Marisol Ortega-Brandt has spent the year pushing a groundwater bill.\n\n"
        "“We will not give them the aquifer,” she said.\n\n"
        "Supporters call it “the Basin Fairness Act.” Opponents have taken to calling it "
        "“the Dust Bowl bill.”"
    )
    assert [q.text for q in quotes] == ["We will not give them the aquifer,"]


def test_a_name_after_role_words_in_the_apposition_of_a_role_speaks() -> None:
    quotes = _quotes(
        "Ray Whitaker was arrested on Tuesday.\n\n"
        "Whitaker's attorney, public defender Monica Hale, said her client \"intends to plead "
        'not guilty."'
    )
    assert [q.speaker for q in quotes] == ["Monica Hale"]


def test_role_words_between_a_body_and_a_name_and_after_according_to() -> None:
    quotes = _quotes(
        "Orchid Robotics will test its robots in Punggol.\n\n"
        '"Outdoors is a completely different problem," said Orchid Robotics co-founder and '
        "chief executive Darren Goh, 31.\n\n"
        "The final play was designed for Marcus Odom to post up, according to Eastgate coach "
        "Ray Kinsella."
    )
    assert {q.speaker for q in quotes} == {"Darren Goh", "Ray Kinsella"}


def test_a_given_name_of_two_words_after_the_family_name() -> None:
    quotes = _quotes(
        "Mr Lim Boon Kiat, 58, a security supervisor at the park, said he worried about the "
        "robots.\n\n"
        '"The footpath near Block C is very narrow," said Mr Lim.'
    )
    assert {q.speaker for q in quotes} == {"Lim Boon Kiat"}


def test_a_party_noun_with_a_place_is_the_politician_just_spoken_of() -> None:
    quotes = _quotes(
        "The lead Democratic negotiator, Sen. Marisol Arceneaux (D-N.M.), has worked on the "
        "bill for a year.\n\n"
        "Arceneaux said she still expected to release legislative text before the recess.\n\n"
        "\"We're close. We've been close before,\" the New Mexico Democrat said."
    )
    found = {q.text: q.speaker for q in quotes}
    assert found["We're close. We've been close before,"] == "Marisol Arceneaux"


def test_a_body_and_any_role_before_the_name_after_the_quote() -> None:
    quotes = _quotes(
        "Castlebridge defender Marc Dempsey went off injured.\n\n"
        '"I have not heard this place as loud as that," Castlebridge manager Gary Holloway '
        'told BBC Sport.\n\n"The first half, we were not at it."'
    )
    assert [q.speaker for q in quotes] == ["Gary Holloway", "Gary Holloway"]


def test_the_company_after_a_body_credited_under_a_name_like_a_persons() -> None:
    quotes = _quotes(
        "Protesters blocked the road to the mine.\n\n"
        'In a statement released on Thursday evening, Minera Altoandina said it "respects the '
        'right to peaceful protest."\n\n'
        '"The project has passed every environmental review required by law," the company '
        "said."
    )
    assert {q.speaker for q in quotes} == {"Minera Altoandina"}


def test_a_capitalised_person_noun_opening_a_sentence_is_no_part_of_the_name() -> None:
    quotes = _quotes(
        "Substitute Femi Okonjo scored in the 89th minute.\n\n"
        '"I just saw the ball and went for it," Okonjo said.\n\n'
        "Parent Daniel Pereira said the later finish made life harder."
    )
    assert {q.speaker for q in quotes} == {"Femi Okonjo", "Daniel Pereira"}


def test_an_unnamed_speaker_is_credited_by_their_description() -> None:
    quotes = _quotes(
        "Marta Lindqvist, an analyst at Rystad Energy, said prices would rise sharply over the "
        "coming weeks.\n\n"
        "A trader at a European utility, who declined to be named because he was not "
        "authorised to speak to the media, said buyers had been caught short by the outage.\n\n"
        '"People had been selling summer contracts," he told Reuters.\n\n'
        '"It is a fig leaf," a senior backbencher said. "Everyone knows it," the backbencher '
        "added."
    )
    found = {q.text: q.speaker for q in quotes}
    assert found["buyers had been caught short by the outage."] == "trader at a European utility"
    assert found["People had been selling summer contracts,"] == "trader at a European utility"
    assert found["It is a fig leaf,"] == "senior backbencher"
    assert found["Everyone knows it,"] == "senior backbencher"


def test_a_described_unnamed_speaker_is_not_the_named_holder_of_the_role() -> None:
    quotes = _quotes(
        "Kestrel chief executive Ann Lee said sales had slowed over the summer months.\n\n"
        "One executive at a rival retailer said the whole sector was struggling this year.\n\n"
        '"We expect a better second half," the chief executive said.'
    )
    found = {q.text: q.speaker for q in quotes}
    assert found["the whole sector was struggling this year."] == "executive at a rival retailer"
    assert found["We expect a better second half,"] == "Ann Lee"


def test_a_body_named_after_the_person_without_commas_is_not_the_speaker() -> None:
    quotes = _quotes(
        "Winds toppled trees across the valley.\n\n"
        "Meteorologist Kyle Brandt of the private forecasting firm WestSky Weather said the "
        "winds were expected to ease by Thursday afternoon.\n\n"
        '"But Wednesday is going to be rough," he said.\n\n'
        "Chair of the bench Margaret Pullan told him: ‘You were lucky, and so was every other "
        "driver on the road.’"
    )
    assert [q.speaker for q in quotes] == ["Kyle Brandt", "Kyle Brandt", "Margaret Pullan"]


def test_a_name_after_said_without_that_is_not_the_subject_and_the_defendant() -> None:
    quotes = _quotes(
        "Craig Ashworth, 41, admitted drink-driving when he appeared before magistrates.\n\n"
        "Mitigating, Daniel Rhodes said his client was ‘deeply ashamed’.\n\n"
        "Mr Rhodes said Ashworth had since started a new job as a warehouse operative.\n\n"
        "‘He accepts that he could have killed somebody,’ he added.\n\n"
        "Asked if he had anything to say, the defendant told magistrates: ‘I’m sorry. I just "
        "want to get on with my life.’"
    )
    found = {q.text: q.speaker for q in quotes}
    assert found["He accepts that he could have killed somebody,"] == "Daniel Rhodes"
    assert found["I’m sorry. I just want to get on with my life."] == "Craig Ashworth"


def test_post_nominal_letters_and_garda_titles_and_a_surname_after_a_title() -> None:
    quotes = _quotes(
        "Darren Foley (29) pleaded guilty to assault causing serious harm to Adebayo Okonkwo "
        "on Dame Street.\n\n"
        "Det Garda Ciarán Mulvey told Siobhán Carey BL, prosecuting, that Mr Okonkwo had "
        "collected Foley shortly after 3am.\n\n"
        "‘The State’s position is that this was a sustained attack,’ Ms Carey said.\n\n"
        "‘I used to love this job,’ Mr Okonkwo said in his statement.\n\n"
        "Defence counsel Iain Dalgleish KC said his client was “tormented” by what he had "
        "done.\n\n"
        "“He does not ask for sympathy,” Mr Dalgleish said."
    )
    found = {q.text: q.speaker for q in quotes}
    assert found["The State’s position is that this was a sustained attack,"] == "Siobhán Carey"
    assert found["I used to love this job,"] == "Adebayo Okonkwo"
    assert found["He does not ask for sympathy,"] == "Iain Dalgleish"


def test_a_business_or_a_place_after_the_name_without_commas_and_mr_is_the_father() -> None:
    quotes = _quotes(
        "US District Judge Maren Holt in San Francisco ruled Tuesday that the developers had "
        "presented enough evidence for a jury.\n\n"
        "Jordan Blakely of Fenwick Capital said in a note to clients that juries had been "
        '"notoriously hard to predict."\n\n'
        "Kevin Doyle farms near Merredin. Last year his son, Lachlan, was crushed by a falling "
        "hay bale.\n\n"
        "“Graham kept him stable until the Flying Doctor landed,” Mr Doyle says."
    )
    assert [q.speaker for q in quotes] == ["Maren Holt", "Jordan Blakely", "Kevin Doyle"]


def test_the_family_named_after_the_dead_man_is_the_family() -> None:
    quotes = _quotes(
        "Alasdair Munro, 67, died at the scene.\n\n"
        "In a statement released through police, the Munro family said: “Alasdair was a "
        "wonderful husband. We will miss him every day.”\n\n"
        "The Lopez family said they were devastated by the loss of their son and brother."
    )
    assert [q.speaker for q in quotes] == ["Munro family", "Lopez family"]


def test_more_role_words_madam_and_a_body_with_of_before_spokesperson() -> None:
    quotes = _quotes(
        '"We have confirmed 47 dead," regional civil defence chief Hernán Villca told '
        "reporters.\n\n"
        "Madam Lee Siew Kim, 71, lives alone in a four-room flat.\n\n"
        '"My children are overseas," said Madam Lee.'
    )
    assert [q.speaker for q in quotes] == ["Hernán Villca", "Lee Siew Kim"]


def test_a_witness_who_gave_only_a_first_name_is_credited_by_it() -> None:
    quotes = _quotes(
        "A man was stabbed outside a takeaway.\n\n"
        "Another witness, a man who gave his name only as Danny, said he had tried to stop "
        "the bleeding with his jacket.\n\n"
        '"There was so much blood," he said.'
    )
    assert [q.speaker for q in quotes] == ["Danny", "Danny"]


def test_a_family_name_first_minister_with_a_title_of_capitalised_words() -> None:
    quotes = _quotes(
        "Minister for National Development Chua Wen Hao said the pilot would help seniors "
        "age in place.\n\n"
        "Responding, Mr Chua said the Government was also building 3,000 new hostel beds. "
        '"Homeshare is not instead of hostels," he said.'
    )
    assert {q.speaker for q in quotes} == {"Chua Wen Hao"}


def test_a_body_named_with_of_or_a_number_before_spokesperson_speaks() -> None:
    quotes = _quotes(
        "Waits rose again.\n\n"
        'A Department of Health and Social Care spokesperson said: "Patients should not be '
        'waiting this long for care."\n\n'
        'A No 10 spokesperson said the prime minister had "full confidence" in Hollis.'
    )
    assert [q.speaker for q in quotes] == ["Department of Health and Social Care", "No 10"]


def test_a_prepositions_object_and_an_apposed_subject_for_the_next_pronoun() -> None:
    quotes = _quotes(
        "“We just kept turning up,” said Tom Ashworth.\n\n"
        "Ashworth paid tribute to the fly-half Rhys Morgan, who kicked 13 points. “Rhysy’s "
        "ice cold,” he said.\n\n"
        "Another rebel, the former transport minister Helen Ashby, was blunter. “This is "
        "being driven by Treasury spreadsheets,” she said."
    )
    found = {q.text: q.speaker for q in quotes}
    assert found["Rhysy’s ice cold,"] == "Tom Ashworth"
    assert found["This is being driven by Treasury spreadsheets,"] == "Helen Ashby"


def test_a_business_described_after_its_name_and_an_abbreviation_kept_whole() -> None:
    quotes = _quotes(
        "Harrow & Finch, the homeware and clothing chain, is to close 31 of its 212 shops.\n\n"
        "The retailer said the closures would take place over the next 18 months as leases "
        "expire.\n\n"
        "Granitehead Aggregates Ltd. said it “respects the strength of feeling in the "
        "community” and would hold an open house."
    )
    assert [q.speaker for q in quotes] == ["Harrow & Finch", "Granitehead Aggregates Ltd."]


def test_siblings_sharing_a_surname_and_a_person_of_an_institution() -> None:
    quotes = _quotes(
        "Mr Pryce said the vendors, siblings Margaret and Peter Doyle, had expected more.\n\n"
        "“Mum would have been horrified,” Ms Doyle said after the auction.\n\n"
        "Co-author Prof. Ravi Shankar Iyer of Kabini University said the discovery was “a "
        "reminder that the Ghats are still full of surprises”.\n\n"
        "“That is a long time to be hiding in two streams,” Prof. Iyer said."
    )
    found = {q.text: q.speaker for q in quotes}
    assert found["Mum would have been horrified,"] == "Margaret Doyle"
    assert found["That is a long time to be hiding in two streams,"] == "Ravi Shankar Iyer"


def test_a_person_introduced_with_an_apposition_and_who_is_the_next_speaker() -> None:
    quotes = _quotes(
        "Renata Ochoa runs the store.\n\n"
        '"Our shareholders are old," she says.\n\n'
        "Part of the answer might be Kaylee Briggs, Tyler's 16-year-old sister, who works "
        "the register after school.\n\n"
        '"My friends think it\'s funny that I work at a grocery store," she says.'
    )
    found = {q.text: q.speaker for q in quotes}
    assert found["My friends think it's funny that I work at a grocery store,"] == "Kaylee Briggs"


def test_an_irish_name_with_a_one_letter_particle() -> None:
    quotes = _quotes(
        "The pontoon row rumbled on.\n\n"
        "Speaking at the meeting, local TD Pádraig Ó Murchú said: ‘The people of this harbour "
        "were promised a pontoon in 2019 and again in 2022.\n\n"
        "‘They are still waiting, and the boats are still tied up three deep.’\n\n"
        "Mr Ó Murchú said the Department had ‘gone quiet’."
    )
    assert [q.speaker for q in quotes] == ["Pádraig Ó Murchú"] * 3


def test_malay_names_go_by_the_given_name() -> None:
    quotes = _quotes(
        "Siti Aishah binti Abdullah, a trader in Kuala Lumpur, said prices had doubled this "
        'year.\n\n"It is very hard," said Ms Siti Aishah.\n\n'
        "Ahmad bin Ismail, 52, said he would close his stall next month.\n\n"
        '"I have no choice," Mr Ahmad said.'
    )
    assert [q.speaker for q in quotes] == [
        "Siti Aishah binti Abdullah",
        "Siti Aishah binti Abdullah",
        "Ahmad bin Ismail",
        "Ahmad bin Ismail",
    ]


def test_a_couple_speaking_together_is_credited_together() -> None:
    quotes = _quotes(
        "Ian and Ruth Gallagher said they will look elsewhere if the ban goes ahead next "
        "year.\n\n“We love it here,” Mrs Gallagher said."
    )
    assert [q.speaker for q in quotes] == ["Ian and Ruth Gallagher", "Ruth Gallagher"]


def test_the_couples_son_named_by_first_name_takes_the_family_name() -> None:
    quotes = _quotes(
        "Mark Evans, 44, was injured in the crash. His wife, Claire Evans, was at home.\n\n"
        "“I got the call at midnight,” his wife said.\n\n"
        "The couple’s son, Jack, 16, said his father had always been careful on the road.\n\n"
        "“Dad never speeds,” the teenager said."
    )
    assert [q.speaker for q in quotes] == ["Claire Evans", "Jack Evans", "Jack Evans"]


def test_an_unnamed_speakers_description_ends_where_the_phrase_does() -> None:
    quotes = _quotes(
        '"The market has already priced this in," said one trader in New York.\n\n'
        '"Nobody expected it," said an official with knowledge of the plan on Tuesday.'
    )
    assert [q.speaker for q in quotes] == [
        "trader in New York",
        "official with knowledge of the plan",
    ]


def test_a_short_quote_after_a_beat_about_a_named_person_is_theirs() -> None:
    quotes = _quotes(
        "John Smith and Peter Jones both sit on the board.\n\n"
        'Jones was unmoved. "We have to be realistic about this," he said.\n\n'
        'Smith shook his head. "Not a chance."'
    )
    assert [(q.text, q.speaker) for q in quotes][-1] == ("Not a chance.", "John Smith")


def test_a_name_the_text_uses_as_the_persons_only_name_and_cr() -> None:
    quotes = _quotes(
        "SINGAPORE – Singapore international Haziq Rahmat has completed a move to Thai League "
        "1 club Nakhon Phanom Eagles.\n\n"
        '"This is something I\'ve dreamed about since I was a boy," Haziq told The Straits '
        "Times.\n\n"
        "Tambo Ranges Shire Mayor Shane Loughnan says the community is ‘tired but tough’.\n\n"
        "‘This community has been through fire before,’ Cr Loughnan says."
    )
    assert [q.speaker for q in quotes] == ["Haziq Rahmat", "Shane Loughnan", "Shane Loughnan"]


def test_the_judge_is_the_justice_and_an_age_in_brackets_is_an_apposition() -> None:
    quotes = _quotes(
        "In sentencing Harland, Court of King's Bench Justice Catherine Mireault said his "
        "blood alcohol level was nearly three times the legal limit.\n\n"
        "Crown prosecutor Alana Fisk had asked for six years.\n\n"
        "The judge said she had given Harland credit for pleading guilty to the charge.\n\n"
        "Outside the count centre, Mary Twomey (72), from Millstreet, said she had voted for "
        "Ms Brennan after a lifetime of supporting the Unity party."
    )
    found = {q.text[:20]: q.speaker for q in quotes}
    assert found["she had given Harlan"] == "Catherine Mireault"
    assert found["she had voted for Ms"] == "Mary Twomey"


def test_another_verb_before_said_and_called_one_thing_a_name() -> None:
    quotes = _quotes(
        "Siobhán Keogh topped the poll on first preferences.\n\n"
        "Ms Keogh, a community nurse from Kanturk, congratulated her rival but said the "
        "result showed the Government parties had been “wiped out” in rural Cork.\n\n"
        "Dr. Miriam Castellano led the trial.\n\n"
        'Dr. Castellano called one finding "intriguing but fragile." The drug appeared to '
        "slow the decline."
    )
    assert [q.speaker for q in quotes] == ["Siobhán Keogh", "Miriam Castellano"]


def test_regional_titles_a_role_opening_the_name_and_the_counsel() -> None:
    quotes = _quotes(
        "Patient Hemi Walker, 72, said he was told last week his next appointment would be in "
        "19 days.\n\n"
        "Alhaja Sikirat Adeyemi, who leads the market women, said the traders were not "
        "consulted before the decision was taken.\n\n"
        "Arguing the petition, counsel for the accused, Barrister Hamza Siddiqui, contended "
        "that his client had never absconded and had cooperated fully with investigators.\n\n"
        '"My client is a 61-year-old heart patient," the counsel said.'
    )
    assert [q.speaker for q in quotes] == [
        "Hemi Walker",
        "Sikirat Adeyemi",
        "Hamza Siddiqui",
        "Hamza Siddiqui",
    ]


def test_a_body_whose_name_opens_on_a_compass_word_speaks() -> None:
    quotes = _quotes(
        "Mary Ndung'u won the race in record time.\n\n"
        "The North Rift Athletics Council, which sanctions the race, said in a statement that "
        "all podium finishers had been tested for banned substances.\n\n"
        '"The council remains committed to clean sport," the statement said.'
    )
    assert {q.speaker for q in quotes} == {"North Rift Athletics Council"}


def test_a_sentence_about_the_senator_keeps_her_the_one_she_means() -> None:
    quotes = _quotes(
        "State Senator Marisol Ortega-Brandt has pushed the groundwater bill for two years. "
        "Dolores Kimura, who farms near Fresno, opposes it.\n\n"
        '"It will ruin us," Ms. Kimura said.\n\n'
        "The senator has tried to meet her critics partway. In February she added an "
        "exemption for farms under 500 acres, a change that did little to win over Ms. Kimura. "
        "The amended bill cleared committee last month.\n\n"
        "“We gave them the small farms. We will not give them the aquifer,” she said."
    )
    # "added an exemption" is a thing she added, not words she said.
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("direct", "Dolores Kimura"),
        ("direct", "Marisol Ortega-Brandt"),
    ]


def test_a_subject_with_a_clause_then_said_and_a_list_is_the_speaker() -> None:
    quotes = _quotes(
        "Kagiso Mothibi, who chairs the Hotazel Residents' Forum, said the town's spaza shops, "
        "taxis and schools all depended on mine wages.\n\n"
        "“When a mine sneezes, this whole district catches flu,” he said.\n\n"
        "At least 11 bodies have been recovered from Sungai Lintang, a farming village of "
        "around 600 people, said Hendra Wijaya, a spokesman for the disaster agency."
    )
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("indirect", "Kagiso Mothibi"),
        ("direct", "Kagiso Mothibi"),
        ("indirect", "Hendra Wijaya"),
    ]


def test_a_lead_that_names_its_subject_by_role_and_a_former_holder_of_the_role() -> None:
    quotes = _quotes(
        "The housing minister has insisted the government will not water down its "
        "house-building targets, despite a letter from 40 of his own MPs.\n\n"
        'Tom Ashworth told Sky News the target was "a promise".\n\n'
        "The letter was organised by Martin Hawley, a former minister and the MP for North "
        "Wealdshire, who said the numbers had been drawn up in a Whitehall spreadsheet.\n\n"
        'He added: "If the minister wants our votes, he knows where to find us."\n\n'
        "The minister said he had met Mr Hawley twice and would do so again before the bill "
        "returns to the Commons.\n\n"
        '"Martin is a friend and a serious man," he said.'
    )
    assert [q.speaker for q in quotes] == [
        "Tom Ashworth",
        "Tom Ashworth",
        "Martin Hawley",
        "Martin Hawley",
        "Tom Ashworth",
        "Tom Ashworth",
    ]


def test_indian_honorifics_and_a_company_named_like_a_person() -> None:
    quotes = _quotes(
        "The contractor, P. Murugesan of Sri Lakshmi Constructions, said he had pulled out "
        "because bills had not been cleared.\n\n"
        "District Collector M. Anbarasi said the contractor had been served a notice and he "
        "would be replaced within a week.\n\n"
        '"We are aware of the farmers\' concerns," she said.\n\n'
        '"The silt will be removed first," Ms. Anbarasi added.\n\n'
        'Shri R. Venkatesan, the MLA for the area, said the delay was "unacceptable".'
    )
    assert [q.speaker for q in quotes] == [
        "P. Murugesan",
        "M. Anbarasi",
        "M. Anbarasi",
        "M. Anbarasi",
        "R. Venkatesan",
    ]


def test_what_a_person_named_mid_sentence_said_in_a_relative_clause() -> None:
    quotes = _quotes(
        "The rally was led by Jane Moss, a retired nurse, who said that the cuts would close "
        "three wards.\n\n"
        "The court heard from Vikram Patel, who described himself on his website as a friend "
        "of pensioners."
    )
    assert [(q.kind, q.speaker, q.text) for q in quotes] == [
        ("indirect", "Jane Moss", "the cuts would close three wards.")
    ]


def test_a_company_described_by_where_it_is_based_or_listed() -> None:
    quotes = _quotes(
        "Shares of Vantora Aerial Systems Inc. fell sharply on Thursday.\n\n"
        "Vantora now expects revenue of $880 million to $910 million this year, down from a "
        "previous forecast, the Denver-based company said in a statement.\n\n"
        "Trucks bound for the Salar Blanco project, run by Toronto-listed Cordillera Brine "
        "Corp., were stopped.\n\n"
        "A company spokesman in Buenos Aires said talks with community leaders had been "
        "scheduled for next week."
    )
    assert [q.speaker for q in quotes] == ["Vantora Aerial Systems Inc.", "Cordillera Brine Corp."]


def test_an_unnamed_official_with_two_words_of_description_the_article_surname_and_a_parent() -> (
    None
):
    quotes = _quotes(
        "Ellen Marsh fired her campaign manager on Monday.\n\n"
        "Behind the scenes, frustration had been building for weeks, a senior campaign "
        "official told CNN.\n\n"
        '"There was a sense that we were running the old campaign," said the official.\n\n'
        "Saeed bin Awadh al-Kathiri has fished these waters for 30 years. Nour al-Haddad, a "
        "marine biologist, said stocks had collapsed since the trawlers came.\n\n"
        '"He asked me to teach him the sea," al-Kathiri said.\n\n'
        "Leanne Forbes, 34, has had an operation cancelled three times. Richard Obi said the "
        "trust was sorry.\n\n"
        '"I\'ve had my bag packed by the door three times," the mother-of-two said.'
    )
    assert [q.speaker for q in quotes] == [
        "senior campaign official",
        "senior campaign official",
        "Nour al-Haddad",
        "Saeed bin Awadh al-Kathiri",
        "Richard Obi",
        "Leanne Forbes",
    ]


def test_the_spokesperson_after_a_body_s_spokesperson_and_a_headteacher_s_role() -> None:
    quotes = _quotes(
        "Ystrad Tywi County Council wants to merge two village schools.\n\n"
        "Gareth Llewellyn, headteacher of both schools since 2019, was more cautious.\n\n"
        "Dafydd Rees, the councillor for Cwm Hywel, called the plan a disaster.\n\n"
        "The headteacher said he would support whatever the governors decided.\n\n"
        'Eirlys Morgan, 78, said: "My mother went here. You don\'t get that back."\n\n'
        "A council spokesperson said no decision had been taken on the future of the school.\n\n"
        '"We understand how strongly people feel," the spokesperson added.'
    )
    assert [q.speaker for q in quotes] == [
        "Gareth Llewellyn",
        "Eirlys Morgan",
        "Ystrad Tywi County Council",
        "Ystrad Tywi County Council",
    ]


def test_a_role_is_what_one_is_not_the_body_one_works_in_nor_someone_else_s_role() -> None:
    quotes = _quotes(
        '"We wanted to be inside, taking care of our patients," said Denise Carrow, president '
        "of the Central Valley Nurses Union.\n\n"
        "The union says nurses in the emergency department are routinely assigned six or "
        "more patients.\n\n"
        "Maribel Ortiz, who has worked in intensive care for 19 years, said she had twice been "
        "assigned three critically ill patients.\n\n"
        '"One of them was on a ventilator," the ICU nurse said.\n\n'
        'Mayor Ernesto Villaruel said: "We are doing everything we can."\n\n'
        "Rodolfo Abanilla, the barangay captain of Malinao and a political rival of the mayor, "
        "said his village had received only 300 packs.\n\n"
        '"This is not the time for politics," the mayor said.'
    )
    assert [q.speaker for q in quotes] == [
        "Denise Carrow",
        "Central Valley Nurses Union",
        "Maribel Ortiz",
        "Maribel Ortiz",
        "Ernesto Villaruel",
        "Rodolfo Abanilla",
        "Ernesto Villaruel",
    ]


def test_kenyan_cabinet_secretary_according_to_with_a_firm_and_clauses_inside_cues() -> None:
    quotes = _quotes(
        "Second-hand clothes traders staged a go-slow on Monday as a new levy took effect, "
        "adding about Sh4,500 to the cost of a bale.\n\n"
        "Trade Cabinet Secretary Zawadi Mwinyi said the levy would help local textile makers.\n\n"
        "CS Mwinyi, who said the ministry would set aside Sh1.2 billion for traders, urged "
        'them to "give the policy time to work".\n\n'
        "Rehema Atieno, who said she had sold clothes at the market since 1998, said customers "
        "were walking away.\n\n"
        "According to economist Baraka Odhiambo of Ngong Road Capital, the levy could raise "
        "about Sh6 billion a year.\n\n"
        "Emmett Lyle died at his home, according to his widow, Margaret Lyle.\n\n"
        '"He went the way he wanted to," his widow told The Associated Press on Monday.'
    )
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("indirect", "Zawadi Mwinyi"),
        ("indirect", "Zawadi Mwinyi"),
        ("mixed", "Zawadi Mwinyi"),
        ("indirect", "Rehema Atieno"),
        ("indirect", "Rehema Atieno"),
        ("indirect", "Baraka Odhiambo"),
        ("indirect", "Margaret Lyle"),
        ("direct", "Margaret Lyle"),
    ]


def test_the_woman_given_an_age_and_a_single_marked_quote_ending_in_a_nested_one() -> None:
    quotes = _quotes(
        "Joanne Whitcombe, 42, a dinner lady from Doncaster, says she visited her GP four "
        "times.\n\n"
        "'I honestly thought I was just run down,' Mrs Whitcombe told MailOnline.\n\n"
        "'It was Ellie who wouldn't let it go. She'd say, \"Mum, that's not normal.\"'\n\n"
        "According to her consultant, Miss Anita Collingwood, the tumour was rare.\n\n"
        "'These tumours are uncommon,' she said.\n\n"
        "The 42-year-old is now cancer-free. She says she is 'angry but mostly grateful'."
    )
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("indirect", "Joanne Whitcombe"),
        ("direct", "Joanne Whitcombe"),
        ("direct", "Joanne Whitcombe"),
        ("indirect", "Anita Collingwood"),
        ("direct", "Anita Collingwood"),
        ("mixed", "Joanne Whitcombe"),
    ]


def test_us_lawmakers_with_party_and_state_a_leading_apposition_and_a_long_title() -> None:
    quotes = _quotes(
        "Rep. Tom Halloran (R-Texas), who leads a bloc of farm-state conservatives, told "
        "reporters that at least nine Republicans would vote against the bill.\n\n"
        "Rep. Marcus Whitfield (D-Ga.) said Democrats were watching the split with interest.\n\n"
        "Another Republican holdout, Rep. Wade Carrick (R-Neb.), said the bill's backers had "
        "underestimated how personal the issue was.\n\n"
        "Mining analyst Nomvula Khumalo, of Johannesburg-based Ridgeback Capital, said KMH was "
        "not alone in cutting jobs.\n\n"
        "No injuries were reported, according to Cedar Flats Fire Protection District Chief "
        "Dale Hutchins."
    )
    assert [q.speaker for q in quotes] == [
        "Tom Halloran",
        "Marcus Whitfield",
        "Wade Carrick",
        "Nomvula Khumalo",
        "Dale Hutchins",
    ]


def test_reported_quantities_and_a_pronoun_after_a_quote_ending_a_sentence() -> None:
    quotes = _quotes(
        "Priya Raman is an analyst at Halbrook Securities.\n\n"
        'Raman called the delays "the first real crack in the bull case." She said smaller '
        "rivals were winning contracts by undercutting Vantora on price.\n\n"
        "Sylvie Côté, who runs a diner across the road, said about half her customers work "
        "there.\n\n"
        "Martin Hawley said at least 60 colleagues were prepared to back an amendment."
    )
    assert [(q.kind, q.speaker, q.text[:12]) for q in quotes][1:] == [
        ("indirect", "Priya Raman", "smaller riva"),
        ("indirect", "Sylvie Côté", "about half h"),
        ("indirect", "Martin Hawley", "at least 60 "),
    ]


def test_the_one_a_reporter_asked_answers_next() -> None:
    quotes = _quotes(
        "Dolores Kimura farms near Fresno. Teresa Villalobos, a retired schoolteacher, said "
        "her well went dry in August.\n\n"
        '"I water my tomatoes with a bucket," she said.\n\n'
        "At a town hall last week, a reporter asked Ms. Kimura, “Is there any cap you could "
        "support?” She was silent for several seconds.\n\n"
        "“Not this one,” she said finally."
    )
    assert [(q.speaker, q.text) for q in quotes][-1] == ("Dolores Kimura", "Not this one,")
    assert not any("cap you could" in q.text for q in quotes)


def test_the_gran_and_a_paragraph_opening_on_her_first_name() -> None:
    quotes = _quotes(
        "Brenda Hollick, 84, lost the ring at the allotment in 1983.\n\n"
        "‘It’s a miracle,’ said the gran.\n\n"
        "Allotment society chairwoman Pat Lumb said detectorists often asked to search.\n\n"
        "‘I might have to change my tune,’ she said.\n\n"
        "Brenda now wears the ring on a chain because, she says, her knuckles have got too big "
        "for it."
    )
    assert [q.speaker for q in quotes] == [
        "Brenda Hollick",
        "Pat Lumb",
        "Pat Lumb",
        "Brenda Hollick",
    ]


def test_a_colon_quote_after_how_a_described_person_took_it() -> None:
    quotes = _quotes(
        "The Chairman of the Oja-Ayedun Market Traders Association, Chief Rasheed Olaniyan, "
        "said the association had written to the Governor.\n\n"
        "But the General Manager of the authority, Engr. Babatunde Akinlade, said the "
        "relocation was in the public interest.\n\n"
        '"We cannot wait until lives are lost," he said.\n\n'
        'The association chairman was unmoved: "We have heard this kind of promise before."\n\n'
        "Outside, the lawyer for the traders, Laura Fitch, was scathing about the ruling. "
        '"It punishes a sick old man," she said.'
    )
    assert [q.speaker for q in quotes] == [
        "Rasheed Olaniyan",
        "Babatunde Akinlade",
        "Babatunde Akinlade",
        "Rasheed Olaniyan",
        "Laura Fitch",
    ]


def test_two_initials_before_a_surname_and_the_council_by_its_full_name() -> None:
    quotes = _quotes(
        "Commissioner V. N. Deshmukh said two of the accused had been arrested on the "
        "highway.\n\n"
        '"Five teams are working on the case," Mr Deshmukh said.\n\n'
        "Strathcarran Council approved the parking charges on Thursday.\n\n"
        '"We have listened to concerns about access," the Council said.'
    )
    assert [q.speaker for q in quotes] == [
        "V. N. Deshmukh",
        "V. N. Deshmukh",
        "Strathcarran Council",
    ]


def test_a_lead_naming_a_minister_by_office_and_the_finance_minister_not_the_energy_one() -> None:
    quotes = _quotes(
        "MERISK, March 11 - Dravonia's finance minister on Tuesday defended a plan to raise "
        "the fuel levy.\n\n"
        "Petar Valensky told reporters the levy would raise about 410 million euros a year.\n\n"
        "Energy Minister Anton Drobnik said his party could not support the plan.\n\n"
        '"Mr Karev has had three years to present a budget," the finance minister said.'
    )
    assert [q.speaker for q in quotes] == ["Petar Valensky", "Anton Drobnik", "Petar Valensky"]


def test_people_familiar_with_the_matter_then_the_people() -> None:
    quotes = _quotes(
        "Quellion Systems Inc. is exploring a sale after receiving takeover interest from "
        "Northgate Cloud Corp., according to people familiar with the matter.\n\n"
        "The Austin, Texas-based company is working with advisers to gauge interest from other "
        "buyers, said the people, who asked not to be identified.\n\n"
        "No final decision has been made and Quellion could still remain independent, the "
        "people said."
    )
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("indirect", "people familiar with the matter"),
        ("indirect", "people familiar with the matter"),
        ("indirect", "people familiar with the matter"),
    ]


def test_openers_an_acronym_before_a_role_a_boss_and_the_nearer_clause_s_subject() -> None:
    quotes = _quotes(
        "Irish Family Farms Association (IFFA) livestock chairman Declan Moynihan said a survey "
        "of 600 members had found that 58% expected to run short of fodder.\n\n"
        "Across the city in Ryde, agent Tessa Nguyen of Harbourline Property said investors "
        "were also returning to the market.\n\n"
        "Ellerby boss Stuart Abernathy was furious with referee Martin Coles, saying the second "
        "booking had been soft and the goal should have been ruled out.\n\n"
        "Crown prosecutor Alana Fisk had asked for eight years, while defence lawyer Ryan Dueck "
        "sought four, arguing that the early guilty plea should weigh in his favour."
    )
    assert [q.speaker for q in quotes] == [
        "Declan Moynihan",
        "Tessa Nguyen",
        "Stuart Abernathy",
        "Ryan Dueck",
    ]


def test_a_body_named_after_a_clause_opener_or_in_the_plural() -> None:
    quotes = _quotes(
        "When Carrawong High School pushed its start time back, parents were sceptical. "
        "Eighteen months on, attendance at the school is up 9 per cent, the school says.\n\n"
        "Drumbeg Estates said it had acted in good faith throughout.\n\n"
        'A spokesman for the estate said: "We have a legal duty to our shareholders."'
    )
    assert [q.speaker for q in quotes] == [
        "Carrawong High School",
        "Drumbeg Estates",
        "Drumbeg Estates",
    ]


def test_malaysian_titles_and_places_and_a_ministry_official() -> None:
    quotes = _quotes(
        "Residents of Taman Sri Kenari have blamed a hillside development for the floods.\n\n"
        "Datuk Haslinda Ariffin, who visited the area yesterday, said a stop-work order had "
        "been issued to the developer.\n\n"
        "Tan Sri Lim Boon Keat said the company would cooperate fully with the investigation.\n\n"
        '"We take the concerns of the residents very seriously," Lim said.\n\n'
        "The Ministry of Family and Community Care announced the plan on Monday.\n\n"
        '"We don\'t want to start a war with the private sector," a ministry official said.'
    )
    assert [q.speaker for q in quotes] == [
        "Haslinda Ariffin",
        "Lim Boon Keat",
        "Lim Boon Keat",
        "Ministry of Family and Community Care",
    ]


def test_a_name_no_first_name_list_knows_after_a_role_word_and_before_a_verb() -> None:
    quotes = _quotes(
        '"Our members drive 12-hour shifts," Tawsu general secretary Sipho Mahlangu told the '
        "Mail & Guardian.\n\n"
        "MCC chief executive Hendrik van der Walt said the company could not afford more.\n\n"
        'He said the union was "holding commuters hostage" to win a deal.\n\n'
        'Mahlangu rejected the charge. "Nobody called that holding commuters hostage," he said.'
    )
    assert [q.speaker for q in quotes] == [
        "Sipho Mahlangu",
        "Hendrik van der Walt",
        "Hendrik van der Walt",
        "Sipho Mahlangu",
    ]


def test_a_securities_firm_is_no_person_and_an_unnamed_cue_inside_a_quote_is_no_cue() -> None:
    quotes = _quotes(
        "Daniel Okoro, an analyst at Fenwick Lane Securities, said the results were better "
        "than expected. But he warned that much of the improvement came from cost-cutting.\n\n"
        "Simon Pellow, prosecuting, told Exeter Crown Court that Daventry had added two "
        "fictitious drivers to the payroll.\n\n"
        '"It stopped only because a new finance manager asked why two drivers had never taken '
        'a day off," he said.'
    )
    assert [q.speaker for q in quotes] == [
        "Daniel Okoro",
        "Daniel Okoro",
        "Simon Pellow",
        "Simon Pellow",
    ]


def test_his_brother_is_the_other_one_of_that_name() -> None:
    quotes = _quotes(
        "Twins Eamon and Declan Fahy have cut hair in Callan for fifty years.\n\n"
        "“Hurling,” says Eamon Fahy. “He thinks Kilkenny. He’s wrong.”\n\n"
        "“I think Kilkenny because I have eyes,” says his brother."
    )
    assert [q.speaker for q in quotes] == ["Eamon Fahy", "Eamon Fahy", "Declan Fahy"]


def test_who_a_sentence_is_about_after_for_and_a_passive_s_agent() -> None:
    quotes = _quotes(
        "Dr Ingrid Solvang said the heatwave began in late June.\n\n"
        "For marine ecologist Dr Amara Lindqvist-Osei, of the Tweed Marine Field Station, the "
        "concern is what lives in the water.\n\n"
        '"Puffins can\'t follow them down there," she says.\n\n'
        "Volunteer Priya Lakhani found the pup on the beach at dawn.\n\n"
        "The pup is being examined by vet Fiona McAlister. She says the net had cut about a "
        "centimetre into the skin."
    )
    assert [q.speaker for q in quotes] == [
        "Ingrid Solvang",
        "Amara Lindqvist-Osei",
        "Fiona McAlister",
    ]


def test_a_player_by_position_and_a_name_inside_what_he_says() -> None:
    quotes = _quotes(
        "Coach Dennis Arkwright has led the club for five seasons.\n\n"
        "His captain, Kieran Mulvey, has played under him for all five seasons. The prop, who "
        "works nights at a chemical plant, says Arkwright is the reason he did not quit.\n\n"
        '"I\'d done my knee and I was 29," he says.'
    )
    assert [q.speaker for q in quotes] == ["Kieran Mulvey", "Kieran Mulvey"]


def test_a_family_sharing_a_surname_goes_by_first_names() -> None:
    quotes = _quotes(
        "Nkechi Harrow opened Lantern Row four years ago.\n\n"
        "Her mother, Adaeze Harrow, still comes in on Thursdays to make the pepper soup.\n\n"
        '"I don\'t want to become somewhere they walk past," Harrow says.\n\n'
        'Her mother is blunter. "Then don\'t charge them so much," Adaeze says.'
    )
    assert [q.speaker for q in quotes] == ["Nkechi Harrow", "Adaeze Harrow"]


def test_the_finance_chief_is_the_chief_financial_officer() -> None:
    quotes = _quotes(
        "Joanna Petrakis, who became chief executive in 2022, said the business had stopped "
        "trying to be everything to everyone.\n\n"
        "Chief financial officer Sunita Marwaha said net debt had fallen from £97m to £41m.\n\n"
        '"We\'d rather surprise people on the upside," the finance chief added.'
    )
    assert [q.speaker for q in quotes] == ["Joanna Petrakis", "Sunita Marwaha", "Sunita Marwaha"]


def test_a_body_named_by_place_and_kind() -> None:
    quotes = _quotes(
        "Brigitte Kästner, who runs the ferry, said it would stop in March.\n\n"
        "The Rheinhöhen district administration said in a statement that it could "
        '"no longer fund services that are the responsibility of the state."\n\n'
        '"We understand the anger in Langenau," the statement added.'
    )
    assert [q.speaker for q in quotes] == [
        "Brigitte Kästner",
        "Rheinhöhen district administration",
        "Rheinhöhen district administration",
    ]


def test_a_council_member_with_a_whose_clause_comrade_and_the_airline() -> None:
    quotes = _quotes(
        "Council member Dana Whitcomb, who sponsored the measure, said the city could not "
        "afford to leave the land empty.\n\n"
        "Council member Teresa Okafor-Lind, whose ward includes the site, voted against it. "
        'She described the plan as "a developer\'s wish list".\n\n'
        "Comrade Blessing Nwachukwu, who led the march, said the price had risen by more than "
        "N400 in six weeks.\n\n"
        "Meridia Airways cancelled 140 flights on Friday.\n\n"
        '"We sincerely apologise to every customer affected," the airline said.'
    )
    assert [q.speaker for q in quotes] == [
        "Dana Whitcomb",
        "Teresa Okafor-Lind",
        "Blessing Nwachukwu",
        "Meridia Airways",
    ]


def test_an_unnamed_person_in_what_someone_said_is_not_a_later_speaker() -> None:
    # "Ashdown KC said an engineer had condemned …": the engineer is what he said, so the
    # next "he said" is still the prosecutor's; and "next to Mr Doyle's," closing an aside
    # leaves Fenwick, not Doyle, the one the sentence is about.
    quotes = _quotes(
        "Kieran Doyle, 27, was found dead in his bedroom in February.\n\n"
        "Opening the case, prosecutor Martin Ashdown KC said an engineer had condemned the "
        "boiler in October.\n\n"
        "“The defendant removed that notice,” he said.\n\n"
        "Luke Fenwick, who lived in the room next to Mr Doyle’s, told The Independent he had "
        "raised the headaches twice. “We all thought it was the damp,” he said."
    )
    assert [q.speaker for q in quotes] == [
        "Martin Ashdown",
        "Martin Ashdown",
        "Luke Fenwick",
        "Luke Fenwick",
    ]


def test_hong_kong_names_a_troupe_and_the_developer() -> None:
    quotes = _quotes(
        "Leung Wai-kuen, the founder of the Jade Lantern Opera Troupe, said the notice had "
        "come as a shock.\n\n"
        "The building was bought last year by Harbourfront Crest Holdings.\n\n"
        "In a statement, the developer said it had offered to help the troupe.\n\n"
        "The troupe’s principal performer, Ho Mei-ling, said the hall was hard to replace.\n\n"
        "“Someone will get hurt,” she said.\n\n"
        "One of those students, 23-year-old Kelly Tsang Hoi-yan, said she had quit a job.\n\n"
        "“My parents think I am crazy,” Tsang said."
    )
    assert [q.speaker for q in quotes] == [
        "Leung Wai-kuen",
        "Harbourfront Crest Holdings",
        "Ho Mei-ling",
        "Ho Mei-ling",
        "Kelly Tsang Hoi-yan",
        "Kelly Tsang Hoi-yan",
    ]


def test_a_club_named_after_its_place_a_thousands_comma_and_a_short_company_name() -> None:
    quotes = _quotes(
        "Her gym, IronPeak Fitness, required members to cancel in person.\n\n"
        "IronPeak said in a statement that it complies with the law.\n\n"
        "A spokesman for the National Fitness Operators Association, a trade group "
        "representing about 3,000 gym owners, says in-person cancellation rules help prevent "
        "fraud.\n\n"
        "“Most members never have a problem,” the spokesman says.\n\n"
        "Tania Coutts, the president of the Derwent Valley Junior Netball Association, said "
        "her club had applied twice.\n\n"
        "“We had the engineers' report,” she told the ABC."
    )
    assert [q.speaker for q in quotes] == [
        "IronPeak Fitness",
        "National Fitness Operators Association",
        "National Fitness Operators Association",
        "Tania Coutts",
        "Tania Coutts",
    ]


def test_an_honorific_outweighs_what_a_first_name_usually_is() -> None:
    quotes = _quotes(
        "Saxophonist Marcia Oyelaran said losing the club would hurt the scene.\n\n"
        "A petition started by regular customer Jess Whitlock has 18,000 signatures. "
        "Ms Whitlock said she had started it at 2am.\n\n"
        "“I’ve been coming here since I was a student,” she told the Standard."
    )
    assert [q.speaker for q in quotes] == ["Marcia Oyelaran", "Jess Whitlock", "Jess Whitlock"]


def test_a_spokesman_a_forum_and_a_body_between_dashes() -> None:
    quotes = _quotes(
        "Tariq Mahmood Bhatti, the forum's chairman, said the mills would close soon.\n\n"
        "The Faisalabad Knitwear Exporters Forum held a press conference on Monday.\n\n"
        "The forum said in a statement that it had sought meetings with officials.\n\n"
        "A Glenmorven Spirits spokesman said a consultation would begin on Monday. "
        '"We will be meeting staff individually," he said.\n\n'
        "In a statement, Mangatoa Water Services – the council-controlled organisation that "
        "will manage the work – says the first contracts will be let in March.\n\n"
        "“We will be writing to every affected household,” the statement says."
    )
    assert [q.speaker for q in quotes] == [
        "Tariq Mahmood Bhatti",
        "Faisalabad Knitwear Exporters Forum",
        "Glenmorven Spirits",
        "Glenmorven Spirits",
        "Mangatoa Water Services",
        "Mangatoa Water Services",
    ]


def test_what_is_said_starts_at_its_subject_or_after_where_it_was_said() -> None:
    quotes = _quotes(
        "Cypress Bend coach Wendell Marsh said he nearly pulled Thibodeaux after a "
        "second-quarter interception that was returned for a touchdown.\n\n"
        "Dunga Fish Processors, which sponsored the team’s kits this season, said in a "
        "statement it would contribute Sh500,000 towards the trip."
    )
    assert [(q.speaker, q.text) for q in quotes] == [
        (
            "Wendell Marsh",
            "he nearly pulled Thibodeaux after a second-quarter interception that was "
            "returned for a touchdown.",
        ),
        ("Dunga Fish Processors", "it would contribute Sh500,000 towards the trip."),
    ]


def test_a_body_whose_name_joins_two_groups_with_and() -> None:
    quotes = _quotes(
        "According to the Irish Nurses and Midwives Organisation, 74 patients were on "
        "trolleys at the hospital at 8am.\n\n"
        "The contractor, P. Murugesan of Sri Lakshmi Constructions, said he had pulled out "
        "because his bills had not been cleared."
    )
    assert [q.speaker for q in quotes] == [
        "Irish Nurses and Midwives Organisation",
        "P. Murugesan",
    ]


def test_a_name_inside_a_quote_and_a_noticing_nursery_worker_are_not_in_play() -> None:
    quotes = _quotes(
        "Manager Lee Darbyshire insisted his squad would not be distracted.\n\n"
        "“I'd rather be at Clayton Lane, obviously, because the atmosphere there is worth a "
        "goal a game to us,” said Darbyshire.\n\n"
        "He added: “The lads are already talking about next season.”\n\n"
        "Hannah Colley says her son waited 14 months to be seen after a nursery worker "
        "noticed he was not responding to his name.\n\n"
        '"We thought he was just ignoring us," she says.'
    )
    assert [q.speaker for q in quotes] == [
        "Lee Darbyshire",
        "Lee Darbyshire",
        "Lee Darbyshire",
        "Hannah Colley",
        "Hannah Colley",
    ]


def test_an_ampersand_in_a_body_and_a_person_of_a_firm_so_named() -> None:
    quotes = _quotes(
        "In a statement, the Irwell & Mersey League said it would work with the club.\n\n"
        "The league confirmed the ground did not meet the minimum standards.\n\n"
        "Selling agent Marcus Bellamy, of Bellamy & Stone, said he had not seen a crowd "
        "like it since early 2022."
    )
    assert [q.speaker for q in quotes] == [
        "Irwell & Mersey League",
        "Irwell & Mersey League",
        "Marcus Bellamy",
    ]


def test_bill_as_a_first_name_and_a_relative_clause_calling_it_something() -> None:
    quotes = _quotes(
        "State Sen. Bill Okerlund, a Republican, has introduced a bill.\n\n"
        "“This isn’t a red or blue issue,” Okerlund said.\n\n"
        "The bill has a Democratic co-sponsor, state Rep. Carla Jessup of Eau Claire, who "
        "called it “the least glamorous thing we’ll pass this session.”"
    )
    assert [q.speaker for q in quotes] == ["Bill Okerlund", "Carla Jessup"]


def test_the_company_is_the_business_last_credited_never_a_weekday() -> None:
    quotes = _quotes(
        "Norsea Refining has shut its main crude unit after a fire late on Tuesday, the "
        "company said.\n\n"
        '"As a precaution, the unit has been taken offline," the company said.\n\n'
        "Meridian Air agreed on Monday to be bought by Skyreach Holdings.\n\n"
        "Jenny Cheng, a fund manager at Lantern Capital, said the price was too high for "
        "shareholders to accept.\n\n"
        "Skyreach said it expects annual cost savings of about 250 million ringgit.\n\n"
        "The company said the deal is expected to close in the first quarter."
    )
    assert [q.speaker for q in quotes] == [
        "Norsea Refining",
        "Norsea Refining",
        "Jenny Cheng",
        "Skyreach Holdings",
        "Skyreach Holdings",
    ]


def test_a_body_by_a_shorter_name_and_a_cue_opening_a_long_mixed_sentence() -> None:
    quotes = _quotes(
        "When the letter from Front Range Mutual Insurance arrived, Dale Whitcomb assumed it "
        "was a renewal notice.\n\n"
        "Front Range Mutual, a Lakewood-based insurer, confirmed it is not renewing about "
        "4,000 policies.\n\n"
        'The company said its reinsurance costs had risen and that it "can no longer" carry '
        "the risk.\n\n"
        "The union wrote to the operator, Nairobi-based TransitLink Systems, demanding an "
        "account.\n\n"
        "In a statement on Friday, TransitLink said the outage was caused by a power "
        "failure.\n\n"
        "Noeline Gorrie runs the kitchen.\n\n"
        "“I’ve fed every team that’s come through those doors,” she says.\n\n"
        "In a statement, the Amuri Plains Rugby Sub-Union says it supports the merger and "
        "that combined clubs are “the future for rural rugby in this region”."
    )
    assert [q.speaker for q in quotes] == [
        "Front Range Mutual Insurance",
        "Front Range Mutual Insurance",
        "TransitLink Systems",
        "Noeline Gorrie",
        "Amuri Plains Rugby Sub-Union",
    ]


def test_a_double_surname_an_owners_role_and_an_official_of_a_body() -> None:
    quotes = _quotes(
        "Hector Alvarado Ruiz, 58, pleaded guilty in May to organized fraud.\n\n"
        "Alvarado’s attorney, Richard Baez, asked for probation, arguing that his client had "
        "already repaid $410,000.\n\n"
        "Alvarado, wearing a gray suit, stood and read from a sheet of paper.\n\n"
        "“I have no excuse,” he said.\n\n"
        "A senior official of Cauvery Mercantile Bank, which has the largest exposure, said "
        "the bank was examining the request “on a case-by-case basis.”\n\n"
        "“We are not going anywhere,” the official said."
    )
    assert [q.speaker for q in quotes] == [
        "Richard Baez",
        "Hector Alvarado Ruiz",
        "Cauvery Mercantile Bank",
        "Cauvery Mercantile Bank",
    ]


def test_who_a_reporter_asked_a_surname_that_is_a_common_word_and_a_coachs_report() -> None:
    quotes = _quotes(
        "Priya Natarajan, a graduate student, says the letters are moving.\n\n"
        "When I asked Ingrid Solberg whether the library might license its strains, she "
        "winced.\n\n"
        "“I get that email every week,” she said.\n\n"
        "Sonia Park, director of the Colorado Homeowners Coverage Coalition, a consumer "
        'group, called the wave of non-renewals "the new normal for mountain towns." She said '
        "homeowners should not assume a non-renewal is final.\n\n"
        "Lamont Briggs, the Cougars coach, said his side would fix it.\n\n"
        "The Cougars coach said Marcus Dorsey had played through a sprained ankle.\n\n"
        "“He wasn’t going to sit. I asked him twice,” he said."
    )
    assert [q.speaker for q in quotes] == [
        "Priya Natarajan",
        "Ingrid Solberg",
        "Sonia Park",
        "Sonia Park",
        "Lamont Briggs",
        "Lamont Briggs",
        "Lamont Briggs",
    ]


def test_a_spokeswoman_for_a_body_and_names_apposed_in_a_cue() -> None:
    quotes = _quotes(
        "A spokeswoman for Argyll Island Ferries said the company had submitted a business "
        "case. “We recognise the disruption this causes to island life,” she said.\n\n"
        "Jonathan Fairlie, a fund manager at Brackwater Asset Management, which owns about "
        "4pc of the company, told The Telegraph he would be seeking a meeting.\n\n"
        "“We have backed this management team for a long time,” he said.\n\n"
        "In a statement read to the court, the woman’s daughter, Karen Metcalfe, said her "
        "mother had “lost her confidence completely” and now refused to answer the door."
    )
    assert [q.speaker for q in quotes] == [
        "Argyll Island Ferries",
        "Argyll Island Ferries",
        "Jonathan Fairlie",
        "Jonathan Fairlie",
        "Karen Metcalfe",
    ]


def test_an_estate_company_and_a_bodys_board() -> None:
    quotes = _quotes(
        "In a statement, the Irwell & Mersey League said it would work with the club.\n\n"
        "The land is owned by Ravenhurst Estates, which has not confirmed the lease. A "
        'spokesman for the company said it was "in discussions" with the club.\n\n'
        "The Bayshore Palms Condominium Association met on Monday.\n\n"
        "In a statement read in court by its president, Luis Echeverría, the association’s "
        "board said the repair work was now fully funded."
    )
    assert [q.speaker for q in quotes] == [
        "Irwell & Mersey League",
        "Ravenhurst Estates",
        "Bayshore Palms Condominium Association",
    ]


def test_a_playwright_by_trade_and_a_nickname_inside_a_cue() -> None:
    quotes = _quotes(
        "Marguerite Ellison, the artistic director, said the company would go on.\n\n"
        "Playwright Kieran O'Dwyer, whose first play premiered with the company, said venues "
        'were "almost impossible" to find.\n\n'
        "\"If the Players lose this building, I'm not sure there's a second act,\" "
        "O'Dwyer said.\n\n"
        "Goalkeeper Dana Al-Harbi saved two spot-kicks.\n\n"
        '"I have dreamed about this since I was a little girl," Al-Harbi, known to supporters '
        'as "Al Sakhra," told Arab News after the match.'
    )
    assert [q.speaker for q in quotes] == [
        "Marguerite Ellison",
        "Kieran O'Dwyer",
        "Kieran O'Dwyer",
        "Dana Al-Harbi",
    ]


def test_a_long_mixed_sentence_after_a_role_and_the_mayor_pages_later() -> None:
    quotes = _quotes(
        "Mayor Helen Trautwein said the council had received 2400 submissions.\n\n"
        + "Residents spoke at length about parking, traffic and the loss of views. " * 12
        + "\n\nCafe owner Nadia Haddad said the suburb needed more people living locally.\n\n"
        "The mayor was unmoved. “Nobody is against new housing,” she said.\n\n"
        "In a statement, Western Bays Health chief executive Graham Pettifer said the network "
        "had opened 24 additional beds since July and was “working around the clock” to "
        "improve patient flow.\n\n"
        "“We thank our staff,” the statement said."
    )
    assert [q.speaker for q in quotes] == [
        "Helen Trautwein",
        "Nadia Haddad",
        "Helen Trautwein",
        "Graham Pettifer",
        "Graham Pettifer",
    ]


def test_a_statement_issued_with_no_cue_and_a_spokesman_next_paragraph() -> None:
    quotes = _quotes(
        "Al-Otaibi said that his team would use the defeat as motivation.\n\n"
        "In a statement, the Al Shurooq Football Club board thanked supporters.\n\n"
        '"This achievement belongs to every girl in Jeddah," the statement said.\n\n'
        "Simon Garside, who chairs the trust, said the work would be noisy.\n\n"
        "A spokesman for the Northern Heritage Fund said the project had stood out because "
        "of the depth of local support.\n\n"
        "“More than 1,900 people have bought shares in this building,” he said."
    )
    assert [q.speaker for q in quotes] == [
        "Al-Otaibi",
        "Al Shurooq Football Club",
        "Simon Garside",
        "Northern Heritage Fund",
        "Northern Heritage Fund",
    ]


def test_a_hospital_after_at_and_a_role_before_a_colon() -> None:
    quotes = _quotes(
        "Dr Omar Al Hashimi, Consultant Internal Medicine at Qasr Al Shifa, said elderly "
        "residents were at higher risk.\n\n"
        "“Some of these medicines make the body lose water faster,” he said.\n\n"
        "S. Raghunathan, president of the Kongu Knitwear Exporters Forum, said buyers had "
        "delayed their orders by months.\n\n"
        "M. Selvaraj, general secretary of the workers federation, said the workers lose most.\n\n"
        "The forum president, however, struck a hopeful note: “The buyers have not gone "
        "anywhere.”"
    )
    assert [q.speaker for q in quotes] == [
        "Omar Al Hashimi",
        "Omar Al Hashimi",
        "S. Raghunathan",
        "M. Selvaraj",
        "S. Raghunathan",
    ]


def test_legislators_and_reeves_by_their_titles() -> None:
    quotes = _quotes(
        "Bhopal: Two-time MLA Harshvardhan Solanki on Thursday resigned from the party.\n\n"
        '"I have given 19 years of my life to this party," Mr Solanki told reporters.\n\n'
        "Reeve Garth Friesen said council had to weigh the concerns of neighbours.\n\n"
        "“Nobody around this table took this lightly,” Friesen said."
    )
    assert [q.speaker for q in quotes] == [
        "Harshvardhan Solanki",
        "Garth Friesen",
        "Garth Friesen",
    ]


def test_a_body_by_a_shorter_name_in_its_fullest_first_form() -> None:
    quotes = _quotes(
        "Caldwell & Pryce Bank confirmed yesterday that 96 of its 210 branches will shut.\n\n"
        "A spokesman for Caldwell & Pryce said: “We know this will be disappointing.”\n\n"
        "Halvorsen Foods agreed to be acquired by Brightwater Capital Partners.\n\n"
        "A Brightwater spokeswoman said the firm had no plans to close any plants.\n\n"
        "“We are buying Halvorsen to grow it,” the spokeswoman said."
    )
    assert [q.speaker for q in quotes] == [
        "Caldwell & Pryce Bank",
        "Caldwell & Pryce Bank",
        "Brightwater Capital Partners",
        "Brightwater Capital Partners",
    ]


def test_a_health_unit_and_its_spokesperson_by_common_nouns() -> None:
    quotes = _quotes(
        "The Ottawa Valley Regional Health Unit said it posts advisories when blooms are "
        "confirmed.\n\n"
        "Dana Moore said the lake was green by the middle of July.\n\n"
        "“Boiling does not remove the toxins,” a spokesperson for the health unit said."
    )
    assert [q.speaker for q in quotes] == [
        "Ottawa Valley Regional Health Unit",
        "Dana Moore",
        "Ottawa Valley Regional Health Unit",
    ]


def test_a_colleague_named_in_reported_speech_and_pronouns_over_a_first_name() -> None:
    quotes = _quotes(
        '"We\'re asking for a third doctor," said Dr. Colleen MacIsaac, a family physician.\n\n'
        "MacIsaac said she had worked 19 overnight shifts in October alone, and that her "
        "colleague, Dr. Anne-Marie Boudreau, had covered most of the rest.\n\n"
        '"There are nights I drive home and I don\'t remember the road," she told CBC News.\n\n'
        "Ratna Kaji Shakya, 67, has tended the shrine for decades.\n\n"
        "Sabina Maharjan, a conservation architect, says concrete is not the answer.\n\n"
        "“The question is whether concrete belongs to that story,” she says.\n\n"
        "Back at the plinth, Shakya has his own view. “The god does not mind what is under "
        "the floor,” he says."
    )
    assert [q.speaker for q in quotes] == [
        "Colleen MacIsaac",
        "Colleen MacIsaac",
        "Colleen MacIsaac",
        "Sabina Maharjan",
        "Sabina Maharjan",
        "Ratna Kaji Shakya",
    ]


def test_an_unnamed_description_with_its_name_and_a_speakers_own_pronoun() -> None:
    quotes = _quotes(
        "Priya Sandhu spoke outside the courthouse.\n\n"
        "Another homeowner, Gurpreet Dhaliwal, said she had given up hope of seeing any of "
        "her money again.\n\n"
        '"I\'ll believe the restitution when I see a cheque," she said.\n\n'
        "Another attendant, garment worker Shahidul Islam, said he had lost four days’ wages "
        "staying with his wife."
    )
    assert [q.speaker for q in quotes] == [
        "Gurpreet Dhaliwal",
        "Gurpreet Dhaliwal",
        "Shahidul Islam",
    ]


def test_a_feature_lead_an_owners_investor_a_partnership_and_another_gp() -> None:
    quotes = _quotes(
        "The tide is still falling, and Kerenza Pascoe is up to her knees in the estuary.\n\n"
        "“People imagine something glamorous,” she says.\n\n"
        "Priya Donnelly, an analyst, said the price was too low for the pubs alone.\n\n"
        "Fenwick’s second-largest investor, the fund manager Lowther Street Capital, which "
        "holds 11% of the shares, said in a statement it was “minded to vote against” it.\n\n"
        "The Western Primary Care Partnership, which commissions GP services in the area, "
        "said patients would not be left without a doctor.\n\n"
        "Another GP, Dr Niall Gormley, who runs a practice in Newtownstewart, said his "
        "surgery had already taken on 800 new patients this year."
    )
    assert [q.speaker for q in quotes] == [
        "Kerenza Pascoe",
        "Priya Donnelly",
        "Lowther Street Capital",
        "Western Primary Care Partnership",
        "Niall Gormley",
    ]


def test_names_no_list_knows_after_a_role_and_a_bracketed_honorific() -> None:
    quotes = _quotes(
        "SUBSTITUTE Tawanda Mukuru struck deep into stoppage time as Mhondoro Stars won.\n\n"
        "Stars coach Farai Gumbo, who has guided the side to the top four, said the win was "
        "built on patience.\n\n"
        "Mukuru, who turned 19 last month, came on in the 80th minute.\n\n"
        "“I have been waiting on the bench for six weeks,” he told The Herald.\n\n"
        "“You are asking us to put more money into the same hands that lost it,” said Chief "
        "(Mrs) Olufunke Adesida, national coordinator of the Egba Investors’ Forum."
    )
    assert [q.speaker for q in quotes] == [
        "Farai Gumbo",
        "Tawanda Mukuru",
        "Olufunke Adesida",
    ]


def test_a_listed_company_and_a_saints_hospital_by_shorter_names() -> None:
    quotes = _quotes(
        "SINGAPORE – Mainboard-listed Meridian Pacific Logistics reported an 18 per cent drop "
        "in net profit.\n\n"
        "Meridian said it was in early talks with a partner over a second warehouse.\n\n"
        "In a statement, the privately run St. Anne Mission Hospital in Catbalogan said it had "
        "opened a 12-bed isolation ward.\n\n"
        '"We appeal to parents: do not wait for the rashes," the hospital said.'
    )
    assert [q.speaker for q in quotes] == [
        "Meridian Pacific Logistics",
        "Meridian Pacific Logistics",
        "St. Anne Mission Hospital",
        "St. Anne Mission Hospital",
    ]


def test_a_fan_introduced_with_her_age_and_vietnamese_middle_names() -> None:
    quotes = _quotes(
        "Sachiko Mizuhara, the club's president, said the parade would be held in December.\n\n"
        "Among those celebrating was Yumi Takeda, a 34-year-old nurse who has held a season "
        "ticket since she was a teenager.\n\n"
        "“My father brought me here when there were 2,000 people in the stands,” she said.\n\n"
        "Le Thi Ngoc Anh, a hydrologist, said the water table had fallen.\n\n"
        "Biologist Nguyen Thi Thu Ha led the survey for the institute.\n\n"
        "Ha said the team had counted fewer than 200 fish. “Above the cave there are "
        "cornfields,” she said."
    )
    assert [q.speaker for q in quotes] == [
        "Sachiko Mizuhara",
        "Yumi Takeda",
        "Le Thi Ngoc Anh",
        "Nguyen Thi Thu Ha",
        "Nguyen Thi Thu Ha",
    ]


def test_an_exporters_spokesperson_and_a_chief_by_his_title() -> None:
    quotes = _quotes(
        "The Asuboa Municipal Assembly will rebuild the Asuboa Central Market.\n\n"
        "Yaw Nkansah Darko, the fire officer, said the gates were too narrow for tenders.\n\n"
        "The chief of Asuboa, Nana Owusu Agyeman II, who chaired the function, said the "
        "traditional council would release two additional acres.\n\n"
        '"This market is the heartbeat of our town," he said.\n\n'
        "Loukkos Valley Berries, a fruit exporter, has also committed to covering the "
        "cinema’s electricity bills for three years, a company spokesperson said.\n\n"
        "“Our workers live in Larache,” the spokesperson said."
    )
    assert [q.speaker for q in quotes] == [
        "Yaw Nkansah Darko",
        "Owusu Agyeman II",
        "Owusu Agyeman II",
        "Loukkos Valley Berries",
        "Loukkos Valley Berries",
    ]


def test_an_owner_who_read_a_statement_a_road_and_a_funds_statement() -> None:
    quotes = _quotes(
        "Defence lawyer Marcus Ellery said Hollis had repaid $95,000 before the hearing.\n\n"
        "The practice’s owner, veterinarian Craig Mathewson, read a victim impact statement "
        "to the court.\n\n"
        "“For six years I sat across the table from you,” he said.\n\n"
        "Club sponsor Kath Brennan, who owns a butcher shop on Old Cleveland Rd, said she "
        "would think hard about renewing her deal.\n\n"
        '"I put my money into this club because of blokes like Dean," she said.\n\n'
        "The festival is funded by the Illawarra Creative Fund.\n\n"
        "“Public art depends on goodwill,” the fund’s statement said."
    )
    assert [q.speaker for q in quotes] == [
        "Marcus Ellery",
        "Craig Mathewson",
        "Kath Brennan",
        "Kath Brennan",
        "Illawarra Creative Fund",
    ]


def test_an_irish_surname_with_o_and_a_boards_officer_before_her_name() -> None:
    quotes = _quotes(
        "Eilidh MacPhee, a GP in Spean Bridge, said the village felt abandoned.\n\n"
        "The health board's medical director, Dr Fiona Strachan, said the decision had been "
        '"taken with a heavy heart".\n\n'
        "The medical director said she would meet members of the patients' forum next week.\n\n"
        "Peadar Ó Fátharta, manager of the community co-operative, said islanders had been "
        "“living on a knife-edge” for years.\n\n"
        "“Take away a sailing and you take away a reason to stay,” said Mr Ó Fátharta."
    )
    assert [q.speaker for q in quotes] == [
        "Eilidh MacPhee",
        "Fiona Strachan",
        "Fiona Strachan",
        "Peadar Ó Fátharta",
        "Peadar Ó Fátharta",
    ]


def test_a_magistrate_an_attorney_du_toit_and_a_municipal_spokesperson() -> None:
    quotes = _quotes(
        "Magistrate Elmarie Pretorius said she was not persuaded that bail would serve "
        "justice.\n\n"
        "Moloi's attorney, Riaan du Toit, argued that the State's case was built on "
        "circumstantial evidence.\n\n"
        "The Kgolo Local Municipality said it had started civil proceedings.\n\n"
        "“We owe it to the residents who queued for water,” a municipal spokesperson said."
    )
    assert [q.speaker for q in quotes] == [
        "Elmarie Pretorius",
        "Riaan du Toit",
        "Kgolo Local Municipality",
        "Kgolo Local Municipality",
    ]


def test_a_governing_body_apposed_and_a_company_past_an_analysts_firm() -> None:
    quotes = _quotes(
        "The competition's governing body, the Brisbane Metro Rugby League, said in a "
        'statement it was aware of the situation and would "support the club".\n\n'
        "“Coaching appointments are a matter for individual clubs,” the statement said.\n\n"
        "Harlowe & Finch, the homeware chain, said mild weather had hurt sales.\n\n"
        "Jonathan Pryce, of Tollgate Ridge Capital, said the shares had been oversold by "
        "nervous investors.\n\n"
        "In its trading update, the company said it had cut costs across the group."
    )
    assert [q.speaker for q in quotes] == [
        "Brisbane Metro Rugby League",
        "Brisbane Metro Rugby League",
        "Harlowe & Finch",
        "Jonathan Pryce",
        "Harlowe & Finch",
    ]


def test_a_charity_described_by_its_common_noun() -> None:
    quotes = _quotes(
        "The Sepsis Action Network, a charity, says around 48,000 people die of sepsis "
        "every year. A spokeswoman for the charity says it would welcome any faster test.\n\n"
        "“Families tell us again and again that they knew something was wrong,” the "
        "spokeswoman says."
    )
    assert [q.speaker for q in quotes] == [
        "Sepsis Action Network",
        "Sepsis Action Network",
        "Sepsis Action Network",
    ]


def test_a_colleague_introduced_with_a_relative_clause_a_dairy_and_a_coach_firm() -> None:
    quotes = _quotes(
        "Fiona Hartigan, the chief executive of Lismoyle Dairies, said the cuts were "
        "“painful but unavoidable”.\n\n"
        "“We have spent 18 months looking at every other option,” she said.\n\n"
        "Dr Eimear Ní Fhlatharta, who leads the project, says the reef is thriving.\n\n"
        "Her colleague Dr Aisling Concannon, who runs the water-quality monitoring, is more "
        "cautious. She says a single bad summer could undo much of the progress.\n\n"
        'Colr Eamonn McCauley described the notice as "a real kick in the teeth".\n\n'
        "Lee Valley Coaches runs the route from Crookstown.\n\n"
        '"We have subsidised this route for three years," the company said.'
    )
    assert [q.speaker for q in quotes] == [
        "Fiona Hartigan",
        "Fiona Hartigan",
        "Eimear Ní Fhlatharta",
        "Aisling Concannon",
        "Eamonn McCauley",
        "Lee Valley Coaches",
    ]


def test_a_place_after_in_is_no_one_a_later_he_means() -> None:
    quotes = _quotes(
        "Housing minister Tom Aldridge defended the bill.\n\n"
        '"This is a simpler, faster system for everyone," he said.\n\n'
        "Asked about the rebellion during a visit to a building site in Milton Keynes, he "
        'added: "I\'m always happy to listen to colleagues."'
    )
    assert [q.speaker for q in quotes] == ["Tom Aldridge", "Tom Aldridge"]


def test_a_reverend_a_guild_and_a_company_named_in_the_lead() -> None:
    quotes = _quotes(
        "The Bay State Nurses Guild called the decision reckless.\n\n"
        '"This is the hospital where a lot of us were born," said the Rev. Clarence Odom, '
        "pastor of Greater Fellowship Baptist Church.\n\n"
        "Kessler-Dunmore Valve Co. will close its Brook Park plant by the end of the year.\n\n"
        + "Workers gathered outside the gates on a cold morning to talk about the news. " * 24
        + '\n\nA company spokeswoman said the agreement "did not include any commitment".'
    )
    assert [q.speaker for q in quotes] == [
        "Clarence Odom",
        "Kessler-Dunmore Valve Co.",
    ]


def test_a_name_with_who_and_a_quoted_him() -> None:
    quotes = _quotes(
        "Guesthouse owners are less enthusiastic. Duangjai Phromma, who runs a 12-room "
        "guesthouse, said 50 baht was nearly a tenth of her room rate.\n\n"
        '"My guests are backpackers who count every baht," Ms Duangjai said.\n\n'
        "Dewi Kartikasari, 61, said she had deposited her pension with the cooperative.\n\n"
        "Lestari Handayani, who coordinates a members’ group, said the group would sue.\n\n"
        "“The criminal case punishes him. It does not give us back a single rupiah,” she said."
    )
    assert [q.speaker for q in quotes] == [
        "Duangjai Phromma",
        "Duangjai Phromma",
        "Dewi Kartikasari",
        "Lestari Handayani",
        "Lestari Handayani",
    ]


def test_a_cue_after_a_name_is_no_role_and_mrs_is_the_mother() -> None:
    quotes = _quotes(
        "Joan Barrett fell in the garden of her home on Sunday morning.\n\n"
        "Her daughter, Nicole Barrett, said her mother was not moved to a ward until 9pm.\n\n"
        "Speaking from her bed after surgery, Mrs Barrett said she did not want to blame "
        "the staff.\n\n"
        "“They're doing their best with what they've got,” she said."
    )
    assert [q.speaker for q in quotes] == ["Nicole Barrett", "Joan Barrett", "Joan Barrett"]


def test_the_company_is_never_a_newspaper_that_reviewed_records() -> None:
    quotes = _quotes(
        "Calloway Pacific Residential, a Pasadena-based company that bought the property in "
        "2023, applied for a demolition permit last month, according to city records "
        "reviewed by The Times.\n\n"
        "In a statement, the company said the existing structure had reached the end of its "
        "useful life."
    )
    assert [q.speaker for q in quotes][-1] == "Calloway Pacific Residential"


def test_a_player_by_her_own_possessive_and_a_coach_who_did_not_hesitate() -> None:
    quotes = _quotes(
        "Junior guard Bailey Strand hit her fourth 3-pointer of the night.\n\n"
        "Sophomore Maya Rendón made two free throws to seal it. “My legs were shaking,” said "
        "Rendón.\n\n"
        "Strand, fighting back tears, said the loss would stay with her. “We’ll be back,” she "
        "said.\n\n"
        "Pinecliff coach Teresa Villanueva-Holt said her players had earned it.\n\n"
        "Mike Deherrera, the Warriors' coach, said his team stopped attacking.\n\n"
        "Asked about Oduya, Villanueva-Holt did not hesitate: “She’s the best player I’ve ever "
        "coached.”"
    )
    assert [q.speaker for q in quotes] == [
        "Maya Rendón",
        "Bailey Strand",
        "Bailey Strand",
        "Teresa Villanueva-Holt",
        "Mike Deherrera",
        "Teresa Villanueva-Holt",
    ]


def test_a_co_worker_introduced_with_an_apposition_is_who_the_sentence_is_about() -> None:
    quotes = _quotes(
        "Lourdes Tanaka, 54, a cocktail server at the Marquee since 1998, said she learned of "
        "the closure from a text message.\n\n"
        "“My daughter starts college next fall,” Tanaka said.\n\n"
        "Her co-worker Shauna Birdwell, a bartender, was more philosophical. “The place "
        "needed it,” she said."
    )
    assert [q.speaker for q in quotes] == ["Lourdes Tanaka", "Lourdes Tanaka", "Shauna Birdwell"]


def test_a_body_with_a_plural_possessive_and_a_maori_elders_title() -> None:
    quotes = _quotes(
        "The Highlands and Islands Bus Operators' Association called the reduction \"the "
        'worst possible news".\n\n'
        "The Kaveri Seed Keepers’ Collective said it welcomed the research but wanted "
        "farmers to be credited.\n\n"
        "Kaumātua Hemi Pōtae said the ceremony would be “a homecoming, not a celebration”."
    )
    assert [q.speaker for q in quotes] == [
        "Highlands and Islands Bus Operators' Association",
        "Kaveri Seed Keepers’ Collective",
        "Hemi Pōtae",
    ]


def test_an_honorific_that_opens_a_quote_still_tells_gender() -> None:
    quotes = _quotes(
        "Lim Boon Huat, 56, a director of Kestrel Lifting Services, pleaded guilty in March.\n\n"
        "Deputy Public Prosecutor Charlene Ong said the firm had been short of qualified "
        "inspectors, and Lim did not want to turn away work.\n\n"
        '"The accused chose to paper over the gap rather than fix it," she said.\n\n'
        '"Mr Lim made a serious error of judgment," said defence lawyer Adrian Teo.'
    )
    assert [q.speaker for q in quotes] == [
        "Charlene Ong",
        "Charlene Ong",
        "Adrian Teo",
    ]


def test_a_title_is_never_the_author_of_a_statement() -> None:
    quotes = _quotes(
        "Crystalflow Water Services said in a statement signed by its Managing Director, Mr. "
        "Tunde Falana, that its boreholes had been tested in January.\n\n"
        "“Our water is not the source of this outbreak,” the statement added."
    )
    assert "Mr" not in [q.speaker for q in quotes]


def test_a_chairman_named_inside_what_was_said_without_that() -> None:
    quotes = _quotes(
        "LAHORE: Party vice-president Asif Mehmood Gondal on Sunday announced his "
        "resignation from the party.\n\n"
        "Mr Gondal said he had raised the matter with the party chairman, Ijaz Ahmed "
        "Warraich, on three occasions but had been told to be patient.\n\n"
        "“I have given 22 years of my life to this party,” he said."
    )
    assert [q.speaker for q in quotes][-1] == "Asif Mehmood Gondal"


def test_a_company_official_speaks_for_the_company() -> None:
    quotes = _quotes(
        "Hanseong Asset Management, which bought the four-story building last year, said the "
        "new rent was in line with market rates in the area.\n\n"
        '"We respect the history of the bookstore," a company official said on condition of '
        "anonymity."
    )
    assert [q.speaker for q in quotes] == [
        "Hanseong Asset Management",
        "Hanseong Asset Management",
    ]


def test_an_institute_of_a_field_whose_first_word_is_a_first_name() -> None:
    quotes = _quotes(
        "In a statement, the Moreton Institute of Marine Science said it had retracted four "
        "papers. “We deeply regret that this conduct was not detected sooner,” the statement "
        "said."
    )
    assert {q.speaker for q in quotes} == {"Moreton Institute of Marine Science"}


def test_a_name_inside_what_was_said_after_there() -> None:
    quotes = _quotes(
        "Hannah Colebrook, 31, was discharged with a suspected viral infection.\n\n"
        "Recording a narrative conclusion, the assistant coroner, Miriam Oduya, said there had "
        "been “a series of missed opportunities” to recognise how ill Colebrook was.\n\n"
        "“Her observations on arrival were abnormal,” she said."
    )
    assert [q.speaker for q in quotes][-1] == "Miriam Oduya"


def test_a_body_named_with_its_kind_and_lowercase_noun() -> None:
    quotes = _quotes(
        "In a statement, Severnside Hospitals NHS foundation trust said it apologised "
        "“unreservedly” to the family.\n\n"
        "“We have not waited for today’s conclusion to act,” a spokesperson said."
    )
    assert [q.speaker for q in quotes] == ["Severnside Hospitals NHS foundation trust"] * 2


def test_the_client_a_lawyer_appears_for_is_not_the_next_he() -> None:
    quotes = _quotes(
        "Senior advocate Sanjay Mehrotra, appearing for Aditya Vyas, contended that the "
        "agreement covered only studio albums.\n\n"
        '"Panditji carried his own spool recorder to every baithak," he said.'
    )
    assert [q.speaker for q in quotes] == ["Sanjay Mehrotra", "Sanjay Mehrotra"]


def test_letters_after_an_apposed_name() -> None:
    quotes = _quotes(
        "Mr Fahy told the court that he had been stopped in supermarkets.\n\n"
        "His counsel, Nessa Quill SC, told the court the post had been “calculated to do the "
        "maximum damage” at a time when both men were seeking re-election.\n\n"
        "His barrister, Brian Hession BL, argued that the post was an expression of honest "
        "opinion."
    )
    assert [q.speaker for q in quotes] == ["Fahy", "Nessa Quill", "Brian Hession"]


def test_but_the_judge_opens_a_sentence_about_the_judge() -> None:
    quotes = _quotes(
        'Sentencing them, Judge Philippa Garside said the pair had "preyed on the loyalty of '
        'ordinary fans".\n\n'
        "Prosecutor Amelia Croft told the court the men used more than 40 websites.\n\n"
        'But the judge rejected that. "Without the accounts, the websites were worthless," she '
        "said."
    )
    assert [q.speaker for q in quotes][-1] == "Philippa Garside"


def test_a_relative_named_after_the_object_is_not_the_next_he() -> None:
    quotes = _quotes(
        "“We had forty shops,” says Margaret Holroyd, who founded Hearthstone with her late "
        "husband, Frank, in 1991.\n\n"
        "That job fell to Deepak Raithatha, our head of engineering. “Everyone imagines you just "
        "plug a bakery in,” he says."
    )
    assert [q.speaker for q in quotes] == ["Margaret Holroyd", "Deepak Raithatha"]


def test_a_first_name_and_a_comma_opening_a_paragraph() -> None:
    quotes = _quotes(
        "“We had forty shops,” says Margaret Holroyd, our chair.\n\n"
        "Rukhsana Begum, who runs a café, told us the loaves were better. “My regulars haven’t "
        "noticed a thing,” she says.\n\n"
        "Margaret, for her part, is already thinking about the next bakery. “Frank would have "
        "hated the paperwork,” she says."
    )
    assert [q.speaker for q in quotes][-1] == "Margaret Holroyd"


def test_a_spokesman_for_a_team_of_a_named_body() -> None:
    quotes = _quotes(
        "Our chairman, Cllr Roger Pennifold, said the meeting went well.\n\n"
        "A spokesman for Fenmarsh County Council’s highways team told the Newsletter that a "
        "formal consultation would begin in May.\n\n"
        "“We will write to every household,” the spokesman said."
    )
    assert [q.speaker for q in quotes][-2:] == ["Fenmarsh County Council"] * 2


def test_a_canon_is_a_title() -> None:
    quotes = _quotes(
        "Our Rector, the Revd Canon Peter Lamberhurst, spoke up for the families. “Every "
        "Tuesday we have prams on that pavement,” said Canon Lamberhurst."
    )
    assert [q.speaker for q in quotes] == ["Peter Lamberhurst"]


def test_a_body_named_place_of_place_said_in_a_when_clause() -> None:
    quotes = _quotes(
        "The birth centre stopped admitting women in March last year, when Vale of Mowbray "
        "Health NHS Trust said it could no longer guarantee safe staffing.\n\n"
        "Peter Ashworth, chairman of the patients' forum, said: \"Temporary has become a very "
        'long word in this part of the world."\n\n'
        "According to Mr Ashworth, 212 babies were born at the centre in the year before it "
        "closed, more than in any year since it opened in the town in 1989.\n\n"
        "The trust said it would review the situation in January and would hold a public "
        "meeting in Thirsk before then.\n\n"
        '"We know how much the centre means to this community," a spokesperson said.'
    )
    trust = "Vale of Mowbray Health NHS Trust"
    assert [q.speaker for q in quotes] == [trust, "Peter Ashworth", "Peter Ashworth", trust, trust]


def test_the_late_founder_is_not_mr_lee() -> None:
    quotes = _quotes(
        "The chain was founded in 1984 by the late Lee Ah Hock, who opened a single drinks "
        "stall in Toa Payoh. It is now run by his son, Mr Lee Wei Ming, 52.\n\n"
        "“We are bringing in a partner,” said Mr Lee, the group’s managing director."
    )
    assert [q.speaker for q in quotes] == ["Lee Wei Ming"]


def test_an_obituary_middle_name_does_not_rename_the_speaker() -> None:
    quotes = _quotes(
        "Lionel Aldana, a trumpeter and bandleader, died on Oct. 3 at his home. He was 91.\n\n"
        "Lionel Manuel Aldana was born on Feb. 11, 1934, in San Juan, P.R.\n\n"
        "“By Sunday they were doing the cha-cha in the lobby,” Mr. Aldana said in 1987."
    )
    assert [q.speaker for q in quotes] == ["Lionel Aldana"]


def test_a_daughter_named_in_full_is_not_the_bare_surname_next() -> None:
    quotes = _quotes(
        "Bernadette Hale arrives at the cafe early. “You learn to put people at ease,” she "
        "says.\n\n"
        "Hale is unapologetic. “Nobody is named,” she says.\n\n"
        "Her daughter, Niamh Hale, a junior doctor in Leeds, says she urged her mother to "
        "publish. “This is the first time she’s told her own story.”\n\n"
        "Hale grew up in Consett, the youngest of five. “The paperwork has tripled,” she says."
    )
    assert [q.speaker for q in quotes][-1] == "Bernadette Hale"


def test_a_spokesperson_of_a_body_described_before_by_what_it_is() -> None:
    quotes = _quotes(
        "Skein’s first big customer is Trans-Mesa Pipeline, an operator with 9,000 miles of "
        "pipe across New Mexico and Texas.\n\n"
        "A Trans-Mesa spokesperson said the company had repaired every leak it identified. "
        "“We see aerial monitoring as one tool among several,” the spokesperson said."
    )
    assert {q.speaker for q in quotes} == {"Trans-Mesa Pipeline"}


def test_where_a_business_is_from_and_what_it_is_before_its_name() -> None:
    quotes = _quotes(
        "Dutch logistics group Ostervelt has rejected a takeover approach from US private "
        "equity firm Greyfield Harbour Partners, saying the offer “fundamentally undervalues” "
        "the company."
    )
    assert [q.speaker for q in quotes] == ["Ostervelt"]


def test_a_body_named_with_an_arabic_article_or_five_words() -> None:
    quotes = _quotes(
        "The Shatt al-Arab Farmers’ Union wants compensation for lost trees. In a statement "
        "last month, the union said palm growers had been “abandoned between the river and "
        "the sea”.\n\n"
        "According to the Twin Cities Dengue Response Unit, Rawalpindi has reported 1,870 "
        "confirmed cases so far this year.\n\n"
        "In a statement issued on Sunday, the unit said its teams would conduct a door-to-door "
        "survey."
    )
    assert [q.speaker for q in quotes] == [
        "Shatt al-Arab Farmers’ Union",
        "Twin Cities Dengue Response Unit",
        "Twin Cities Dengue Response Unit",
    ]


def test_documents_seen_by_a_news_agency_say_nothing_it_said() -> None:
    quotes = _quotes(
        "The building was bought in January by Foncière Aubrac, a Lyon-based developer that "
        "plans to convert it into 11 apartments, according to planning documents seen by AFP.\n\n"
        'In a statement, Foncière Aubrac said it had "acted entirely within the law".\n\n'
        '"We understand the attachment of local residents to this venue," the company said.'
    )
    assert [q.speaker for q in quotes] == ["Foncière Aubrac", "Foncière Aubrac"]


def test_the_hospital_is_a_medical_center_not_a_coalition_of_hospitals() -> None:
    quotes = _quotes(
        "Prairie Bluff Regional Medical Center in Ardmoor will stop delivering babies at the "
        "end of June.\n\n"
        "According to the Plains Rural Hospital Coalition, a nonprofit that represents small "
        "hospitals, at least 19 rural hospitals in Kansas have stopped delivering babies.\n\n"
        '"We know this is hard news," the hospital said in a statement.'
    )
    assert [q.speaker for q in quotes][-1] == "Prairie Bluff Regional Medical Center"


def test_people_named_inside_what_a_prosecutor_said() -> None:
    quotes = _quotes(
        "Prosecuting, Gareth Lowe said the owners, Alan and Margaret Hollins, only discovered "
        "the thefts when a supplier rang to chase a bill.\n\n"
        "“The defendant was trusted completely,” he said."
    )
    assert [q.speaker for q in quotes] == ["Gareth Lowe", "Gareth Lowe"]


def test_a_company_with_its_legal_form_is_never_a_person() -> None:
    quotes = _quotes(
        "Mrs Odunlami said the dyers’ association would write to the festival’s board. “We are "
        "not beggars,” she said.\n\n"
        "The former sponsor, Greenleaf Beverages Nigeria Plc, said it withdrew after a “review "
        "of its marketing priorities” following heavy foreign exchange losses.\n\n"
        "In a statement this evening, contractor Permata Alam Engineering Sdn Bhd said work on "
        'the project had been suspended because of "outstanding payment issues".'
    )
    assert [q.speaker for q in quotes][-2:] == [
        "Greenleaf Beverages Nigeria Plc",
        "Permata Alam Engineering Sdn Bhd",
    ]


def test_a_second_name_alone_is_the_person_named_in_full() -> None:
    quotes = _quotes(
        "Mohammed Ashraf Kunhi, a tailor from Kerala who has rented a narrow unit for 22 "
        "years, said most of his customers were older women.\n\n"
        '"They will not follow me to a mall," Ashraf said.'
    )
    assert [q.speaker for q in quotes] == ["Mohammed Ashraf Kunhi"] * 2


def test_the_official_after_a_ministry_official_is_the_ministry_again() -> None:
    quotes = _quotes(
        "Up to 120 schools will become childcare centers under a plan unveiled Wednesday by the "
        "Ministry of Family and Community Care.\n\n"
        "Kim Dong-hyun, who runs a private center, warned that public hubs could drive private "
        "centers out of business entirely.\n\n"
        "A ministry official, speaking on condition of anonymity, said private operators would "
        "be given priority to run the hubs.\n\n"
        '"We do not want to start a war with the private sector," the official said.'
    )
    ministry = "Ministry of Family and Community Care"
    assert [q.speaker for q in quotes] == ["Kim Dong-hyun", ministry, ministry]


def test_says_her_colleague_and_a_name_after_what_was_said() -> None:
    quotes = _quotes(
        "“We wanted to know whether the things organisers do make a difference,” says Lucía "
        "Ferrándiz, who led the study.\n\n"
        "The misting zones had a smaller effect than expected, says her colleague Marta Soler. "
        "“Skin temperature dropped sharply as runners went through,” she says.\n\n"
        "Races will be run above 30°C. Ferrándiz says the team will publish its full results "
        "later this year."
    )
    assert [q.speaker for q in quotes] == [
        "Lucía Ferrándiz",
        "Marta Soler",
        "Marta Soler",
        "Lucía Ferrándiz",
    ]


def test_a_spokeswoman_for_a_business_whose_name_ends_in_what_it_sells() -> None:
    quotes = _quotes(
        "The 12-acre property has been sold to Clermont-based Pinewater Communities, which "
        "plans to build 48 homes on the site.\n\n"
        "“We know what the stand means to people in this area,” a Pinewater spokeswoman said."
    )
    assert [q.speaker for q in quotes] == ["Pinewater Communities"]


def test_an_age_between_a_name_and_its_description() -> None:
    quotes = _quotes(
        "Mayumi Tsuchiya, 34, an engineer at Kamaishi-based Hokuyo Marine Robotics Co., which "
        "built the robots, said the biggest challenge had been teaching the machines to tell "
        "urchins apart from rocks.\n\n"
        '"In murky water after a storm, even a human diver struggles," she said.'
    )
    assert [q.speaker for q in quotes] == ["Mayumi Tsuchiya"] * 2


def test_a_club_spokesman_after_the_club_was_credited() -> None:
    quotes = _quotes(
        "Gareth Pender, Wyvern’s director of rugby, said the youngster was “ridiculous for his "
        "age”.\n\n"
        "Wyvern confirmed that centre Lewis Kearney had been taken to hospital for a "
        "precautionary scan after a neck injury.\n\n"
        "“Lewis was conscious and talking throughout,” a club spokesman said."
    )
    assert [q.speaker for q in quotes][-2:] == ["Wyvern", "Wyvern"]


def test_the_statement_is_the_one_issued_in_its_own_paragraph() -> None:
    quotes = _quotes(
        "Ms. Nanjappa disagreed. “This is not posturing,” she said. “Party workers have told "
        "us they will not campaign for a candidate imposed from outside.”\n\n"
        "Later in the evening, the Praja Vedike issued a statement saying its core committee "
        "had authorised Mr. Shivaprasad to continue the talks. “The alliance was formed to "
        "give Mysuru an alternative,” the statement said."
    )
    assert [q.speaker for q in quotes][-1] == "Praja Vedike"


def test_a_body_apposed_to_a_role_speaks_over_anyone_the_role_might_mean() -> None:
    quotes = _quotes(
        "Brackwater’s managing partner, Owen Delacroix, disputes her account. “We’ve been "
        "their landlord for 22 years,” Delacroix told the Globe.\n\n"
        "The buyer, Larchmont Residential Group, said in a statement that it would “explore "
        "opportunities” to include a small performance space on the ground floor."
    )
    assert [q.speaker for q in quotes][-1] == "Larchmont Residential Group"


def test_a_body_described_by_what_it_is_keeps_its_whole_name() -> None:
    quotes = _quotes(
        "The Tri-County Bay Compact, a partnership of local governments, said in a statement "
        'that the results showed "the investments of the last decade are beginning to pay '
        'off."'
    )
    assert [q.speaker for q in quotes] == ["Tri-County Bay Compact"]


def test_a_woman_named_june_with_her_age_is_not_a_month() -> None:
    quotes = _quotes(
        "“I forgot my line on opening night and she fed it to me under her breath,” Walter "
        "Pelletier, 84, told the Courier.\n\n"
        "June Pelletier, 82, remembers it differently.\n\n"
        "“He didn’t forget anything. He was showing off,” she said, laughing.\n\n"
        "“Walter and June are the reason half this town has ever stood on a stage,” Priya "
        "Ramnarine said.\n\n"
        "June said the theatre had been “the third partner in the marriage” and, at times, the "
        "most demanding one."
    )
    assert [q.speaker for q in quotes] == [
        "Walter Pelletier",
        "June Pelletier",
        "Priya Ramnarine",
        "June Pelletier",
    ]


def test_a_statement_from_the_band_is_the_band_named_in_full() -> None:
    quotes = _quotes(
        "Tributes have been paid to Derek Hirst, the conductor who led the Crawshaw Brook Band "
        "for 41 years.\n\n"
        "Band chairman Keith Ackroyd said Mr Hirst had turned it into one of the best bands in "
        "the county.\n\n"
        "A statement from the band said the players would perform at his funeral and would "
        "dedicate their next contest performance to him.\n\n"
        "“Derek gave this band everything,” the statement said."
    )
    assert [q.speaker for q in quotes][-2:] == ["Crawshaw Brook Band"] * 2


def test_where_a_body_is_is_no_part_of_its_name() -> None:
    quotes = _quotes(
        "Simran Malik sealed the cup for Kharkhoda's Green Field Hockey Academy on Sunday.\n\n"
        'Academy coach Jasbir Dahiya said the two were "completely different players".\n\n'
        'In a statement, the academy said the win was "a reward for every family in this '
        'area" and appealed to local businesses for help.'
    )
    assert [q.speaker for q in quotes][-1] == "Green Field Hockey Academy"


def test_a_country_possessive_before_a_name_is_no_part_of_it() -> None:
    quotes = _quotes(
        "Poland's Katarzyna Wolak, who won the title in 2023, said she had already asked her "
        "team to look at alternative events for that week.\n\n"
        '"It\'s not personal. I love Lisbon, I love the crowds," said Wolak.'
    )
    assert [q.speaker for q in quotes] == ["Katarzyna Wolak"] * 2


def test_a_surname_that_is_also_a_title_after_mr() -> None:
    quotes = _quotes(
        "The company's general manager, Mr Rajab Suleiman Mzee, said the cut reflected a "
        "collapse in world prices for carrageenan.\n\n"
        '"We are not the ones setting the price in Europe and China," Mr Mzee said.\n\n'
        "According to Mr Mzee, the firm employs 62 people at its drying and baling plant."
    )
    assert [q.speaker for q in quotes] == ["Rajab Suleiman Mzee"] * 3


def test_a_first_name_after_a_short_opener_and_a_sister_kept_by() -> None:
    quotes = _quotes(
        "At 7am, Leyla Demir is already rolling dough at the back of the restaurant she opened "
        "in 1998.\n\n"
        "The books are kept by his sister, Elif Demir, who works part-time at a bank. She says "
        "the energy bill rose from about £900 a month to more than £3,100.\n\n"
        "“We looked at it and genuinely thought that was it,” she says.\n\n"
        "Its chief executive, Joanne Pickersgill, says family-run restaurants have survived "
        "better than most.\n\n"
        "Back in the kitchen, Leyla has moved on to the vine leaves. “When I can’t stand up "
        "any more,” she says."
    )
    assert [q.speaker for q in quotes] == [
        "Elif Demir",
        "Elif Demir",
        "Joanne Pickersgill",
        "Leyla Demir",
    ]


def test_people_familiar_with_the_matter_however_many_spoke() -> None:
    quotes = _quotes(
        "Skarvik Line is exploring a sale of its freight arm, according to three people "
        "familiar with the matter.\n\n"
        "Initial bids are due in early December, two of the people said.\n\n"
        'A second person said the process was at an early stage. "It could easily run into '
        'the spring," the person said.'
    )
    assert {q.speaker for q in quotes} == {"people familiar with the matter"}


def test_a_one_word_name_introduced_with_an_age() -> None:
    quotes = _quotes(
        "Retno Wulandari, the hospital's medical director, said the children's ward was full.\n\n"
        "Suryani, 38, whose 7-year-old son was treated for dengue last week, said she had been "
        "told by neighbors that fogging would protect the family.\n\n"
        "“The fogging truck came once, the smoke went everywhere,” she said."
    )
    assert [q.speaker for q in quotes][-2:] == ["Suryani", "Suryani"]


def test_a_headline_noun_with_an_age_is_no_name() -> None:
    quotes = _quotes(
        "Mother, 42, told her wheeze was hay fever is diagnosed with lung cancer\n\n"
        "Joanne Whitcombe, 42, a school dinner lady from Doncaster, says she visited her GP "
        "four times complaining of a dry cough.\n\n"
        "“I don't want to bash GPs,” she says."
    )
    assert [q.speaker for q in quotes] == ["Joanne Whitcombe", "Joanne Whitcombe"]


def test_an_associate_of_mr_x_is_no_subject_for_the_next_he() -> None:
    quotes = _quotes(
        "Mr Gondal said he had raised the matter with the party chairman on three occasions.\n\n"
        "Zahid Iqbal Sandhu, the party’s parliamentary leader and a close associate of Mr "
        "Gondal, said he would not be leaving the party. “I share some of his concerns,” he "
        "said."
    )
    assert [q.speaker for q in quotes][-1] == "Zahid Iqbal Sandhu"


def test_a_taiwanese_family_name_tells_no_gender() -> None:
    quotes = _quotes(
        "Alliance convener Chang Ya-ting told the crowd the township had rushed the approval.\n\n"
        "Chang said the township had not carried out a full environmental impact assessment. "
        'She accused officials of "rushing the approval through".\n\n'
        "Jinhai Advanced Materials said in a statement that it respects the concerns of local "
        "residents.\n\n"
        'Chang said the alliance planned to submit a petition. "We are not against '
        'development," she said.'
    )
    assert [q.speaker for q in quotes][-1] == "Chang Ya-ting"


def test_a_name_with_its_chinese_characters_in_brackets() -> None:
    quotes = _quotes(
        "The plan was approved on Monday.\n\n"
        '"This wetland is not empty land waiting to be used," Yunlin Coastal Wetland Alliance '
        "convener Chang Ya-ting (張雅婷) told the crowd.\n\n"
        "Oyster farmer Hsu Li-chu (許麗珠), whose family has worked the tidal flats for three "
        "generations, said she had never been consulted."
    )
    assert [q.speaker for q in quotes] == ["Chang Ya-ting", "Hsu Li-chu"]


def test_a_chamber_of_commerce_is_named_in_full() -> None:
    quotes = _quotes(
        "The plan was approved on Monday.\n\n"
        "The Marisco Valley Chamber of Commerce said in a statement it was “deeply concerned” "
        "about stacking another tax on local retailers.\n\n"
        "“Small businesses are already stretched,” the chamber said."
    )
    assert {q.speaker for q in quotes} == {"Marisco Valley Chamber of Commerce"}


def test_a_football_club_is_no_person_and_its_manager_is() -> None:
    quotes = _quotes(
        "Ewan Brody took the blame for Calder Rovers’ collapse at Holme Lane on Saturday.\n\n"
        "Rovers had looked comfortable after goals from Kieran Oduya and Tom Wilde.\n\n"
        "“That’s on me, not the players,” said Brody.\n\n"
        "The Rovers manager, who signed a three-year contract in the summer, rejected the "
        "suggestion that his squad lacked character. “I’ve heard people say this group goes "
        "missing when it gets hard,” he said."
    )
    assert [q.speaker for q in quotes] == ["Ewan Brody", "Ewan Brody"]


def test_a_portuguese_do_and_a_porter_who_is_not_mr_porter() -> None:
    quotes = _quotes(
        "The bobbins click so fast in Maria do Céu Ferreira's fingers that they blur.\n\n"
        '"When I was a girl, every house on this street had a cushion by the door," Ferreira '
        "tells AFP.\n\n"
        "Porter Kwame Asante-Boateng said the mood on the night shift had hardened since the "
        "contractor’s last offer."
    )
    assert [q.speaker for q in quotes] == ["Maria do Céu Ferreira", "Kwame Asante-Boateng"]


def test_names_introduced_by_a_sri_lankan_title_or_an_age() -> None:
    quotes = _quotes(
        "Appearing for the suspect, President's Counsel Anura Senevirathne said his client had "
        'been deceived by a sub-agent in Seoul and was "as much a victim as the complainants".\n\n'
        '"My client is not a man who ran away," Mr. Senevirathne said.\n\n'
        "Mingma Tenzing Sherpa, a 58-year-old former mountain guide who chairs the local "
        "committee, was a boy when a flood tore through the valley in 1985.\n\n"
        "“We heard a sound like a helicopter that did not stop,” he says."
    )
    assert [q.speaker for q in quotes] == [
        "Anura Senevirathne",
        "Anura Senevirathne",
        "Mingma Tenzing Sherpa",
    ]


def test_sikh_and_malay_names_and_hong_kong_is_a_place() -> None:
    quotes = _quotes(
        "Harjinder Kaur Sandhu, chairperson of the board, defended the decision, saying the "
        "utility had not revised its rates since 2016.\n\n"
        "Group managing director Datuk Seri Azman Hakim Rahmat said the estates were “at the "
        "sweet spot of their production curve”.\n\n"
        "One of Hong Kong’s last single-screen cinemas will close at the end of June.\n\n"
        "Independent director Leung Tsz-lok, 34, is organising a farewell programme of 12 Hong "
        "Kong classics.\n\n"
        "“Multiplexes are fine, but they all look the same,” he said."
    )
    assert [q.speaker for q in quotes] == [
        "Harjinder Kaur Sandhu",
        "Azman Hakim Rahmat",
        "Leung Tsz-lok",
    ]


def test_an_age_in_brackets_after_an_apposed_name() -> None:
    quotes = _quotes(
        "Seán Hennessy has farmed the land since the 1980s.\n\n"
        "His younger brother, Michael Hennessy (54), a Dublin-based accountant and the executor "
        "of her estate, says the 2016 will dividing the farm equally must stand."
    )
    assert [q.speaker for q in quotes] == ["Michael Hennessy"]


def test_a_farmer_of_a_place_whose_first_name_no_list_knows() -> None:
    quotes = _quotes(
        "Host farmer Rob Maddox, who milks 280 cows near Clun, said he had been sceptical at the "
        "start.\n\n"
        "Another host, beef and sheep farmer Gethin Pryce of Kington, was more cautious.\n\n"
        "“On my heavier ground the clover struggled to establish,” he said."
    )
    assert [q.speaker for q in quotes] == ["Rob Maddox", "Gethin Pryce"]


def test_a_younger_sister_named_only_by_a_first_name_no_list_knows() -> None:
    quotes = _quotes(
        "When Komal Ahlawat stepped on to the mat, the loudest voice in the hall belonged to "
        "her younger sister Ritika, who had won gold an hour earlier.\n\n"
        '"I was more nervous watching Ritika than I was for my own bout," Komal told TOI.\n\n'
        'Ritika said she had "no memory" of the last 30 seconds of her final.\n\n'
        '"I saw the scoreboard and I saw Didi jumping," she said.'
    )
    assert [q.speaker for q in quotes] == ["Komal Ahlawat", "Ritika Ahlawat", "Ritika Ahlawat"]


def test_a_vietnamese_family_name_says_nothing_of_gender() -> None:
    quotes = _quotes(
        "Nguyen Van Hung, 47, who grows durian on three hectares, said he cut down his coffee "
        "trees in 2021.\n\n"
        "Le Quoc Bao, deputy director of Tay Nguyen Fresh Export JSC, said the price drop was "
        '"painful but predictable".\n\n'
        '"Too many people planted durian at the same time," Bao said.\n\n'
        "He said his company had signed contracts with 600 households that keep farm diaries."
    )
    assert [q.speaker for q in quotes][-1] == "Le Quoc Bao"


def test_a_grade_6_learner_and_a_theatre_in_a_township() -> None:
    quotes = _quotes(
        "The nets were installed in March.\n\n"
        "“Before, my throat was always dry in class,” says Grade 6 learner Selma Hoebes (12).\n\n"
        "The Siyaphambili Youth Theatre in Soweto, which has trained more than 2,000 young "
        "performers since 1998, says it may have to close by September after losing its grant."
    )
    assert [q.speaker for q in quotes] == ["Selma Hoebes", "Siyaphambili Youth Theatre"]


def test_burmese_and_cambodian_honorifics_are_no_part_of_the_name() -> None:
    quotes = _quotes(
        "“When I started, my arms shook after ten minutes,” says Ma Hnin Ei Phyu, who joined "
        "the troupe two years ago.\n\n"
        "“In my father’s time, a troupe could perform for seven nights,” U Thein Zaw Min "
        "says.\n\n"
        "Company chairman Oknha Chhay Vannak said the plant would be able to shell 30,000 "
        "tonnes of nuts a year."
    )
    assert [q.speaker for q in quotes] == ["Hnin Ei Phyu", "Thein Zaw Min", "Chhay Vannak"]


def test_a_filipino_dela_inside_a_name() -> None:
    quotes = _quotes(
        "Provincial Prosecutor Carlo dela Paz said the bank records showed that withdrawals "
        "continued long after the project had collapsed.\n\n"
        '"Nobody on the board signed off on transfers to his wife\'s account," dela Paz said.'
    )
    assert [q.speaker for q in quotes] == ["Carlo dela Paz"] * 2


def test_malaysian_chinese_and_malay_names() -> None:
    quotes = _quotes(
        "Sungai Layar assemblyperson Teoh Kah Seng has claimed that RM40 million in flood funds "
        "has been left unspent.\n\n"
        'Council president Mohd Razif Hashim said the allegation was "simply not true".\n\n'
        'Teoh dismissed the explanation. "If it is fully committed, show us the contracts," he '
        "said.\n\n"
        "Independent hydrologist Nor Azlina Abdul Rahman, who has advised several councils, said "
        "both sides had a point."
    )
    assert [q.speaker for q in quotes] == [
        "Teoh Kah Seng",
        "Mohd Razif Hashim",
        "Teoh Kah Seng",
        "Nor Azlina Abdul Rahman",
    ]


def test_a_name_no_list_knows_with_an_arabic_article() -> None:
    quotes = _quotes(
        '"I watched their videos all week," al-Shahwani told Gulf Times.\n\n'
        "Muharraq Pearl coach Jassim al-Awadhi congratulated the winners but said his side had "
        '"given away the final" with eleven missed shots.\n\n'
        '"We had the game in our hands at 26-23," he said.'
    )
    assert [q.speaker for q in quotes][-2:] == ["Jassim al-Awadhi", "Jassim al-Awadhi"]


def test_the_witness_giving_evidence_and_counsel_for_him() -> None:
    quotes = _quotes(
        "Declan Fitzmaurice, who chaired the board from 2014 to 2020, was giving evidence for a "
        "fourth day at the tribunal.\n\n"
        "The witness replied that he could not recall the dinner. “If the records say we had "
        "dinner, we had dinner,” he said.\n\n"
        "Counsel for Mr Fitzmaurice, Paul Geraghty SC, told the tribunal his client had "
        "co-operated fully."
    )
    assert [q.speaker for q in quotes] == [
        "Declan Fitzmaurice",
        "Declan Fitzmaurice",
        "Paul Geraghty",
    ]


def test_a_headline_opening_on_late_names_no_one() -> None:
    quotes = _quotes(
        "Late Aashiq header hands Harbour FC the cup\n\n"
        "KOCHI: An 88th-minute header from 19-year-old Aashiq Rahman gave Kochi Harbour FC a 2-1 "
        "win on Sunday.\n\n"
        '"I just closed my eyes and jumped," said Aashiq, who came on as a substitute.'
    )
    assert [q.speaker for q in quotes] == ["Aashiq Rahman"]


def test_a_striker_whose_first_name_no_list_knows_called_by_it() -> None:
    quotes = _quotes(
        "Nilambur had taken the lead through striker Jobin Varghese before the equaliser.\n\n"
        'Nilambur coach Abdul Nazar was gracious in defeat. "For me it was not a foul," Nazar '
        "said.\n\n"
        'Jobin himself said he had not decided on his future. "My focus was this final," he '
        "told TNIE."
    )
    assert [q.speaker for q in quotes][-1] == "Jobin Varghese"


def test_an_office_s_letters_and_a_madam() -> None:
    quotes = _quotes(
        "The assembly will begin prosecuting residents on July 1, the Municipal Chief "
        "Executive (MCE), Mr Kwabena Asante Boateng, has announced.\n\n"
        '"We have educated, we have appealed," the MCE said at a meeting.\n\n'
        "The Market Queen of the Central Market, Madam Akosua Serwaa Owusu, said traders were "
        "ready to keep the market clean.\n\n"
        '"We have only two skips for more than 3,000 traders," she said.'
    )
    assert [q.speaker for q in quotes] == [
        "Kwabena Asante Boateng",
        "Akosua Serwaa Owusu",
        "Akosua Serwaa Owusu",
    ]


def test_an_office_s_letters_with_whose_office_before_the_name() -> None:
    quotes = _quotes(
        "The Chief Medical Director (CMD) of the hospital, Prof. Olufunmilayo Adebisi "
        "Ogunleye, said the increase was forced on management by the cost of consumables.\n\n"
        "The Coordinator of the Renal Patients Support Initiative (RPSI), Dr Emmanuel Olatunde "
        "Akinwale, described the new fee as “a death sentence for the poor”.\n\n"
        "The CMD, however, admitted that some patients had reduced the number of their sessions."
    )
    assert [q.speaker for q in quotes][-1] == "Olufunmilayo Adebisi Ogunleye"


def test_the_older_of_two_who_share_a_surname() -> None:
    quotes = _quotes(
        "Sukru Majhi sat on the verandah of the panchayat office, turning the pages of a "
        "register.\n\n"
        "Sukru Majhi’s nephew, Dambaru Majhi, 31, is among those campaigning for the mine. “My "
        "uncle’s generation had land,” he says.\n\n"
        "Back on the verandah, the older Majhi closes the register. He says he has not yet "
        "decided how he will vote."
    )
    assert [q.speaker for q in quotes] == ["Dambaru Majhi", "Sukru Majhi"]


def test_a_team_s_board_in_a_statement_and_a_gogo() -> None:
    quotes = _quotes(
        "The fight erupted during the game between the Credit Valley Comets and the Heart Lake "
        "Huskies.\n\n"
        "In a statement, the Comets’ board of directors said it “fully supports” the "
        "suspensions.\n\n"
        "“Our kids deserve better from the adults in their lives,” the statement said.\n\n"
        "Gogo Martha Sithole, 71, said she cried when she heard the news."
    )
    assert [q.speaker for q in quotes][-2:] == ["Credit Valley Comets", "Martha Sithole"]


def test_a_person_of_the_citizens_group_named_after_what_it_is() -> None:
    quotes = _quotes(
        "The lake has been studied for years.\n\n"
        "Priya Nanjappa of the citizens' group Kere Snehitaru Vedike said the study should push "
        'the authorities to complete sewage diversion works. "Every monsoon we are promised '
        'that the sewage will be diverted," she said.'
    )
    assert [q.speaker for q in quotes] == ["Priya Nanjappa", "Priya Nanjappa"]


def test_for_her_part_and_the_owner_introduced_before_a_relative_clause() -> None:
    quotes = _quotes(
        "Jess Polglase, a director of the estate agency Polglase & Hart, says the change has "
        "been stark.\n\n"
        "Councillor Morwenna Trist says the policy is “doing exactly what it was designed to "
        "do”.\n\n"
        "Polglase, for her part, expects prices to settle by the autumn.\n\n"
        "“The froth has come off,” she says.\n\n"
        "Store owner Marco Castellano, whose father opened the business in 1978, says he was in "
        "the back office.\n\n"
        "Sgt. Dana Whitfield said investigators are reviewing video from the store.\n\n"
        "The owner says the store will reopen next week once the cases are replaced."
    )
    speakers = [q.speaker for q in quotes]
    assert speakers[2] == "Jess Polglase" and speakers[-1] == "Marco Castellano"


def test_a_kibbutz_is_no_woman() -> None:
    people = People(
        "Yael Shachar, the secretary of neighboring Kibbutz Ein Dafna, whose members have farmed "
        "the land for seven decades, calls the vote a betrayal. She says the kibbutz will join "
        "the petition."
    )
    assert [p.name for p in people.people] == ["Yael Shachar"]


def test_a_name_after_a_role_and_a_title_and_a_sikh_woman() -> None:
    quotes = _quotes(
        "Civil Surgeon Dr Nazmul Hasan Chowdhury said the district had recorded 2,341 dengue "
        "cases since January.\n\n"
        "Captain Ritika Thakur, who scored the equaliser, said the team had been written off.\n\n"
        'Their coach, Parminder Kaur Gill, said her side had "thrown away" the lead.\n\n'
        '"We were 2-0 up at half-time and we stopped playing," she said.'
    )
    assert [q.speaker for q in quotes] == [
        "Nazmul Hasan Chowdhury",
        "Ritika Thakur",
        "Parminder Kaur Gill",
        "Parminder Kaur Gill",
    ]


def test_south_east_asian_court_names_and_titles() -> None:
    quotes = _quotes(
        "Judge Ma. Cristina Belarmino-Ocampo of the Regional Trial Court said the testimonies of "
        'four voters were "clear, consistent and corroborated".\n\n'
        "Counsel Datuk Jeffrey Lo Siew Fatt, representing Tan, said his client had never been "
        "in trouble with the law.\n\n"
        '"He knows that now and he regrets it deeply," Lo said.\n\n'
        "According to DPP Quek, doctors found that the filler had blocked an artery."
    )
    assert [q.speaker for q in quotes] == [
        "Ma. Cristina Belarmino-Ocampo",
        "Jeffrey Lo Siew Fatt",
        "Jeffrey Lo Siew Fatt",
        "Quek",
    ]


def test_a_kenyan_mca_and_a_co_author() -> None:
    quotes = _quotes(
        "Kitetu Ward MCA Peter Kioko Musau, who sits on the trade committee, said he would table "
        "a motion seeking to suspend the levy.\n\n"
        '"Nobody is against development," said Mr Musau.\n\n'
        "Co-author Nomvula Khumalo says farmers are pumping three times the recharge."
    )
    assert [q.speaker for q in quotes] == [
        "Peter Kioko Musau",
        "Peter Kioko Musau",
        "Nomvula Khumalo",
    ]
