"""One catalogue of the errors rasd reports, each with a stable code.

A failure always carries its reason to the user: an :class:`InputError` names the input and says why it
could not be read; the batch goes on with the next input. Codes are stable so scripts can match on them.
"""

from __future__ import annotations

from dataclasses import dataclass

# code -> short title. Messages add the specifics (sizes, encodings, stage names).
CATALOGUE: dict[str, str] = {
    "E001": "empty input",
    "E002": "binary input (not text or HTML)",
    "E003": "input too large",
    "E004": "cannot decode text",
    "E005": "no article text found",
    "E006": "cannot read input",
    "E007": "unsupported input type",
    "E020": "fetch failed",
    "E021": "fetch refused",
    "E022": "unsupported content type",
    "E023": "too many redirects",
    "E101": "pipeline misconfigured",
    "E102": "stage failed",
    "E201": "store error",
    "E202": "article not found",
    "E203": "store schema is newer than this rasd",
    "E204": "a worker stopped before the batch finished (run the same command again to resume)",
    "E205": "cannot reach the Dask scheduler",
    "E301": "invalid argument",
    "E401": "URL refused (not a public http(s) address)",
    "E402": "cannot fetch URL",
    "E403": "request too large",
    "E404": "no such page",
    "E405": "cross-site request refused",
    "E900": "internal error (a bug: please report it with the input)",
}


class RasdError(Exception):
    """Base of rasd's errors: a catalogue code and a message that says what went wrong."""

    def __init__(self, code: str, message: str):
        self.code = code
        self.message = message
        super().__init__(f"{code} {CATALOGUE.get(code, 'error')}: {message}")

    @property
    def title(self) -> str:
        return CATALOGUE.get(self.code, "error")


class InputError(RasdError):
    """One input could not be turned into an article. ``location`` names the input."""

    def __init__(self, code: str, message: str, location: str):
        self.location = location
        super().__init__(code, message)


class PipelineError(RasdError):
    def __init__(self, message: str):
        super().__init__("E101", message)


class StoreError(RasdError):
    def __init__(self, message: str, code: str = "E201"):
        super().__init__(code, message)


class NotFound(RasdError):
    def __init__(self, what: str):
        super().__init__("E202", what)


@dataclass(frozen=True, slots=True)
class Failure:
    """A failed input, as reported and stored: where, which error, and why."""

    location: str
    code: str
    reason: str
    stage: str = "read"

    @classmethod
    def from_error(cls, error: RasdError, location: str, stage: str = "read") -> Failure:
        return cls(location=location, code=error.code, reason=f"{error.title}: {error.message}", stage=stage)

    def to_json(self) -> dict[str, str]:
        return {"error": self.code, "location": self.location, "reason": self.reason, "stage": self.stage}
