"""Issue 16, problems: every error becomes one Problem (kind, template, arguments, next step),
its text unchanged; the UI never sorts errors by class; practice never blames Whaapy."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from whaapy_contacts.api import errors as e
from whaapy_contacts.domain.texts import in_practice
from whaapy_contacts.domain.validation import FieldErrors
from whaapy_contacts.services.problems import PRACTICE, Kind, Step, problem_for, problem_or_raise
from whaapy_contacts.storage.local_db import Problem as Storage
from whaapy_contacts.storage.local_db import StorageError

APP = Path(__file__).resolve().parents[3] / "app" / "whaapy_contacts"

CASES = [
    (e.Unauthorized(), Kind.KEY, Step.FIX_KEY),
    (e.InvalidKey(), Kind.KEY, Step.FIX_KEY),
    (e.MissingScopes(("contacts:write",)), Kind.SCOPES, Step.FIX_KEY),
    (e.NotFound(), Kind.NOT_FOUND, Step.NOTHING),
    (e.DuplicateContact("c1"), Kind.DUPLICATE, Step.RESOLVE_DUPLICATE),
    (e.ValidationFailed(FieldErrors({"email": ["mal"]})), Kind.FIELDS, Step.FIX_FIELDS),
    (e.ValidationFailed(FieldErrors({"_": ["x"]})), Kind.REFUSED, Step.CHANGE_CONTACT),
    (e.Refused(418), Kind.REFUSED, Step.CHANGE_CONTACT),
    (e.TooLarge(), Kind.REFUSED, Step.CHANGE_CONTACT),
    (e.RateLimited(7), Kind.RATE_LIMITED, Step.WAIT),
    (e.RateLimited(None), Kind.RATE_LIMITED, Step.WAIT),
    (e.RateLimited(3600), Kind.RATE_LIMITED, Step.WAIT),
    (e.ServerError(), Kind.SERVER, Step.RETRY),
    (e.BadResponse(), Kind.SERVER, Step.RETRY),
    (e.Redirected(), Kind.SERVER, Step.RETRY),
    (e.TransportError(), Kind.OFFLINE, Step.RETRY),
    (e.ConnectionRefused(), Kind.OFFLINE, Step.RETRY),
    (e.NameResolutionFailed(), Kind.OFFLINE, Step.RETRY),
    (e.ConnectionDropped(), Kind.OFFLINE, Step.RETRY),
    (e.RequestTimeout(), Kind.SLOW, Step.RETRY),
    (e.ApiError(), Kind.OTHER, Step.RETRY),
]


@pytest.mark.parametrize(("error", "kind", "step"), CASES, ids=lambda v: type(v).__name__)
def test_each_api_error_is_one_problem_saying_what_it_said(error, kind, step):
    problem = problem_for(error)
    assert (problem.kind, problem.next_step) == (kind, step)
    assert problem.message == error.user_message  # the Spanish text is unchanged
    assert "%" not in problem.message


def test_a_problem_carries_its_template_and_arguments_not_a_filled_string():
    problem = problem_for(e.RateLimited(150))
    assert problem.template == e.RATE_LIMITED_MINUTES
    assert problem.args == (3,)
    assert problem.message == "Whaapy pide esperar. Intenta de nuevo en 3 min."


def test_a_refusal_keeps_the_field_errors_for_the_form():
    fields = FieldErrors({"email": ["Correo inválido"]})
    assert problem_for(e.ValidationFailed(fields)).field_errors == fields
    assert problem_for(e.ServerError()).field_errors is None


def test_anything_else_is_unexpected_and_never_shows_its_own_text():
    problem = problem_for(KeyError("wha_secret_key"))
    assert problem.kind is Kind.UNEXPECTED
    assert "wha_secret" not in problem.message
    assert problem.message == e.ApiError().user_message
    with pytest.raises(KeyError):
        problem_or_raise(KeyError("bug"))
    assert problem_or_raise(e.NotFound()).kind is Kind.NOT_FOUND


@pytest.mark.parametrize("kind", list(Storage))
def test_each_storage_error_is_a_problem_with_its_folder_or_file(kind, tmp_path):
    path = tmp_path / "cuenta" / "local.sqlite3"
    moved = tmp_path / "cuenta" / "local.damaged.sqlite3"
    problem = problem_for(StorageError(kind, path, "detail", moved))
    assert problem.kind is Kind.STORAGE
    over = kind in (Storage.CORRUPT, Storage.RESTORED)
    assert problem.next_step is (Step.NOTHING if over else Step.FIX_COMPUTER)
    if kind is Storage.READ_ONLY:
        assert str(path.parent) in problem.message
    if kind is Storage.CORRUPT:
        assert str(moved) in problem.message


# Said only about a real account: no practice server has a key, permissions or an address.
LIVE_ONLY = {e.InvalidKey, e.MissingScopes, e.NameResolutionFailed}


@pytest.mark.parametrize(("error", "kind", "step"), CASES, ids=lambda v: type(v).__name__)
def test_in_practice_no_problem_blames_whaapy(error, kind, step):
    del kind, step
    problem = problem_for(error)
    if "Whaapy" in problem.message and type(error) not in LIVE_ONLY:
        practice = problem.wording(practice=True)
        assert "Whaapy" not in practice
        assert "servidor de práctica" in practice or "práctica" in practice
        assert in_practice(problem.template) == practice  # kept messages say it too


def test_every_practice_wording_keeps_the_live_placeholders():
    for live, practice in PRACTICE.items():
        assert re.findall(r"%\d", live) == re.findall(r"%\d", practice), live


def test_the_ui_never_sorts_errors_by_their_class():
    """The UI renders Problems: no ui/ module imports the API's errors or the storage's."""
    offenders = [
        str(path.relative_to(APP))
        for path in (APP / "ui").rglob("*.py")
        if re.search(r"api\.errors|api import errors|StorageError", path.read_text("utf-8"))
    ]
    assert offenders == []
