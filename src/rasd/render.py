"""Articles, lists and failures printed for a person (the CLI's default output)."""

from __future__ import annotations

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from rasd.errors import Failure
from rasd.model import Article, TimeExpr
from rasd.store import ArticleSummary, FailureRecord


def _field(label: str, value: object) -> Text:
    line = Text()
    line.append(f"{label}: ", style="bold cyan")
    line.append("—" if value in (None, "", ()) else str(value))
    return line


def article_view(article: Article, full_text: bool = False) -> Group:
    published = article.published.value or "unknown"
    if article.published.value and article.published.inferred:
        published += " (inferred)"
    reading = article.reading_time
    parts = [
        Text(article.headline or article.title or "(no headline)", style="bold"),
        _field("id", article.id),
        _field("source", " · ".join(filter(None, [article.source.name, article.source.domain, article.url]))),
        _field("kicker", article.kicker),
        _field("deck", article.deck),
        _field("authors", "، ".join(article.authors)),
        _field("dateline", _dateline(article)),
        _field("published", published),
        _field("reading time", f"{reading.minutes} min (page says {reading.published_minutes})"
               if reading.published_minutes else reading.minutes and f"{reading.minutes} min"),
        _field("language", article.language),
    ]
    parts += [_field("image", _image(image)) for image in article.images]
    parts += _annotation_lines(article)
    headings = sum(1 for b in article.blocks if b.kind == "heading")
    parts.append(_field("body", f"{len(article.blocks) - headings} paragraphs, {headings} headings, "
                                f"{len(article.text):,} characters"))
    if full_text:
        parts += [Text(("## " if b.kind == "heading" else "") + b.text) for b in article.blocks]
    for warning in article.provenance.warnings:
        parts.append(Text(f"warning [{warning.stage} {warning.code}]: {warning.message}", style="yellow"))
    return Group(*parts)


def _annotation_lines(article: Article) -> list[Text]:
    lines = []
    if article.tags:
        lines.append(_field("tags", "، ".join(article.tags)))
    if article.topics:
        lines.append(_field("topics", "، ".join(_topic_text(t) for t in article.topics)))
    if article.keywords:
        lines.append(_field("keywords", "، ".join(article.keywords)))
    if article.entities:
        lines.append(_field("entities", "، ".join(f"{e.name} [{e.type}]" for e in article.entities)))
    if article.quotes:
        lines.append(_field("quotes", len(article.quotes)))
        lines += [Text(f"  • {_quote_line(q)}") for q in article.quotes]
    if article.sourcing and article.sourcing.total:
        s = article.sourcing
        lines.append(_field("sourcing", f"named {s.named} · anonymous {s.anonymous} · anonymous officials "
                                        f"{s.official} · organizations {s.organization} · via outlets "
                                        f"{s.via_outlet} · no comment {s.no_comment} · denials {s.denials}"))
    if article.events:
        lines.append(_field("events", len(article.events)))
        lines += [Text(f"  • {_event_line(e)}") for e in article.events]
    if article.times:
        lines.append(_field("times", "، ".join(f"{t.text} → {_time_value(t)}" for t in article.times)))
    if article.summary:
        lines.append(_field("summary", len(article.summary)))
        lines += [Text(f"  • {sentence}") for sentence in article.summary]
    return lines


def _topic_text(topic) -> str:
    """"سياسة politics medtop:11000000 (0.93)"; "uncertain" without a code."""
    code = f" {topic.code}" if topic.code.startswith("medtop:") else ""
    name = f"{topic.label_ar} {topic.label}" if topic.label_ar else topic.label
    return f"{name}{code} ({topic.score:.2f})"


def _quote_line(q) -> str:
    speaker = q.speaker.text + (f" ({q.speaker.antecedent.text})" if q.speaker.antecedent else "")
    via = f" via {q.via}" if q.via else ""
    content = q.content if len(q.content) <= 90 else q.content[:87] + "…"
    return f"{speaker} [{q.speaker.kind}{via}] {q.cue or '…'} ({q.form}{', denial' if q.denial else ''}): {content}"


def _event_line(e) -> str:
    status = e.status + (f" ({', '.join(e.notes)})" if e.notes else "")
    who = "، ".join(a.text for a in e.actors) or "?"
    whom = " → " + "، ".join(a.text for a in e.targets) if e.targets else ""
    where = f" · {e.place.text}" if e.place else ""
    when = f" · {e.time}" if e.time else ""
    claims = "".join(f" · {label}: {'، '.join(v)}" for label, v in (("asserted by", e.asserted_by),
                                                                   ("contested by", e.contested_by)) if v)
    return f"{e.type} «{e.trigger}» {status} · {who}{whom}{where}{when}{claims}"


def _dateline(article: Article) -> str | None:
    d = article.dateline
    if d is None:
        return None
    return " / ".join(filter(None, [d.place, d.agency]))


def _image(image) -> str:
    bits = [image.caption or "(no caption)"]
    if image.date:
        bits.append(image.date)
    if image.credit:
        bits.append(f"© {image.credit}")
    return " — ".join(bits)


def summaries_table(rows: list[ArticleSummary]) -> Table:
    table = Table(show_lines=False)
    for column in ("id", "published", "source", "headline"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(row.id, row.published or "—", row.source_name or "—", row.headline or row.title or "—")
    return table


def failures_table(rows: list[FailureRecord]) -> Table:
    table = Table(show_lines=False)
    for column in ("when", "code", "input", "reason"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(row.occurred_at, row.code, row.location, row.reason)
    return table


def failure_line(failure: Failure) -> str:
    return f"error: {failure.location}: {failure.code} {failure.reason}"


def print_article(console: Console, article: Article, full_text: bool = False) -> None:
    console.print(article_view(article, full_text))


def _time_value(expr: TimeExpr) -> str:
    """"2025-12", "before 2025-12-30", or the relative meaning when there is no value."""
    if expr.value is None:
        return expr.relative or "?"
    return f"{expr.granularity} {expr.value}" if expr.granularity in ("before", "after") else expr.value
