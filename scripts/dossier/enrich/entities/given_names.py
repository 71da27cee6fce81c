"""Common given names: a capitalised pair that starts with one ("Patricia Hewitt") reads as a person.

Two lists: GIVEN_NAMES, below, and COMMON_GIVEN_NAMES, which adds a broad list read from
data/given_names.txt once per process (about 10 ms).

A general list (English-language names and their short forms, and common names from Europe,
Russia, the Middle East, Asia and Africa), written from general knowledge, not from any
evaluation set. Names that are more often a place or a word ("Jordan", "Chad", "Paris", "Israel",
"Christian", "Victoria") are left out on purpose. Compared casefolded.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

_ENGLISH_MALE = """
aaron adam adrian aidan alan alastair albert alec alex alexander alf alfie alfred alistair allan
andrew andy angus anthony antony archie arnold arthur austin barry basil ben benjamin bernard bernie
bert bill billy bob bobby boris brendan brian bruce bryan callum calum cameron carl cecil charles
charlie chris christopher clarence clive colin craig cyril dale damian damien dan daniel danny darren
dave david dean declan denis dennis derek des desmond dick dominic don donald doug douglas duncan dylan
ed eddie edgar edmund edward edwin eric ernest ernie euan evan ewan frank frankie fred freddie frederick
gareth gary gavin geoff geoffrey george gerald gerard gerry gideon gilbert glen glenn gordon graham
grant greg gregor gregory guy hamish harold harry harvey hector henry herbert howard hugh hugo iain
ian isaac ivan ivor jack jake james jamie jason jeff jeffrey jeremy jerry jim jimmy joe joel john johnny
jon jonathan joseph josh joshua julian justin keith ken kenneth kevin kieran kim kirk kit kris kyle
lance larry laurence lawrence lee len leo leon leonard leslie lewis liam lionel lloyd louis luke
malcolm marcus mark martin matt matthew maurice max michael mick mickey mike miles milton nathan
neil nick nicholas nigel noel norman oliver ollie oscar owen paddy pat patrick paul percy pete peter
phil philip phillip piers ralph ray raymond reg reginald rhodri rhys richard rick ricky rob robbie
robert robin rod rodney roger roland ron ronald ronnie rory ross roy rupert russell ryan sam samuel
scott sean seamus sebastian shane shaun simon stan stanley stephen steve steven stewart stuart ted
terence terry theo theodore thomas tim timothy toby tom tommy tony trevor vernon vic victor vince
vincent walter warren wayne wilfred will william willie zac zachary
"""
_ENGLISH_FEMALE = """
abigail ada alice alison amanda amber amelia amy andrea angela angie ann anna anne annette annie
barbara beatrice becky belinda beth betty beverley brenda bridget caroline carol carole catherine
cathy charlotte cherie cheryl chloe christina christine clare claire claudia connie cynthia daisy
dawn debbie deborah denise diana diane donna doris dorothy edith edna eileen elaine eleanor elizabeth
ella ellen emily emma estelle esther eve evelyn felicity fiona frances gail gemma georgina geraldine
gillian gloria glenda gwen gwyneth harriet hazel heather helen helena hilary hillary ingrid irene
isabel isabella jackie jacqueline jane janet janice jean jennifer jenny jessica jill jo joan joanna
joanne josephine joy joyce judith judy julia julie karen kate katharine katherine kathleen kathryn
kathy katie kay kelly kirsty laura lauren leanne lesley linda lindsay lisa liz liza lorna lorraine
louise lucy lynn lynne madeleine maggie margaret maria marian marie marion marjorie martha mary maureen
megan melanie melissa michelle mildred miranda moira molly monica nancy naomi natalie natasha nicola
nicole nora norma olive olivia pamela patricia paula pauline penelope penny philippa polly rachel
rebecca rita roberta rosalind rosemary rosie ruth sally samantha sandra sara sarah sharon sheila shirley
sian siobhan sonia sophie stella stephanie sue susan suzanne sylvia tamsin tanya teresa tessa theresa
tina tracey tracy valerie vanessa vera veronica vicky virginia wendy yvette yvonne zoe
"""
_INTERNATIONAL = """
abdul abdullah abu ahmad ahmed ali amir anatoly andrei andrey anders angelo antonio arkady ashraf
bashar benazir boutros carlos cesar cheng claude dmitri dmitry dmitriy domenico edouard ehud emmanuel
enrique erik ernesto evgeny fabio farid fernando francesco francois françois franz friedrich fyodor
gennady gerhard giorgio giovanni giuseppe gunter günter hamid hans hassan heinrich helmut hosni hu
hugo ibrahim igor ilya ivan jacques jaime jan javier jean-claude jean-marie jean-pierre jens joachim
johan johannes jorge jose josé joschka juan jurgen jürgen kamal karl khalid klaus kofi konstantin
kurt lars leonid li lionel luc luis luiz lula mahmoud manuel marco mario mohamed mohammed mohammad
muhammad mikhail moshe muammar nelson nicolas nikolai nikolay olaf oleg omar otto pablo paolo pascal
pavel pedro pervez pierre rafael rajiv ramon recep roberto romano rudolf salman saddam sergei sergey
sergio shimon silvio stefan svetlana tariq thabo ulrich valentin valery vasily viktor vitaly vladimir
vladislav volker wang werner wolfgang xavier yasser yuri yury yusuf zhang
aishwarya angelika anja beata benita carla chiara condoleezza elena galina gerda giulia hanna ilona
irina julija katarina katrin ludmila lyudmila magda marina marta mercedes nadia natalia natalya nina
oksana olga renate rosa segolene ségolène simone sonja tatiana tatyana ulrike ursula yulia yulia
yekaterina yevgeny yevgenia zara
александр алексей анатолий андрей борис валентина валерий василий виктор виталий владимир галина
дмитрий евгений екатерина елена иван игорь ирина константин лев мария марина михаил наталья николай
олег ольга павел сергей светлана татьяна юлия юрий
"""

GIVEN_NAMES: Final = frozenset((_ENGLISH_MALE + _ENGLISH_FEMALE + _INTERNATIONAL).split())
COMMON_LIST: Final = Path(__file__).resolve().parent / "data" / "given_names.txt"


def _read_common(path: Path = COMMON_LIST) -> frozenset[str]:
    with path.open(encoding="utf-8") as handle:
        return frozenset(line.rstrip("\n") for line in handle if not line.startswith("#"))


# The broad list (data/given_names.txt, 26,000 names of about 100 countries, derived from
# names-dataset by scripts/tools/make_given_names.py): "Olivier Magne", "Kazuhiro Takahashi". A
# name only this list knows is weaker evidence than the list above (see known.py).
COMMON_GIVEN_NAMES: Final = GIVEN_NAMES | _read_common()
