"""Pilot test: the reader's search finds a Chinese article by one word of it."""

from __future__ import annotations

import shutil

from briefing.tui import make_app
from tests.tui.conftest import FIXTURES, build_library, started
from tests.tui.test_reader_keys import titles, type_query

TITLE = "新港口的橋今天开放"


async def test_the_reader_finds_a_chinese_article_by_one_word(tmp_path, isolated_home):
    folder = tmp_path / "articles"
    shutil.copytree(FIXTURES, folder)
    (folder / "zh.txt").write_text(
        f"{TITLE}\n\n2025-03-03\n\n市长说，这座橋连接两个城区，港口的工人也很高兴。\n", "utf-8"
    )
    app = make_app(build_library(isolated_home, folder), persist=False, read_after=3600.0)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        for word in ("橋", "城区", "港口"):
            await type_query(pilot, app, word)
            assert titles(app) == [TITLE], word
