"""The hostile suite's shared session: an indexed base home and the shared libraries."""

from __future__ import annotations

import pytest

from tests.hostile.cases import prepare
from tests.hostile.session import Session


@pytest.fixture(scope="session")
def hostile_session(tmp_path_factory):
    session = Session(tmp_path_factory.mktemp("hostile-session"))
    prepare(session)
    yield session
    session.cleanup()
