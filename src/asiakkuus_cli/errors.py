"""Problems that stop a command. Each carries a catalogue key, never a sentence."""

from __future__ import annotations


class UsageProblem(Exception):
    """A command line, repository or id the tool cannot work with: exit 2."""

    exit_code = 2

    def __init__(self, message_key: str, /, **params: object) -> None:
        super().__init__(message_key)
        self.key = message_key
        self.params = params
