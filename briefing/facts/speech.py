"""Words of reported speech: verbs of saying, pronouns, voices of organisations, and the
evidence of a person's gender that a pronoun may rely on.

Kept apart from lexicon.py because entity typing uses `lexicon.SPEECH_VERBS` as a cue for
people ("X said"); the wider list here only decides who spoke a quotation.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import SPEECH_VERBS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _inflect(stems: str) -> frozenset[str]:
    """Past, third-person and -ing forms of regular verbs given as "base:past" or "base"."""
    out: set[str] = set()
    for item in stems.split():
        base, _, past = item.partition(":")
        if not past:
            past = base + "d" if base.endswith("e") else base + "ed"
        third = base + "es" if base.endswith(("s", "sh", "ch", "x", "z")) else base + "s"
        if base.endswith("y") and base[-2] not in "aeiou":
            third = base[:-1] + "ies"
        ing = base[:-1] + "ing" if base.endswith("e") and not base.endswith("ee") else base + "ing"
        out.update((past, third, ing))
    return frozenset(out)


# Verbs that report words, in the forms that frame a quotation ("testified", "quips",
# "tweeting"). Irregular and doubled forms are spelled out.
QUOTE_VERBS = (
    SPEECH_VERBS
    | _inflect(
        "add argue ask assert boast caution claim comment complain concede conclude confirm "
        "contend continue counter declare demand disclose emphasise emphasize exclaim explain "
        "insist joke lament maintain muse note observe plead pledge post predict proclaim "
        "promise quip:quipped recall recount remark reiterate reply:replied respond retort "
        "reveal say:said scoff shout sigh state stress suggest testify:testified threaten "
        "tweet urge vow warn whisper yell acknowledge admit:admitted agree announce answer "
        "write:wrote tell:told text email message blog express accuse brand label:labelled "
        "label:labeled term describe allege assure affirm concur:concurred elaborate wonder "
        "speculate mutter murmur scream enthuse gush marvel:marvelled brag:bragged "
        "confide grumble opine assail decry:decried denounce lambast characterise characterize "
        "underline underscore reaffirm mention indicate remind"
    )
    | _words(
        "say says saying tell tells telling write writes writing wrote written told "
        "testifies quipping quips replying replies testifying spoke speaks speaking calling "
        "describing snapped snaps interjected mused talked labelling"
    )
    # verbs of two words ("Ruiz shot back", "he pointed out")
    | frozenset(
        f"{verb} {particle}"
        for verbs, particle in (
            ("shot shoots fired fires hit hits wrote writes", "back"),
            ("chimed chimes weighed weighs", "in"),
            ("pointed points", "out"),
            ("went goes", "on"),
            ("called calls", "on"),
            ("referred refers", "to"),
        )
        for verb in verbs.split()
    )
)
# A quotation also follows these when the subject utters it ("X criticised the plan: ..."),
# but they name no speech in other frames, so they are only read right before a quote.
STANCE_VERBS = _inflect(
    "criticise criticize condemn praise welcome defend slam blast reject deny:denied "
    "dismiss thank:thanked apologise apologize blame address react"
)
# "-ing" forms that continue the main clause: "X left the room, saying: ..." (X speaks).
PARTICIPLES = frozenset(w for w in QUOTE_VERBS | STANCE_VERBS if w.endswith("ing"))
# Nouns whose text "reads" ("the statement read"): the words are those of whoever issued it.
DOCUMENTS = _words(
    "statement letter message note post tweet release communique communiqué filing memo email "
    "report notice announcement proclamation summary decree ruling judgment judgement verdict "
    "bulletin order directive"
)
_DOCUMENT_WORDS = "|".join(
    sorted(DOCUMENTS | {"press release", "news release"}, key=len, reverse=True)
)
# "a statement released by X's office", "the report from X", "a tweet on Monday by X": X
# issued the words.
DOCUMENT_BY = lazy(
    rf"(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{_DOCUMENT_WORDS})\s+"
    r"(?:(?:on|in|at|last|this)\s+[\w-]+\s+)?"  # "a tweet on Monday by X"
    r"(?:(?:released|issued|published|posted|sent|signed|put\s+out)\s+"
    r"(?:(?:online|publicly|jointly|earlier|later)\s+)?)?(?:by|from)\s+"  # ("posted online by")
)
# "Judge X's statement", "part of the court's summary", "the agency's website": the words of the
# document's owner (the group `owner`, with its "the").
OWNED_DOCUMENT = lazy(
    r"(?:[Pp]art\s+of\s+)?(?:[Aa]n?\s+)?(?P<owner>(?:[Tt]he\s+)?(?:(?:[A-Z][\w.&-]*\s+){0,5}"
    r"[A-Z][\w.&-]*|[a-z]+))[’']s\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{_DOCUMENT_WORDS}|website|web\s+site|account|page|blog)"
    r"(?:\s+on\s+(?:Facebook|Instagram|Twitter|X|LinkedIn|Telegram|Weibo|social\s+media))?\s*"
)
# "Acme released a statement which read": the subject issued the words that follow.
ISSUED_DOCUMENT = lazy(
    r"\s(?:released|issued|published|posted|put\s+out|sent\s+out|sent)\s+(?:an?|the)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_DOCUMENT_WORDS})(?:,\s*|\s+)(?:which|that)\s*$"
)
# "X sent a letter to residents.": a document the subject issued ("it read" after it is X's).
SENT_DOCUMENT = lazy(
    r"\b(?:sent|issued|released|published|posted|wrote|signed|put\s+out|shared|circulated)\s+"
    rf"(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{_DOCUMENT_WORDS})\b"
)
# "According to its press release, Acme was ...": the subject's own document.
OWN_DOCUMENT = lazy(
    rf"(?:[Aa]ccording\s+to|[Ii]n)\s+(its|his|her)\s+(?:own\s+|latest\s+|[\w-]+\s+)?"
    rf"(?:{_DOCUMENT_WORDS}),\s*"
)
# The voice of an organisation or a person: "the ministry's spokesman", "Smith's office".
SPOKES = _words(
    "spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen representative office "
    "press statement account representatives"
)
# Who speaks for the name after "of"/"for" ("a spokesman for Acme", "the head of Acme",
# "speaker of the parliament X").
VOICE_NOUNS = SPOKES | _words(
    "head chief leader chairman chairwoman chair president director secretary-general speaker"
)
# Organisation heads that a description can name ("the ministry said"); the value is the
# word the organisation's name must contain, or None when any organisation may be meant.
ORG_HEADS: dict[str, str | None] = {
    "ministry": "ministry", "department": "department", "police": "police", "club": "club",
    "union": "union", "council": "council", "court": "court", "party": "party",
    "agency": "agency", "commission": "commission", "committee": "committee",
    "federation": "federation", "authority": "authority", "board": "board",
    "company": None, "firm": None, "group": None, "organisation": None, "organization": None,
    "carrier": None, "airline": None, "bank": "bank", "university": "university",
    "government": "government", "team": None, "army": "army", "military": None,
    "operator": None, "miner": None, "retailer": None, "insurer": None, "lender": None,
    "carmaker": None, "drugmaker": None, "utility": None, "charity": None,
    "body": None, "watchdog": None, "regulator": None, "association": "association",
    "foundation": "foundation",
}  # fmt: skip
PRONOUNS = {"he": "m", "she": "f", "it": "org"}
OTHER_PRONOUNS = _words("they we i you who one")
# Words before a noun that say it is one of many, never a named speaker ("one resident").
QUANTIFIERS = _words(
    "one another some several many two three four five few other others most all both each "
    "any various numerous"
)
# Adverbs and auxiliaries between a subject and its verb ("Smith later told", "has said").
BETWEEN_SUBJECT_AND_VERB = _words(
    "also later then has had have would will again previously once reportedly publicly "
    "recently further simply earlier first repeatedly had since subsequently quickly "
    "immediately separately himself herself itself privately openly angrily calmly "
    "jokingly famously bluntly flatly further"
)
# A time between a subject and its verb ("X on Monday said", "X this week told", "X
# yesterday warned"): the subject ends before it.
TIME_BEFORE_VERB = lazy(
    r"\s+(?:(?:on|early|late|earlier|later)\s+)?(?:(?:this|last|next)\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|weekend"
    r"|morning|afternoon|evening|night|yesterday|today|tonight)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*$"
)
# Media outlets report statements; as a description's antecedent they are never the speaker
# (nor is X, where a statement is posted: "in a post on X, the company said").
MEDIA = lazy(
    r"\b(?:News|Times|Post|Journal|Gazette|Herald|Tribune|Telegraph|Guardian|Press|Reuters|"
    r"Agence|Wikinews|Politico|BBC|CNN|NBC|CBS|ABC|Fox|Sky|Radio|TV|Television|Broadcasting|"
    r"Magazine|Daily|Observer|Independent|Mail|Express|Chronicle|Bloomberg|Xinhua|TASS|"
    r"Interfax|Al Jazeera|Associated|X)\b"
)

MALE_WORDS = _words(
    "mr mr. sir lord king prince duke earl baron father dad son brother husband grandfather "
    "uncle nephew boyfriend widower man boy gentleman spokesman chairman businessman "
    "congressman councilman policeman fireman sportsman actor monk priest emperor sultan "
    "sheikh emir tsar czar pope"
)
FEMALE_WORDS = _words(
    "mrs mrs. ms ms. miss dame lady queen princess duchess countess baroness mother mum mom "
    "daughter sister wife grandmother aunt niece girlfriend widow woman girl spokeswoman "
    "chairwoman businesswoman congresswoman councilwoman policewoman actress nun empress "
    "first-lady"
)
# Given names that are almost always one sex's (names shared by both are left out).
MALE_NAMES = _words(
    "aaron abdul abdullah abraham adam adrian ahmed ahmad alan albert alberto alejandro "
    "aleksandr alexander alexandre alexei alfred ali amir anders andreas andrei andrew "
    "andrés andrzej angus anthony antoine antonio anton arne arnold arthur axel barack "
    "barry ben benjamin bernard bernd bernie bill bjorn björn bob boris brad bradley brandon "
    "brendan brett brian bruce bruno carl carlos charles chris christian christoph "
    "christopher colin conor connor craig dan daniel darren dave david dean declan denis "
    "dennis derek diego dmitry dmitri dominic donald douglas duncan dylan edward eduardo "
    "edwin eric erik ernst ethan evan fabian felipe felix fernando florian francesco "
    "francisco frank franz fred frederick friedrich gabriel gareth gary gavin george georg "
    "gerald gerard gerhard giorgio giovanni giuseppe glenn gordon graham greg gregory "
    "gustavo hamid hans harald harold harry hassan hector heinz helmut henrik henry "
    "herbert hiroshi hugh hugo hussein ian ibrahim igor imran isaac ivan jack jacob jacques "
    "jaime james jason javier jeff jeffrey jens jeremy jerome jim jimmy joe joel johan "
    "johann johannes john jon jonas jonathan jorge josé jose joseph josh joshua juan "
    "julian julien julio jürgen justin karl keith kenneth kevin khalid klaus knut kurt lars "
    "leo leon leonardo lewis liam lorenzo louis lucas luis luiz luka lukas luke magnus "
    "manuel marc marcel marco marcus mario mark markus martin mathias matt matteo matthew "
    "matthias maurice max maxim mehmet michael michel miguel mikhail mike mohamed mohammad "
    "mohammed muhammad narendra nathan neil nicholas nick nicolas niels nigel nikolai noah "
    "norbert olaf oliver omar oscar oskar otto owen pablo patrick paul pedro peter philip "
    "philippe pierre pieter rafael rahul ralph ramón randy raul raúl ray recep reinhard "
    "richard rick rishi rob robert roberto rodrigo roger roman ronald ross ryan sadiq "
    "samuel scott sean sebastian sergei sergey sergio shane simon stefan stephen steve "
    "steven sven ted thomas tim timothy tobias todd tom tomás tony torsten ulrich valentin "
    "victor viktor vincent vladimir walter werner wilhelm william wolfgang xavier yasser "
    "yusuf yuri volodymyr emmanuel jair cyril olivier thierry didier frédéric xi joko "
    "abiy bashar hosni mahmoud benny naftali yair kyriakos nikos alexis giorgos mateusz "
    "andrés gustavo sebastián santiago nicolás enrique vicente ignacio alvaro álvaro "
    "gonzalo jesús ángel rubén iván matías tomás agustín ricardo matheus vinícius "
    "alessandro davide stefano massimo fabio claudio gianluca giacomo pietro riccardo "
    "rasmus mikkel kasper håkon kjetil petter eirik eivind jørgen øyvind torbjørn geir "
    "guillaume étienne matthieu baptiste benoît rémi loïc arnaud joost koen maarten sander "
    "thijs stijn wim hubert joachim dieter horst manfred rainer günter uwe jörg "
    "oleg pavel anatoly vitaly vyacheslav nikolay yevgeny oleksandr oleksiy mykola serhiy "
    "taras kofi nelson thabo uhuru goodluck muhammadu bola kwame chinedu emeka tunde "
    "mamadou moussa sipho themba jomo shinzo fumio yoshihide junichiro taro kenji takeshi "
    "akira haruki manmohan rajiv jawaharlal atal amit sunil anil vijay sanjay rajesh "
    "suresh ramesh deepak ajay arvind nitin rohit virat sachin sourav nawaz shehbaz asif "
    "bilal hamza usman prabowo susilo ferdinand thaksin mitch chuck kamal "
    "jared barron kirk elon jeb newt rudy hunter beto pete"
)
FEMALE_NAMES = _words(
    "abigail adele agnes aisha alexandra alice alicia alison amanda amber amelia amy ana "
    "angela angelika anita ann anna annalena anne annette antonia astrid barbara beatriz "
    "beth betty brenda bridget camille carla carmen carol caroline catherine cecilia "
    "charlotte christina christine claire clara claudia cristina daniela danielle dawn "
    "deborah diana diane dilma dolores donna doris dorothy elena elisabeth elizabeth ella "
    "ellen emily emma erika esther eva eve fatima fiona frances francesca gabriela gina "
    "grace hannah heather heidi helen helena hillary ida ilse ines inés ingrid irene "
    "isabel isabella isabelle jacinda jane janet jennifer jessica joan joanna judith julia "
    "julie kamala karen karin kate katherine kathleen katie katrin laura lauren lea linda "
    "lisa liz louise lucia lucy magdalena maja margaret margarethe maria maría marie "
    "marina marine marta martina mary megan melania melanie mette michelle miriam monica "
    "nadia nancy naomi natalia natalie nicola nicole nina nora olga olivia pamela patricia "
    "paula pauline petra pilar rachel raquel rebecca rita rosa rose ruth sabine sally "
    "samantha sandra sanna sara sarah sharon silvia siobhan sofia sophie stefanie "
    "stephanie sue susan tamara tanja teresa theresa tina ursula valentina vanessa vera "
    "victoria wendy yasmin zoe ivanka giorgia liz kristi kristen kirsten marjorie nikki "
    "lindsay ilhan alexandria ayanna rashida gretchen kathy tulsi amy elizabeth "
    "svetlana tatiana tatyana irina natalya yulia ekaterina yekaterina lyudmila oksana "
    "olena iryna kateryna maryam benazir indira sonia priya pooja anjali sunita ayesha "
    "sana megawati corazon yingluck ngozi ellen amina fatou aminata thandi lindiwe "
    "wanjiru yoko keiko akiko yuko mei ying agnieszka katarzyna małgorzata malgorzata ewa "
    "zofia eleni ayşe fatma zeynep selin leila layla rania huda salma camila florencia "
    "sofía ximena guadalupe mariana joana catarina inês rafaela giulia chiara federica "
    "alessia simona ingvild sigrid solveig tove hilde bente kari marit randi liv linnea "
    "elin emelie johanna matilda ebba wilma mathilde manon chloé léa élodie céline "
    "aurélie émilie hélène margaux sylvie nathalie véronique montserrat núria laia "
    "mireia meritxell lucía alba ainhoa maite itziar begoña rocío esperanza consuelo "
    "soledad mercedes inmaculada gisela renate ute hildegard ingeborg brigitte monika "
    "susanne birgit anja silke kerstin nadine katja aoife niamh orla sinead sinéad "
    "mairead máire gráinne saoirse deirdre bernadette"
)


def by_first_letter(words: frozenset[str]) -> str:
    """An alternation of whole words grouped by first letter ("a(?:dded|sked)|s(?:aid)").

    The regex engine does not factor alternatives itself; grouped, a failing position costs
    one test per letter instead of one per word (3-4x faster scans). Between word boundaries
    at most one word can match at a position, so the grouping cannot change a match.
    """
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(k)}(?:{'|'.join(v)})" for k, v in sorted(groups.items()))


# A verb of saying as a whole word, in lower case: a capitalised "States" or "Reports" is a
# name far more often than a verb (and a case-sensitive scan is 3x faster).
VERB = lazy(rf"\b(?:{by_first_letter(QUOTE_VERBS | STANCE_VERBS)})\b")


@lru_cache(maxsize=4096)
def name_gender(first_word: str) -> str | None:
    """ "m" or "f" when a given name is (almost) always one sex's, else None."""
    word = first_word.lower().strip(".")
    if word in MALE_NAMES:
        return "m"
    if word in FEMALE_NAMES:
        return "f"
    return None


def word_gender(word: str) -> str | None:
    """ "m" or "f" for an honorific or a sexed noun ("Mrs", "spokeswoman"), else None."""
    word = word.lower()
    if word in MALE_WORDS:
        return "m"
    if word in FEMALE_WORDS:
        return "f"
    return None
