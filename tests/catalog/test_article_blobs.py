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
    assert (SCHEMA_VERSION, digest) == (14, "c1e0e423c956357b")


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
