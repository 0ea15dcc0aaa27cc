import pytest

from briefing.ingest.decode import decode_bytes
from briefing.ingest.errors import IngestError

TEXT = "Grève à São Paulo — “quoted” €5"


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32", "utf-16-le", "utf-16-be"]
)
def test_unicode_encodings(encoding):
    assert decode_bytes(TEXT.encode(encoding)) == TEXT


def test_cp1252_fallback():
    assert decode_bytes("Café “smart” – €5".encode("cp1252")) == "Café “smart” – €5"


def test_latin1_fallback_for_bytes_undefined_in_cp1252():
    assert decode_bytes(b"caf\xe9 \x81") == "café \x81"


def test_binary_is_refused():
    with pytest.raises(IngestError, match="binary"):
        decode_bytes(bytes(range(256)) * 10)


def test_a_stray_nul_in_utf8_text_is_not_binary():
    # Scrapers leave a NUL behind now and then; the article must not be lost for it.
    text = "Dock fire under control\n\nA fire at dock 4 was put out\x00 early on Sunday. " * 5
    assert decode_bytes(text.encode("utf-8")) == text


def test_nul_bytes_in_what_is_not_utf8_are_binary():
    with pytest.raises(IngestError, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xd8\xe0" + b"ordinary bytes " * 20)
