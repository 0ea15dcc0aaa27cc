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


# Our own sentences in other scripts, as their legacy encodings write them.
OTHER_SCRIPTS = [
    ("cp1251", "Мэр Велдена открыл новый мост через реку в понедельник, сообщили в мэрии."),
    ("koi8-r", "Мэр Велдена открыл новый мост через реку в понедельник, сообщили в мэрии."),
    ("cp1253", "Ο δήμαρχος του Βέλντεν εγκαινίασε τη Δευτέρα μια νέα γέφυρα στο κέντρο."),
    ("shift_jis", "ヴェルデン市は月曜日、新しい橋を開通させたと発表した。市民は歓迎している。"),
    ("gbk", "维尔登市周一开设了一座新的公共图书馆，市民对此表示欢迎。藏书超过十万册。"),
]


@pytest.mark.parametrize(("encoding", "text"), OTHER_SCRIPTS)
def test_legacy_encodings_of_other_scripts_are_read(encoding, text):
    # they came out as cp1252 mojibake ("Ìýð Âåëäåíà")
    title = text.split()[0] if " " in text else text[:6]
    raw = f"{title}\n\n{text}\n".encode(encoding)
    assert decode_bytes(raw) == f"{title}\n\n{text}\n"


@pytest.mark.parametrize(
    "text",
    [
        "Le maire a annoncé lundi la réouverture du pont à Montréal. « C’est à nous », a dit Élise.",
        "Der Bürgermeister eröffnete am Montag die Brücke über die Isar, sagte Jürgen Müßig.",
        "Ñandú Güemes: ¿Qué pasó en Málaga? Señora María Gómez habló él día después.",
    ],
)
def test_western_text_in_cp1252_stays_cp1252(text):
    # the detector takes French for cp1250 ("à" -> "ŕ"): it is not asked for Latin text
    assert decode_bytes(text.encode("cp1252")) == text


@pytest.mark.parametrize(
    ("label", "encoding", "text"),
    [
        ("iso-8859-2", "iso-8859-2", "Władze Łodzi otworzyły most, powiedział Paweł Żak."),
        ("windows-1251", "cp1251", "Мэр Велдена открыл новый мост."),
        ("Shift_JIS", "cp932", "ヴェルデン市は新しい橋を開通させた。"),
        ("euc-kr", "cp949", "벨덴 시는 월요일 새 다리를 개통했다."),
    ],
)
def test_a_web_page_is_read_in_the_encoding_it_declares(label, encoding, text):
    # a saved page in a legacy encoding says which; Polish read as cp1252 was "W³adze"
    page = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={label}">'
        f"<title>Most</title></head><body><p>{text}</p></body></html>"
    )
    assert decode_bytes(page.encode(encoding)) == page


def test_a_declared_latin_or_wrong_charset_leaves_the_fallbacks_to_read_it():
    page = '<meta charset="iso-8859-1"><p>Café “smart” – €5</p>'
    assert decode_bytes(page.encode("cp1252")) == page  # browsers read it as cp1252
    page = '<meta charset="utf-8"><p>Café à Montréal</p>'
    assert decode_bytes(page.encode("cp1252")) == page
    page = '<meta charset="no-such-thing"><p>Café à Montréal</p>'
    assert decode_bytes(page.encode("cp1252")) == page


@pytest.mark.parametrize(
    "label", ["rot13", "base64", "zlib", "undefined", "utf-7", "unicode_escape"]
)
def test_a_page_naming_a_codec_that_is_no_charset_is_read_as_usual(label):
    page = f'<meta charset="{label}"><p>Café à Montréal</p>'
    assert decode_bytes(page.encode("cp1252")) == page


@pytest.mark.parametrize("encoding", ["iso8859-2", "cp1250"])
@pytest.mark.parametrize(
    "text",
    [
        "Władze Białegostoku otworzyły w poniedziałek nowy most, powiedział rzecznik Łukasz Świątek.",
        "Starosta Žďáru otevřel v pondělí nový most přes řeku, řekl mluvčí Jiří Šťastný.",
        "Město ještě neví, kdy může most otevřít, uvedl starosta.",
        "Dvě děti řekly, že řeka je čistá.",
    ],
)
def test_central_european_text_is_read_in_its_encoding(encoding, text):
    # read as cp1252 they were "W³adze Bia³egostoku" and "Starosta ®ïáru"
    assert decode_bytes(text.encode(encoding)) == text


def test_western_signs_beside_letters_stay_cp1252():
    text = (
        "Le cœur de Škoda: 5±2 m³, «mot» et ¿Qué? Größe 10µg © Firma®. Così lunedì a "
        "København, Søren og Jørgen så på Ærø."
    )
    assert decode_bytes(text.encode("cp1252")) == text
