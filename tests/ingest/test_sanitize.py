from briefing.core.sanitize import clean_line, clean_text, terminal_safe

OSC52 = "\x1b]52;c;ZXZpbA==\x07"


def test_osc52_csi_and_8bit_sequences_are_removed():
    text = f"Title{OSC52} with \x1b[2Jclear and \x9b31mred\x9b0m and \u202eevil"
    cleaned = clean_text(text)
    assert cleaned == "Title with clear and red and evil"
    assert "\x1b" not in cleaned and "\x9b" not in cleaned and "\u202e" not in cleaned


def test_string_sequences_with_st_terminator_and_unterminated():
    assert clean_text("a\x1bPq#0;2;0;0;0\x1b\\b") == "ab"
    assert clean_text("a\x1b_apc payload\x9cb") == "ab"
    assert clean_text("keep\x1b]8;;http://x.example\x1b\\link\x1b]8;;\x1b\\") == "keeplink"
    assert clean_text("x\x1b]0;title never ends\nnext line") == "x\nnext line"


def test_controls_removed_tabs_and_newlines_kept_crlf_normalised():
    assert clean_text("a\tb\r\nc\rd\x00e\x07f\x7f") == "a\tb\nc\ndef"


def test_nfc_normalisation_and_lone_surrogate():
    assert clean_text("Sa\u0303o") == "S\u00e3o"
    assert clean_text("bad \ud800 surrogate") == "bad ? surrogate"


def test_clean_line_folds_whitespace_and_terminal_safe_is_last_guard():
    assert clean_line("  A \n  title\t here ") == "A title here"
    assert terminal_safe("a\x1b[2Jb\x85c") == "a[2Jbc"


def test_terminal_safe_drops_bidi_overrides_and_shows_undecodable_bytes():
    # A file name or argument that was not UTF-8 arrives surrogate-escaped; printed through
    # stdout's surrogateescape, \udc9b would go out as the raw 8-bit CSI byte.
    assert terminal_safe("a\u202eb\u2066c") == "abc"
    assert terminal_safe("bad\udcff\udc9b2J") == "bad\\xff\\x9b2J"
    assert terminal_safe("lone \ud800") == "lone \ufffd"


def test_message_line_is_one_safe_line_keeping_its_indent():
    from briefing.core.sanitize import message_line

    name = "/lib/e\x1b]0;PWN\x07x\n\rfake line\udcff.txt"
    assert message_line(f"  skipped {name}: empty file") == (
        "  skipped /lib/ex  fake line\\xff.txt: empty file"
    )
    assert message_line("\x1b]52;c;SE9T\x07\u009b2Jplain") == "plain"
