"""Hostile and broken files: each yields a one-line reason, never a traceback."""

import json
import os

import pytest

from briefing.ingest import IngestError, read_file

ESCAPES = "\x1b]52;c;ZXZpbA==\x07\x1b[2J\x9b31m\u202e"


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(IngestError, match="empty file"):
        read_file(path)


def test_binary_named_txt(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    with pytest.raises(IngestError, match="binary"):
        read_file(path)


def test_utf16_and_cp1252_files(tmp_path):
    text = "Grève générale\n\nLes dockers d’Anvers ont cessé le travail mercredi, a déclaré le syndicat.\n"
    (tmp_path / "u16.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "cp.txt").write_bytes(text.replace("’", "'").encode("cp1252"))
    for name in ("u16.txt", "cp.txt"):
        article = read_file(tmp_path / name)[0].article
        assert article.title == "Grève générale"
        assert "déclaré" in article.body


def test_escape_sequences_in_title_and_body(tmp_path):
    path = tmp_path / "evil.txt"
    path.write_text(
        f"Evil{ESCAPES} title\n\nA body{ESCAPES} that tries to write the clipboard and clear the screen.\n",
        "utf-8",
    )
    article = read_file(path)[0].article
    for text in (article.title, article.body):
        assert not any(ch in text for ch in "\x1b\x07\x9b\u202e")
    assert article.title == "Evil title"


def test_escape_sequences_in_json_strings(tmp_path):
    path = tmp_path / "evil.json"
    path.write_text(json.dumps({"title": f"T{ESCAPES}", "body": f"B{ESCAPES} body"}), "utf-8")
    article = read_file(path)[0].article
    assert article.title == "T" and article.body == "B body"


def test_malformed_json(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"title": "x", "body": ', "utf-8")
    with pytest.raises(IngestError, match="invalid JSON"):
        read_file(path)


def test_jsonl_with_one_bad_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    good = json.dumps({"title": "Good", "body": "Fine body."})
    path.write_text(f"{good}\n{{broken\n{good.replace('Good', 'Also good')}\n", "utf-8")
    entries = read_file(path)
    assert [e.article.title for e in entries if e.article] == ["Good", "Also good"]
    errors = [e for e in entries if e.error]
    assert len(errors) == 1 and (errors[0].label, errors[0].error[:12]) == (":2", "invalid JSON")
    # the label names the line; the reason says where in it, once ("column 2", not "line 1")
    assert "line" not in errors[0].error and "column 2" in errors[0].error


def test_file_over_the_size_cap(tmp_path):
    path = tmp_path / "huge.html"
    with open(path, "wb") as handle:
        handle.write(
            b"<html><body>" + b"<p>word </p>" * (20 * 1024 * 1024 // 12) + b"</body></html>"
        )
    with pytest.raises(IngestError, match="size cap"):
        read_file(path)


def test_fifo_does_not_block(tmp_path):
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    with pytest.raises(IngestError, match="not a regular file"):
        read_file(path)


def test_folder_named_like_a_file(tmp_path):
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(IngestError, match="folder"):
        read_file(tmp_path / "folder.txt")


def test_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text("Title\n\nBody.\n", "utf-8")
    real_open = os.open

    def denying_open(target, *args, **kwargs):
        if os.fspath(target) == str(path):
            raise PermissionError(13, "Permission denied")
        return real_open(target, *args, **kwargs)

    monkeypatch.setattr(os, "open", denying_open)
    with pytest.raises(IngestError, match="cannot read: Permission denied"):
        read_file(path)


def test_title_only_has_no_article_text(tmp_path):
    path = tmp_path / "title.txt"
    path.write_text("Only a title\n", "utf-8")
    with pytest.raises(IngestError, match="no article text"):
        read_file(path)


HTML_BODY = (
    "<p>Fares on the island ferry routes will rise by 6% from April, the operator said on "
    "Thursday, the first increase in three years.{esc}</p><p>The operator said fuel and crew "
    "costs had risen faster than expected, and islanders keep their discount.{esc}</p>"
)
REMNANTS = ("]52;", "[2J", "[31m", "]0;", "\x1b", "\x07", "\x9b")


@pytest.mark.parametrize(
    "esc",
    [
        ESCAPES,  # raw bytes: lxml used to drop the ESC and leave "]52;c;..." visible
        "&#27;]52;c;ZXZpbA==&#7;&#27;[2J",  # references: trafilatura used to return nothing
        "&#x1B;[31m&#x1b;[2J&#X1B;]0;pwn&#x07;",
        "&#0027;[2J&#27[2J",  # leading zeros, no semicolon
        "&#7;",  # one BEL reference alone
        "&#157;0;title&#7;",  # an 8-bit OSC written as a reference
    ],
)
def test_escape_sequences_in_html_title_byline_and_body(tmp_path, esc):
    path = tmp_path / "evil.html"
    path.write_text(
        f"<html><head><title>Ferry fares{esc} to rise</title>"
        f"<meta name='author' content='Ailsa{esc} MacLeod'></head><body><article>"
        f"<h1>Ferry fares{esc} to rise</h1>{HTML_BODY.format(esc=esc)}</article></body></html>",
        "utf-8",
    )
    article = read_file(path)[0].article  # read, not skipped
    assert article.title == "Ferry fares to rise"
    assert article.body.startswith("Fares on the island ferry routes")
    assert article.body.endswith("islanders keep their discount.")
    for text in (article.title, article.byline or "", article.body):
        assert not any(remnant in text for remnant in REMNANTS), text


def test_escape_sequences_in_an_html_body_of_json(tmp_path):
    path = tmp_path / "evil.json"
    body = "<p>Ferry fares\x1b[2J rise&#27;]52;c;ZXZpbA==&#7; in spring.</p><p>Second.</p>"
    path.write_text(json.dumps({"title": "T", "body": body}), "utf-8")
    assert read_file(path)[0].article.body == "Ferry fares rise in spring.\n\nSecond."


def test_c1_references_read_as_html_reads_them(tmp_path):
    path = tmp_path / "dash.html"
    path.write_text(
        "<html><body><article><h1>Dash</h1><p>Fares rise 6&#150;8% from April, the operator "
        "said on Thursday, in the first increase for three years on the island routes.</p>"
        "</article></body></html>",
        "utf-8",
    )
    assert "6–8%" in read_file(path)[0].article.body


def test_hostile_page_metadata_never_costs_the_page(tmp_path):
    deep = "[" * 900 + '"x"' + "]" * 900
    head = (
        '<script type="application/ld+json">{"@context":"https://schema.org",'
        f'"@type":"NewsArticle","author":{deep},"publisher":{deep},"headline":{deep}}}'
        "</script><script type='application/ld+json'>{broken</script>"
        f'<meta property="og:title" content="{"Port strike | " * 5000}">'
        '<meta property="article:published_time" content="not a date">'
    )
    links = '<a rel="author" href="/a">Ana Ruiz</a>' * 5000
    path = tmp_path / "hostile.html"
    path.write_text(
        f"<html><head>{head}</head><body><article><h1>Cranes idle</h1><p>Dock workers at the "
        "port stopped work on Wednesday for the third day running, leaving cranes idle.</p>"
        f"<p>{links}</p></article></body></html>",
        "utf-8",
    )
    article = read_file(path)[0].article
    assert article.title == "Cranes idle"
    assert article.byline == "Ana Ruiz"
    assert article.published is None


@pytest.mark.parametrize(
    ("name", "kind"), [("report.pdf", "a PDF document"), ("story.docx", "a Word document")]
)
def test_a_document_named_on_its_own_is_refused_not_read_as_text(tmp_path, name, kind):
    # `briefing index report.pdf` gave an article titled "%PDF-1.4".
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    with pytest.raises(IngestError) as caught:
        read_file(path)
    assert str(caught.value) == f"{kind} is not read: save the article as text, Markdown or HTML"
