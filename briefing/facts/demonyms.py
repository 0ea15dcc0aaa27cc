"""Demonyms, a people's or a country's adjective ("Mexican", "South Korean", "Greek") and the
nouns for a people's member ("Swede", "Briton"), told by a list and by the gazetteer."""

from __future__ import annotations

from functools import lru_cache

from briefing.facts.gazetteer import Gazetteer

# Demonyms: ending -> the endings of the place it comes from ("Mexican" -> "Mexico",
# "Hungarian" -> "Hungary", "Chinese" -> "China"); and those no ending rule reaches.
_DEMONYM_ENDINGS = (
    ("ian", ("", "ia", "y", "a", "e", "ium")),  # ("Belgian")
    ("an", ("o", "a", "", "y", "e")),
    ("ese", ("a", "", "an", "e", "on")),
    ("ish", ("ey", "and", "")),
    ("i", ("",)),
)
# Nouns for a people's member, used of an athlete or a politician ("the Swede said",
# "Briton Jack Draper"): never a person's name alone.
PEOPLE_NOUNS = frozenset(
    "Swede Dane Finn Briton Brit Spaniard Scot Scotsman Scotswoman Frenchman Frenchwoman "
    "Englishman Englishwoman Irishman Irishwoman Welshman Welshwoman Dutchman Dutchwoman Pole "
    "Serb Croat Turk Kurd Kiwi Aussie Icelander Filipina".split()
)
DEMONYMS = PEOPLE_NOUNS | frozenset(
    "Greek Dutch French British Welsh Irish Scottish English Danish Swedish Finnish Spanish "
    "Norwegian Swiss Thai Filipino Cypriot Argentine Peruvian Iraqi Kuwaiti Pakistani German Korean "
    "Congolese Afghan Saudi Emirati Bangladeshi Texan Czech Slovak Uzbek Kazakh Portuguese "
    "Philippine "
    # the adjectives of countries whose names the endings above do not give back
    "Somali Tajik Ivorian Nigerien Burkinabe Mozambican Basotho Swazi Malagasy Mauritian "
    "Seychellois Comorian Togolese Kyrgyz Turkmen Laotian Timorese Maldivian Honduran "
    "Salvadoran Panamanian Trinidadian Bahamian Barbadian Icelandic Faroese Greenlandic "
    "Monegasque Luxembourger Slovene Bosnian Montenegrin Kosovar Marshallese "
    # a people's adjective that names no country ("Indigenous residents", "Aboriginal land")
    "Indigenous Aboriginal".split()
)


@lru_cache(maxsize=8192)
def is_demonym(gaz: Gazetteer, text: str) -> bool:
    """Whether `text` is a demonym: listed, or the place its ending comes from is in `gaz`.
    It reads only the word and the gazetteer, so it is memoised for the process: the same
    words recur in and across articles, and a dozen rules ask it (up to a dozen look-ups)."""
    if text in DEMONYMS:
        return True
    for ending, stems in _DEMONYM_ENDINGS:
        if text.endswith(ending) and len(text) > len(ending) + 2:
            root = text[: -len(ending)]
            for stem in stems:
                entry = gaz.get(root + stem)
                if entry is not None and entry.kind in ("country", "region", "continent"):
                    return True
    return False


# Languages that no demonym names ("he said in Kiswahili", "answered in Arabic").
LANGUAGES = frozenset(
    "Arabic Swahili Kiswahili Hindi Urdu Amharic Mandarin Cantonese Tagalog Malay Bahasa Farsi "
    "Hebrew Latin Yiddish Punjabi Bengali Tamil Telugu Marathi Gujarati Kannada Malayalam "
    "Nepali Sinhala Pashto Dari Somali Hausa Yoruba Igbo Zulu Xhosa Afrikaans Sesotho "
    "Setswana Shona Chichewa Wolof Lingala Kinyarwanda Kirundi Luganda Creole Patois "
    "Esperanto Basque Catalan Galician Gaelic Quechua Guarani Aymara Nahuatl Maori Samoan "
    "Tongan Inuktitut Greenlandic Faroese Sami Tigrinya Oromo Twi Fula Bambara Malagasy".split()
)


def no_place_word(gaz: Gazetteer, text: str) -> bool:
    """A word the gazetteer does not know that is a people's adjective or a language: never
    a place, whatever the words before it ("published in Danish", "said in Kiswahili")."""
    return gaz.get(text) is None and (text in LANGUAGES or is_demonym(gaz, text))
