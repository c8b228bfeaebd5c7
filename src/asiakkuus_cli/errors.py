"""Problems that stop a command. Each carries a catalogue key, never a sentence."""

from __future__ import annotations


class UsageProblem(Exception):
    """A command line, repository or id the tool cannot work with: exit 2."""

    exit_code = 2

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params
