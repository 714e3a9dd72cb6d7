"""`completion bash|zsh|fish` and the manual page: written from the one parser, kept current."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from planner.cli import build_parser, main
from planner.commands.completion import script
from planner.commands.manpage import manpage
from planner.commands.parser_tree import read

ROOT = Path(__file__).resolve().parents[2]
BASH = shutil.which("bash")


@pytest.fixture(autouse=True)
def untranslated(monkeypatch):
    """argparse's own words (-h's help) in English, as the page in docs/ has them."""
    monkeypatch.setenv("LANGUAGE", "C")


def every_command() -> list[tuple[str, ...]]:
    return [c.path for c in read(build_parser()).walk()[1:]]


def complete(words: list[str]) -> list[str]:
    """What the bash script offers after words (the last one being typed)."""
    assert BASH is not None
    quoted = " ".join("'" + w.replace("'", "'\\''") + "'" for w in words)
    program = (
        script(build_parser(), "bash")
        + f"COMP_WORDS=(career-planner {quoted}); COMP_CWORD={len(words)}\n"
        + '_career_planner; printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    done = subprocess.run(
        [BASH, "--norc", "--noprofile"],
        input=program,
        check=False,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 0 and done.stderr == "", done.stderr
    return [line for line in done.stdout.splitlines() if line]


@pytest.mark.skipif(BASH is None, reason="bash is not installed")
@pytest.mark.parametrize(
    ("words", "offered"),
    [
        (["pe"], ["people"]),
        (["people", ""], ["list", "add", "show", "set", "delete", "-h", "--help", "--language"]),
        (["--db", "people", "people", "s"], ["show", "set"]),  # --db's value: not a command
        (["plan", "--track", ""], ["infrastructure", "software", "hybrid"]),
        (["progress", "1", "pmi-capm", "d"], ["done"]),
        (["export", "--person", "1", "--format", ""], ["pdf", "md", "docx"]),
        (["plan", "--start", ""], []),  # a date: nothing to offer
        (["completion", "z"], ["zsh"]),
        (["coach", "set", "--mode", ""], ["coach", "professional"]),
    ],
)
def test_bash_offers_what_may_follow(words, offered):
    assert complete(words) == offered


@pytest.mark.skipif(BASH is None, reason="bash is not installed")
def test_bash_offers_files_where_a_file_goes(tmp_path):
    profile = tmp_path / "dana.json"
    profile.write_text("{}", encoding="utf-8")
    assert complete(["plan", str(tmp_path / "da")]) == [str(profile)]
    assert complete(["export", "--demo", "-o", str(tmp_path / "d")]) == [str(profile)]


def test_every_command_is_in_every_script():
    parser = build_parser()
    bash, zsh, fish = (script(parser, shell) for shell in ("bash", "zsh", "fish"))
    for path in every_command():
        parent, name = " ".join(path[:-1]), path[-1]
        assert f"'{parent}:{name}') path='{' '.join(path)}' ;;" in bash
        assert f"-a '{name}'" in fish
    assert zsh.startswith("#compdef career-planner\n") and bash.split("\n", 1)[1] in zsh
    assert (
        "complete -c career-planner -n '__fish_seen_subcommand_from plan' -l track "
        "-x -a 'infrastructure software hybrid'" in fish
    )


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_each_script_is_valid_for_its_shell(shell):
    program = shutil.which(shell)
    if program is None:
        pytest.skip(f"{shell} is not installed")
    done = subprocess.run(
        [program, "-n"],
        check=False,
        input=script(build_parser(), shell),
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr


def test_the_command_prints_the_script(capsys):
    assert main(["completion", "fish"]) == 0
    out, err = capsys.readouterr()
    assert out == script(build_parser(), "fish") and err == ""
    assert main(["completion", "tcsh"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1 and "invalid choice" in err


def test_the_manual_page_in_docs_is_current():
    """Change a command and this fails until `python scripts/make_manpage.py` is run."""
    page = (ROOT / "docs" / "career-planner.1").read_text(encoding="utf-8")
    assert page == manpage(build_parser())


def test_the_manual_page_describes_every_command_and_option():
    page = manpage(build_parser())
    for path in every_command():
        assert f'.SS "{" ".join(path)}"'.replace("-", "\\-") in page
    assert "\\fB\\-\\-weekly\\-hours\\fR" not in page  # only real options
    assert "\\fB\\-o\\fR, \\fB\\-\\-output\\fR \\fIFILE\\fR" in page
    assert "CAREER_PLANNER_DB" in page and ".SH EXIT STATUS" in page


def test_the_manual_page_renders_without_warnings():
    groff = shutil.which("groff")
    if groff is None:
        pytest.skip("groff is not installed")
    done = subprocess.run(
        [groff, "-man", "-Tutf8", "-ww", "-z"],
        input=manpage(build_parser()),
        check=False,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0 and done.stderr == "", done.stderr
