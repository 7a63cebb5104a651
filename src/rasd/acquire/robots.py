"""robots.txt, read once per site and obeyed: which paths rasd may fetch and how slowly.

RFC 9309: a robots.txt that is missing (4xx) allows everything; one that cannot be read (5xx, network
error) disallows everything for now. ``Crawl-delay`` raises the pause between requests to the site (up to
:data:`MAX_CRAWL_DELAY`). The rules are matched for the product token of rasd's User-Agent.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.robotparser import RobotFileParser

MAX_CRAWL_DELAY = 30.0
MAX_ROBOTS_BYTES = 512 * 1024


@dataclass(frozen=True, slots=True)
class Robots:
    """The rules of one site; ``parser`` None means every path is allowed or (``closed``) none is."""

    parser: RobotFileParser | None = None
    closed: bool = False
    reason: str = ""

    @classmethod
    def from_response(cls, status: int, body: bytes) -> Robots:
        if 400 <= status < 500:
            return cls()  # no robots.txt: everything is allowed
        if status >= 500 or status < 200:
            return cls(closed=True, reason=f"robots.txt answered HTTP {status}")
        parser = RobotFileParser()
        parser.parse(body[:MAX_ROBOTS_BYTES].decode("utf-8", "replace").splitlines())
        return cls(parser=parser)

    @classmethod
    def unreachable(cls, reason: str) -> Robots:
        return cls(closed=True, reason=f"robots.txt could not be read ({reason})")

    def allows(self, agent: str, url: str) -> bool:
        if self.closed:
            return False
        return self.parser is None or self.parser.can_fetch(agent, url)

    def crawl_delay(self, agent: str) -> float:
        if self.parser is None:
            return 0.0
        delay = self.parser.crawl_delay(agent)
        return min(float(delay), MAX_CRAWL_DELAY) if delay else 0.0


def product_token(user_agent: str) -> str:
    """"rasd" from "rasd/0.1 (+https://...)": the name robots.txt groups are matched against."""
    return user_agent.split("/", 1)[0].split()[0] if user_agent.strip() else "*"
