"""The roles of the joint approval, shared with tests/editorial/."""

from tests.editorial.conftest import (  # noqa: F401
    act,
    approver_council,
    approver_police,
    editor_police,
    editorial,
)
