"""Speaker names as documents introduce them: names of three or more parts and particles,
whole organisation names, roles that point back to a person, relatives sharing a surname and
unnamed witnesses. Each case is a short passage written for this test."""

from __future__ import annotations

import pytest

from bot.extraction import extract_text
from bot.models import Document, Quote


def _quotes(body: str) -> list[Quote]:
    return list(extract_text("Title\n\n" + body, Document(title="Title")).quotes)


def _speaker(quotes: list[Quote], word: str) -> str:
    found = [q for q in quotes if word in q.text]
    assert found, (word, [q.text for q in quotes])
    return found[0].speaker


CASES = {
    "three-part name": (
        "“The port will reopen on Monday,” said Idriss Omar Waberi, the transport minister.\n\n"
        "“We have cleared the wreck,” Waberi said.",
        [("reopen", "Idriss Omar Waberi"), ("cleared the wreck", "Idriss Omar Waberi")],
    ),
    "names starting with an accented capital": (
        "“We will win,” said Øyvind Strand, the coach. “Always,” Strand added.\n\n"
        "Émile Durand, the captain, spoke next. “We are ready,” Durand said.\n\n"
        "“The pitch is perfect,” said Łukasz Nowak, the groundsman.",
        [
            ("will win", "Øyvind Strand"),
            ("Always", "Øyvind Strand"),
            ("are ready", "Émile Durand"),
            ("pitch", "Łukasz Nowak"),
        ],
    ),
    "maori particle": (
        "Aroha Te Rangi, who chairs the trust, said: “The birds are coming back.”\n\n"
        "“We counted forty kākā this spring,” Te Rangi said.",
        [("birds are coming", "Aroha Te Rangi"), ("forty", "Aroha Te Rangi")],
    ),
    "title before a name with a particle": (
        "Dr Aroha Te Rangi leads the study. “The birds are back,” Dr Te Rangi said.",
        [("birds are back", "Aroha Te Rangi")],
    ),
    "suffix with the surname later": (
        "“We fish,” said Ernesto Lopez Jr., the son. “Always,” Lopez Jr. said.",
        [("We fish", "Ernesto Lopez Jr."), ("Always", "Ernesto Lopez Jr.")],
    ),
    "three-part name after a title with of": (
        "Minister of Conservation Hone Walker Tipene opened the gate. “This is what communities "
        "can do,” the minister said.",
        [("communities", "Hone Walker Tipene")],
    ),
    "a place after a title is not part of the name": (
        "In a statement, Governor of Washington Chris Gregoire said, “The museum worked hard.”",
        [("museum worked", "Chris Gregoire")],
    ),
    "arabic particle": (
        "“Nobody will be left behind,” Saleh Abdulkarim al-Hakimi told delegates.\n\n"
        "“The fund is open,” al-Hakimi said.",
        [
            ("left behind", "Saleh Abdulkarim al-Hakimi"),
            ("fund is open", "Saleh Abdulkarim al-Hakimi"),
        ],
    ),
    "dutch particles": (
        "“The dykes held,” said Jan van der Berg, a water board engineer.\n\n"
        "“We were lucky,” Van der Berg added.",
        [("dykes held", "Jan van der Berg"), ("lucky", "Jan van der Berg")],
    ),
    "spanish particles": (
        "María de la Cruz runs the clinic. “We see forty patients a day,” de la Cruz said.",
        [("forty patients", "María de la Cruz")],
    ),
    "generational suffix kept as written": (
        "“He taught me to fish,” said Ernesto Lopez Jr., the family's eldest son.",
        [("to fish", "Ernesto Lopez Jr.")],
    ),
    "multi-word organisation": (
        "Meridian Bulk Shipping said in a statement: “The vessel was seaworthy.”\n\n"
        "Te Wao Nui Sanctuary Trust said: “We will replant the ridge.”",
        [("seaworthy", "Meridian Bulk Shipping"), ("replant", "Te Wao Nui Sanctuary Trust")],
    ),
    "spokesman of a multi-word organisation": (
        "“The crew is safe,” a Meridian Bulk Shipping spokesman said.",
        [("crew is safe", "Meridian Bulk Shipping")],
    ),
    "role nouns point back to the person": (
        "Amina Daoud Farah, the delegate of Djibouti, opened the session. "
        "Secretary-General Saleh Abdulkarim al-Hakimi also spoke.\n\n"
        "“The text is not final,” the delegate said.\n\n"
        "“We will meet again in June,” said the secretary-general.",
        [("not final", "Amina Daoud Farah"), ("June", "Saleh Abdulkarim al-Hakimi")],
    ),
    "a capitalised role alone is not a speaker": (
        "Minister Ana Ruiz opened the debate, and Delegate Tomas Berg replied.\n\n"
        "“The text is not final,” Minister said.",
        [("not final", "Ana Ruiz")],
    ),
    "a portfolio or nationality before the role": (
        "Health Minister Ayesha Verrall spoke, and Tom Reed, an observer, too. “We act,” the "
        "Health Minister said.\n\n"
        "Amina Daoud Farah, the delegate of Djibouti, spoke. Tom Reed, an observer, spoke. "
        "“We object,” the Djiboutian delegate said.",
        [("We act", "Ayesha Verrall"), ("We object", "Amina Daoud Farah")],
    ),
    "a surname that is also a role noun": (
        "Ayesha Verrall spoke. “We fish,” Idriss Farmer said.",
        [("We fish", "Idriss Farmer")],
    ),
    "a name no first-name list knows, introduced by a role": (
        "The Prime Minister, Jacinda Ardern, spoke. Tom Reed, an observer, too. “We will act,” "
        "the Prime Minister said.\n\n"
        "Idriss Waberi, the harbourmaster, spoke. Kofi Mensah, a fisherman, too. “The port is "
        "open,” the harbourmaster said.",
        [("We will act", "Jacinda Ardern"), ("port is open", "Idriss Waberi")],
    ),
    "a name no first-name list knows, introduced by an age": (
        "Police charged Tom Reed. Aroha Ngata, 45, lost her home. “We have nothing,” she said.",
        [("nothing", "Aroha Ngata")],
    ),
    "family sharing a surname": (
        "Ernesto Lopez, 81, died on Tuesday. He is survived by his wife, Carmen Lopez, his son, "
        "Ernesto Lopez Jr., and his daughter, Maria Lopez.\n\n"
        "“He never missed a Sunday mass,” his daughter, Maria Lopez, said.\n\n"
        "“Dad built this house himself,” said Ernesto Lopez Jr.\n\n"
        "“He was proud of it,” Mr. Lopez added.\n\n"
        "Carmen Lopez met her husband in 1962. “He was a gentle man,” Mrs. Lopez said.\n\n"
        "“We danced every Friday,” Lopez said.",
        [
            ("Sunday mass", "Maria Lopez"),
            ("built this house", "Ernesto Lopez Jr."),
            ("proud of it", "Ernesto Lopez Jr."),
            ("gentle man", "Carmen Lopez"),
            ("danced", "Carmen Lopez"),
        ],
    ),
    "Mrs. prefers the wife over a nearer daughter": (
        "He is survived by his wife of 60 years, Carmen Lopez; his son, Ernesto Lopez Jr.; "
        "and his daughter, Maria Lopez.\n\n"
        "“He never missed a tide,” his daughter, Maria Lopez, said.\n\n"
        "Mrs. Lopez said they met at a dance. “He stepped on my feet all night,” she said.",
        [
            ("never missed", "Maria Lopez"),
            ("met at a dance", "Carmen Lopez"),
            ("my feet", "Carmen Lopez"),
        ],
    ),
    "unnamed witness keeps the quotes": (
        "Police arrested Darren Mole, 34, on Friday.\n\n"
        "“I heard glass breaking and ran outside,” a neighbour who witnessed the robbery said. "
        "“He had a bag over his shoulder,” she said.\n\n"
        "“I called the police straight away.”",
        [
            ("glass breaking", "neighbour"),
            ("bag over", "neighbour"),
            ("straight away", "neighbour"),
        ],
    ),
    "one witness": (
        "Mark Trent was charged with theft. “It was over in seconds,” one witness said.",
        [("seconds", "witness")],
    ),
    "an unnamed speaker with an apposition, after another one": (
        "Police charged Kevin Barr, 41.\n\n"
        "“It came out of nowhere,” said a man who saw the crash.\n\n"
        "One resident, who asked not to be named, said the corner was dangerous. “We have "
        "asked for a barrier for years,” she said.",
        [("out of nowhere", "man"), ("corner was dangerous", "resident"), ("barrier", "resident")],
    ),
    "a surname of two words": (
        "José Luis García Márquez, the regional transport director, said the road would reopen. "
        "“Safety comes first,” García Márquez said.",
        [("Safety", "José Luis García Márquez")],
    ),
    "the same unnamed speaker referred to again": (
        "Police charged Darren Mole, 34. “It was loud,” one witness said.\n\n"
        "“He ran toward the river,” the witness added.",
        [("loud", "witness"), ("river", "witness")],
    ),
    "another witness, a local man": (
        "Police charged Darren Mole, 34. “It was loud,” another witness said. “He ran,” he "
        "said.\n\n"
        "“I saw the bag,” said one local man.",
        # An unnamed speaker is credited by their description, as labellers write it.
        [("loud", "witness"), ("He ran", "witness"), ("the bag", "local man")],
    ),
    "an unnamed speaker whose own words were too short to keep": (
        "Darren Mole, 34, was charged. Mole said he was innocent of all the charges. A "
        "neighbour said she saw him. “He looked calm,” she said.",
        [("looked calm", "neighbour")],
    ),
    "a resident told reporters": (
        "Mayor Tom Reid visited the street on Monday.\n\n"
        "“The water came up to the windows,” a resident told reporters. “We lost everything,” "
        "he said.",
        [("windows", "resident"), ("lost everything", "resident")],
    ),
    "a lowercase-hyphen modifier is no part of an organisation's name": (
        "The tanker ran aground. Oslo-based Nordkap Tanker Shipping said in a statement that "
        "no oil had leaked.\n\n"
        "“The hull is intact,” said Panama-registered Albatross Freight Lines.",
        [("no oil", "Nordkap Tanker Shipping"), ("hull is intact", "Albatross Freight Lines")],
    ),
    "a trust whose name starts with a Maori word stays whole": (
        "The Kahurangi Te Ara Nui Wildlife Trust says it needs $40,000 to repair the fence.",
        [("repair the fence", "Kahurangi Te Ara Nui Wildlife Trust")],
    ),
    "a role before a surname is a title, not part of the name": (
        "Hassan Farah Ali, the Minister Delegate for ports, visited the quay.\n\n"
        "“The port will reopen soon,” Delegate Ali said.",
        [("reopen soon", "Hassan Farah Ali")],
    ),
    "a bare surname is the family's principal, not a relative named since": (
        "Ramon Vega died Sunday. He was 84.\n\n"
        "He is survived by his wife, Ana Vega, and his nephew Carlos Vega.\n\n"
        "“I never wanted a champion. I wanted good men,” Vega told the Gazette in 2001.",
        [("good men", "Ramon Vega")],
    ),
    "an inverted cue with a role before the name": (
        "Ramon Vega died on Sunday. He was 84.\n\n"
        "“The gym was his church,” said his former student Luis Moreno. “He never missed a "
        "day.”\n\n"
        "“She taught me everything,” said her longtime assistant, Dana Kirk.",
        [
            ("his church", "Luis Moreno"),
            ("missed a day", "Luis Moreno"),
            ("taught me", "Dana Kirk"),
        ],
    ),
    "an unnamed-role subject named in apposition": (
        "Dr. Ann Cole led the trial.\n\n"
        "One participant, Rosa Diaz, a 61-year-old nurse from Dayton, says she now walks "
        "after every meal with her sister.\n\n"
        "“It was terrifying,” one witness, Mark Hale, said.",
        [("walks after", "Rosa Diaz"), ("terrifying", "Mark Hale")],
    ),
    "a relative introduced with 'his' does not take the next 'he'": (
        "Ramon Vega, a boxing coach who trained champions, died Sunday at 84.\n\n"
        "Vega opened his gym in 1968. His former student Luis Moreno won a world title there "
        "in 2004, and his nephew Carlos Vega runs it now.\n\n"
        "“Boxing saved my life,” he said in a 1999 interview.",
        [("saved my life", "Ramon Vega")],
    ),
    "a relative introduced at the start of a sentence keeps the relation": (
        "Arturo Benitez died Saturday. He was 83.\n\n"
        "His daughter, Lucia Benitez, said he died at home.\n\n"
        "His wife of 58 years, Rosa Benitez, said he was still at the gym last month.\n\n"
        "“He was stubborn. He was kind,” Mrs. Benitez said.\n\n"
        "He is survived by his wife and two children, his daughter said.",
        [("stubborn", "Rosa Benitez"), ("survived by", "Lucia Benitez")],
    ),
    "a short form of a body named in full before": (
        "The ship is operated by Kestrel Maritime Holdings.\n\n"
        "A Kestrel spokeswoman said the cargo was iron ore.",
        [("iron ore", "Kestrel Maritime Holdings")],
    ),
    "a sporting title before a name is not part of it": (
        "Champion Leo Sato wrote on Instagram that the coach was “the reason I ever put on "
        "gloves” and a friend to all.",
        [("reason I ever", "Leo Sato")],
    ),
    "the company is the business named before": (
        "A fire broke out on a freighter owned by Harbor Line Shipping on Monday.\n\n"
        "“We are grateful to the rescuers,” the company said in a statement.",
        [("grateful", "Harbor Line Shipping")],
    ),
    "a pronoun after a person introduced with a relative clause": (
        "Mere Hohaia has run the trust for years. ‘We will replant,’ Hohaia says.\n\n"
        "The news is hard for Ngaio Tūhoe, a weaver from the valley, who lost her workshop.\n\n"
        "‘The river took everything we had,’ she says.",
        [("replant", "Mere Hohaia"), ("river took", "Ngaio Tūhoe")],
    ),
    "the witness is not the suspect named before": (
        "The suspect, Dale Brennan, 41, was charged with arson.\n\n"
        "A man who lives next door said he heard glass break.\n\n"
        "“There was smoke everywhere,” the witness said. “He just walked off.”\n\n"
        "“Nobody on this street will forget it.”",
        [("smoke", "witness"), ("walked off", "witness"), ("forget it", "witness")],
    ),
    "a named subject after the unnamed speaker takes the pronoun back": (
        "“It was loud,” a resident said.\n\n"
        "Mayor Jane Reid said the council would help. “We will rebuild,” she said.",
        [("loud", "resident"), ("rebuild", "Jane Reid")],
    ),
    "inverted cue with a three-part name and role": (
        "“The harbour is safe again,” said Idriss Omar Waberi, director of the port authority.",
        [("harbour", "Idriss Omar Waberi")],
    ),
    "colon sentence with a role before the three-part name": (
        "Kofi Mensah spoke first. The minister, Idriss Omar Waberi, was blunt: “Ships can dock.”",
        [("Ships can dock", "Idriss Omar Waberi")],
    ),
    "colon sentence with an apposition": (
        "Kofi Mensah spoke first. Aroha Te Rangi, who chairs the trust, was blunt: “Keep your "
        "cats inside.”",
        [("cats inside", "Aroha Te Rangi")],
    ),
    "colon sentence introduces the speaker": (
        "Jan van der Berg put it simply: “We build higher or we move.”",
        [("build higher", "Jan van der Berg")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_speaker_names(name: str) -> None:
    body, expected = CASES[name]
    quotes = _quotes(body)
    for word, speaker in expected:
        assert _speaker(quotes, word) == speaker, (word, [(q.text, q.speaker) for q in quotes])
