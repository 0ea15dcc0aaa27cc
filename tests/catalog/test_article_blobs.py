"""The article blobs' compression is part of the index format."""

from __future__ import annotations

import hashlib

from briefing.catalog import docstore
from briefing.core.model import Article
from briefing.library.version import SCHEMA_VERSION


def test_the_preset_dictionary_is_that_of_this_format():
    # Blobs are inflated with the dictionary they were deflated with: a new dictionary
    # (article_words.txt or the JSON skeleton) needs a new SCHEMA_VERSION, then a new
    # hash here.
    digest = hashlib.sha256(docstore._ZDICT).hexdigest()[:16]
    assert (SCHEMA_VERSION, digest) == (15, "c9db1d9ee0845210")


def test_an_article_comes_back_as_it_was_stored():
    body = "The harbour board said on Monday that the old ferry pier will close in May."
    article = Article(id="a1", title="Pier to close", body=body, tags=["port"])
    blob = docstore.encode_article(article)
    assert docstore.decode_article(blob).to_json() == article.to_json()
    assert docstore.decode_body(blob) == body


def test_the_dictionary_words_shrink_an_article_of_ordinary_words():
    import zlib

    import orjson

    body = (
        "The council said on Tuesday that it would meet the union again next week, after "
        "workers at the port voted to strike over pay and the new shift rota."
    )
    data = Article(id="a1", title="Talks", body=body).to_json()
    raw = orjson.dumps(data)
    skeleton_only = zlib.compressobj(docstore._LEVEL, zdict=docstore._SKELETON)
    plain = skeleton_only.compress(raw) + skeleton_only.flush()
    assert len(docstore.encode_article(Article(id="a1", title="Talks", body=body))) < len(plain)


def _facts_article():
    from briefing.core.facts import DateFact, Facts, Figure, Organisation, Person, Place, Quote

    body = (
        'Mayor Ines Okafor of Lowbridge said on 3 May that the ferry would return. "We will '
        'pay for it," Okafor said. The Lowbridge Ferry Company had lost 2.5 million euros.'
    )

    def span(text, after=0):
        start = body.index(text, after)
        return (start, start + len(text))

    okafor, town = span("Okafor", 20), span("Lowbridge", 40)
    facts = Facts(
        people=[
            # mentions as the spans spell them (stored as derived), then a form of its own
            Person(
                "Ines Okafor", "Mayor", ["Ines Okafor", "Okafor"], [span("Ines Okafor"), okafor]
            ),
            Person("Ines Okafor", None, ["Ms Okafor"], [okafor]),
        ],
        places=[Place("Lowbridge", "city", ["Lowbridge"], [span("Lowbridge"), town])],
        organisations=[Organisation("Lowbridge Ferry Company", [], [])],
        dates=[
            DateFact("3 May", "2025-05-03", "2025-05-03", "day", [span("3 May")]),
            DateFact("May 3", "2025-05-03", "2025-05-03", "day", [span("3 May")]),  # not its span
            DateFact("2025", "2025", "2025", "year", []),
        ],
        quotes=[
            Quote("Okafor", "We will pay for it,", span("We will pay for it,")),
            Quote(None, "other", (0, 4)),
        ],
        figures=[Figure("2.5 million euros", 2500000.0, "EUR", span("2.5 million euros"))],
    )
    return Article(id="a1", title="Ferry", body=body, facts=facts)


def test_packed_facts_come_back_as_they_were():
    article = _facts_article()
    blob = docstore.encode_article(article)
    assert docstore.decode_article(blob).to_json() == article.to_json()
    assert docstore.decode_body(blob) == article.body


def test_facts_that_repeat_the_body_take_fewer_bytes():
    import zlib

    import orjson

    article = _facts_article()
    plain = zlib.compressobj(docstore._LEVEL, zdict=docstore._ZDICT)
    raw = orjson.dumps(article)
    assert len(docstore.encode_article(article)) < len(plain.compress(raw) + plain.flush())


def test_facts_packing_does_not_expect_are_stored_as_they_are():
    from dataclasses import replace

    article = _facts_article()
    start, end = article.facts.quotes[0].span
    quote = replace(article.facts.quotes[0], span=(start + 0.5, end))  # not offsets
    article.facts.quotes[0] = quote
    blob = docstore.encode_article(article)
    assert docstore.decode_article(blob).facts.quotes[0].span == (start, end)  # as read back
    assert (
        docstore.decode_article(blob).to_json()["facts"]["people"]
        == article.to_json()["facts"]["people"]
    )
