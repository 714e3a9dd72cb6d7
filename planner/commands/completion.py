"""Shell completion scripts (bash, zsh, fish), written from the command line's one parser."""

from __future__ import annotations

import argparse
import sys

from planner.commands.parser_tree import Command, Option, read

SHELLS = ("bash", "zsh", "fish")
PROGRAM = "career-planner"
FUNCTION = "_career_planner"


def script(parser: argparse.ArgumentParser, shell: str) -> str:
    """The completion script for shell; its first lines say how to load it."""
    tree = read(parser)
    if shell == "fish":
        return _fish(tree)
    body = _bash(tree)
    if shell == "zsh":
        return (
            f"#compdef {PROGRAM}\n"
            f'# Load with: eval "$({PROGRAM} completion zsh)" in ~/.zshrc\n'
            "autoload -Uz bashcompinit && bashcompinit  # the bash function serves zsh too\n" + body
        )
    return f'# Load with: eval "$({PROGRAM} completion bash)" in ~/.bashrc\n' + body


def _quote(text: str) -> str:
    """A single-quoted shell word."""
    return "'" + text.replace("'", "'\\''") + "'"


def _key(command: Command) -> str:
    return " ".join(command.path)


def _bash(tree: Command) -> str:
    """A function that follows the words typed so far down the tree of commands, skipping
    each option's value, then offers what may follow there."""
    steps, skips, answers, offers, files = [], [], [], [], []
    for command in tree.walk():
        key = _key(command)
        for name, sub in command.commands.items():
            steps.append(f"            {_quote(key + ':' + name)}) path={_quote(_key(sub))} ;;")
        for option in (o for o in command.options if o.takes_value):
            names = "|".join(_quote(f"{key}:{n}") for n in option.names)
            skips.append(f"            {names}) skip=1 ;;")
            answers.append(f"            {names}) {_value(option)} ;;")
        offered = [
            *command.commands,
            *(n for o in command.options for n in o.names),
            *(c for p in command.positionals for c in p.choices),
        ]
        offers.append(f"        {_quote(key)}) words={_quote(' '.join(offered))} ;;")
        if any(p.is_file for p in command.positionals):
            files.append(_quote(key))
    lines = [
        f"{FUNCTION}() {{",
        '    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"',
        "    local path='' word words='' skip='' i",
        "    COMPREPLY=()",
        "    for ((i = 1; i < COMP_CWORD; i++)); do",
        '        word="${COMP_WORDS[i]}"',
        "        if [[ -n $skip ]]; then skip=''; continue; fi",
        '        case "$path:$word" in',
        *steps,
        *skips,
        "        esac",
        "    done",
        "    if [[ -n $skip ]]; then  # the word being typed is an option's value",
        '        case "$path:$prev" in',
        *answers,
        "        esac",
        "        return",
        "    fi",
        '    case "$path" in',
        *offers,
        "    esac",
        '    COMPREPLY=($(compgen -W "$words" -- "$cur"))',
    ]
    if files:
        lines += [
            "    if [[ $cur != -* ]]; then",
            '        case "$path" in',
            f'            {"|".join(files)}) COMPREPLY+=($(compgen -f -- "$cur")) ;;',
            "        esac",
            "    fi",
        ]
    lines += ["}", f"complete -o filenames -F {FUNCTION} {PROGRAM}"]
    return "\n".join(lines) + "\n"


def _value(option: Option) -> str:
    if option.choices:
        return f'COMPREPLY=($(compgen -W {_quote(" ".join(option.choices))} -- "$cur"))'
    if option.is_file:
        return 'COMPREPLY=($(compgen -f -- "$cur"))'
    return "COMPREPLY=()"


def _fish(tree: Command) -> str:
    lines = [
        f"# Load with: {PROGRAM} completion fish > ~/.config/fish/completions/{PROGRAM}.fish",
        f"complete -c {PROGRAM} -f",
    ]
    for command in tree.walk():
        condition = _fish_condition(command)
        for name, sub in command.commands.items():
            lines.append(
                f"complete -c {PROGRAM} -n {_quote(condition)} -a {_quote(name)}"
                f" -d {_quote(sub.help)}"
            )
        for option in command.options:
            parts = [f"complete -c {PROGRAM} -n {_quote(condition)}"]
            for name in option.names:
                parts.append(f"-l {name[2:]}" if name.startswith("--") else f"-s {name[1:]}")
            if option.choices:
                parts.append(f"-x -a {_quote(' '.join(option.choices))}")
            elif option.is_file:
                parts.append("-r -F")
            elif option.takes_value:
                parts.append("-x")
            if option.help:
                parts.append(f"-d {_quote(option.help)}")
            lines.append(" ".join(parts))
        for positional in command.positionals:
            if positional.choices or positional.is_file:
                what = f"-a {_quote(' '.join(positional.choices))}" if positional.choices else "-F"
                lines.append(f"complete -c {PROGRAM} -n {_quote(condition)} {what}")
    return "\n".join(lines) + "\n"


def _fish_condition(command: Command) -> str:
    """Fish's test for being at this command (its words typed, none of its commands yet)."""
    if not command.path:
        return "__fish_use_subcommand"
    seen = [f"__fish_seen_subcommand_from {word}" for word in command.path]
    if command.commands:
        seen.append(f"not __fish_seen_subcommand_from {' '.join(command.commands)}")
    return "; and ".join(seen)


def run_completion(args: argparse.Namespace, ctx: object) -> int:
    """The script is written from this very parser, so it never lists a command that is gone."""
    from planner.commands.parsers import build_parser

    sys.stdout.write(script(build_parser(), args.shell))
    return 0
