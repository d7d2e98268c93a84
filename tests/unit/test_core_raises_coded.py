"""Every refusal core raises names a message of the catalogue (core.messages), so the window can
say it in English too: an AST walk over core/ fails on a UserError raised with a plain sentence
(a string literal that is not a code, an f-string, a joined or formatted string), also inside
the dict or list a FieldErrors or ImportFailed carries, and on a Text of an unknown code."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import pengaduan_desktop.core as core
from pengaduan_desktop.core.errors import UserError
from pengaduan_desktop.core.message_texts import CATALOGUE
from pengaduan_desktop.core.messages import texts

CORE = Path(core.__path__[0])
# Raised with a sentence that ends up inside a UserError (core.importer: ImportFailed([...])).
CARRIED_INTO_USER_ERRORS = {"FileUnreadable"}
# Still plain: each joins the per-field problems its settings dialog shows next to the fields
# (mail_problems, check_template), whose sentences are not in the catalogue yet.
ALLOWED = {("mail_settings.py", "'; '.join(problems.values())"),
           ("message_templates.py", "'; '.join(problems.values())")}  # fmt: skip


def user_error_names() -> set[str]:
    for module in pkgutil.iter_modules(core.__path__):
        importlib.import_module(f"pengaduan_desktop.core.{module.name}")
    names, todo = set(), [UserError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return names | CARRIED_INTO_USER_ERRORS


def _called(node: ast.expr) -> str | None:
    if isinstance(node, ast.Call):
        func = node.func
        return func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
    return None


def _plain_sentences(arg: ast.expr) -> list[ast.expr]:
    """The parts of a raised message that are sentences rather than codes or Texts."""
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return [] if arg.value in CATALOGUE else [arg]
    if isinstance(arg, ast.JoinedStr):
        return [arg]
    if isinstance(arg, ast.BinOp) and any(
        isinstance(side, ast.Constant | ast.JoinedStr) for side in (arg.left, arg.right)
    ):
        return [arg]  # "..." + x, "..." % x
    if (
        _called(arg) in {"format", "join"}
        and isinstance(getattr(arg, "func", None), ast.Attribute)
        and isinstance(arg.func.value, ast.Constant)
    ):  # type: ignore[attr-defined]
        return [arg]  # "...".format(x), "; ".join(...)
    if isinstance(arg, ast.Dict):
        return [p for value in arg.values for p in _plain_sentences(value)]
    if isinstance(arg, ast.List | ast.Tuple):
        return [p for item in arg.elts for p in _plain_sentences(item)]
    return []


def problems_in(source: str, where: str, names: set[str]) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Raise) and _called(node.exc) in names:
            call = node.exc
            assert isinstance(call, ast.Call)
            for arg in call.args[:1]:
                for part in _plain_sentences(arg):
                    found.append(f"{where}:{node.lineno}: {ast.unparse(part)[:90]}")
        if _called(node) == "Text" and isinstance(node, ast.Call) and node.args:
            code = node.args[0]
            if isinstance(code, ast.Constant) and isinstance(code.value, str):
                try:
                    texts(code.value)
                except LookupError:
                    found.append(f"{where}:{node.lineno}: unknown code {code.value!r}")
    return found


def test_core_raises_user_errors_with_codes_not_sentences() -> None:
    names = user_error_names()
    problems = []
    for path in sorted(CORE.rglob("*.py")):
        if "migrations" not in path.parts:
            problems += problems_in(path.read_text(encoding="utf-8"), path.name, names)
    left = [p for p in problems if (p.split(":")[0], p.split(": ", 1)[1]) not in ALLOWED]
    assert not left, "\n".join(left)
    assert len(problems) == len(ALLOWED), "an allowed place was converted: drop it from ALLOWED"


def test_the_walk_finds_each_kind_of_plain_sentence() -> None:
    source = """
def f(x):
    raise InvalidValue("nama wajib diisi")
    raise NotFound(f"pengaduan {x} tidak ditemukan")
    raise Conflict("sudah ada: " + x)
    raise InvalidValue("; ".join(x))
    raise FieldsInvalid({"name": "nama wajib diisi"}, LABELS)
    raise ImportFailed([f"baris {x}"])
    raise InvalidValue(Text("no.such.code"))
    raise InvalidValue("nik.length", count=3)
    raise InvalidValue(problem)
    raise ValueError("not a UserError")
"""
    found = problems_in(source, "x.py", {"InvalidValue", "NotFound", "Conflict",
                                         "FieldsInvalid", "ImportFailed"})  # fmt: skip
    assert [line.split(":")[1] for line in found] == ["3", "4", "5", "6", "7", "8", "9"], found


def test_a_converted_refusal_keeps_its_indonesian_and_has_english() -> None:
    from pengaduan_desktop.core.errors import NotFound, user_message
    from pengaduan_desktop.core.indonesian import parse_typed_date

    exc = NotFound("views.missing")
    assert str(exc) == "tampilan tersimpan tidak ditemukan (mungkin sudah dihapus)"
    assert user_message(exc, "en") == "the saved view was not found (it may have been deleted)"
    try:
        parse_typed_date("31/02/2026")
    except ValueError as error:
        assert str(error) == "tanggal tidak dikenal; tulis hh/bb/tttt, misalnya 20/11/2026"
        assert "dd/mm/yyyy" in user_message(UserError(error.args[0]), "en")  # type: ignore[operator]
    else:
        raise AssertionError("31 February was read as a date")


def test_a_locked_refusal_names_the_fields_in_either_language() -> None:
    from pengaduan_desktop.core.editing import locked_refusal
    from pengaduan_desktop.core.messages import Text, in_language

    said = locked_refusal(Text("editing.lock.closed"), ["received_at", "channel", "name"])
    assert said == ("Pengaduan sudah ditutup: waktu diterima, kanal dan nama hanya dapat "
                    "dikoreksi oleh Pejabat Pengelola Pengaduan")  # fmt: skip
    assert in_language(said, "en") == (
        "The complaint has been closed: only the complaints officer may correct time "
        "received, channel and name"
    )
