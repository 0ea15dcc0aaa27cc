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
    assert len(errors) == 1 and errors[0].error.startswith("line 2: invalid JSON")


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
