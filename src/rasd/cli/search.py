"""Commands to find and connect stored articles: search, reindex, related, threads, thread."""

from __future__ import annotations

from typing import Optional

import typer
from rich.markup import escape

from rasd.browse import Filters, find_thread, list_threads, related, search
from rasd.cli import app
from rasd.cli.common import DbOption, out, print_json, store_for
from rasd.serialize import to_dict

JsonOption = typer.Option(False, "--json", help="Print JSON.")


@app.command("search")
def search_command(
    query: str = typer.Argument(..., metavar="QUERY",
                                help='Words (all must match), "a phrase", a prefix*, -excluded; any Arabic spelling.'),
    db: Optional[str] = DbOption,
    source: Optional[str] = typer.Option(None, "--source", help="Only this publication."),
    language: Optional[str] = typer.Option(None, "--language", help="Only this language code (ar, en)."),
    entity: Optional[str] = typer.Option(None, "--entity", help="Only articles naming this entity key (kb id or TYPE:name)."),
    topic: Optional[str] = typer.Option(None, "--topic", help="Only this topic code."),
    date_from: Optional[str] = typer.Option(None, "--from", metavar="DATE", help="Published on or after (ISO date)."),
    date_to: Optional[str] = typer.Option(None, "--to", metavar="DATE", help="Published on or before (ISO date)."),
    sort: str = typer.Option("relevance", "--sort", help="relevance (BM25) or date (newest first)."),
    limit: int = typer.Option(20, "--limit", min=1, help="How many results."),
    offset: int = typer.Option(0, "--offset", min=0, help="Skip this many first."),
    as_json: bool = JsonOption,
) -> None:
    """Search stored articles: ranked hits with highlighted snippets, near-duplicates folded, facet counts."""
    if sort not in ("relevance", "date"):
        raise typer.BadParameter("--sort must be relevance or date")
    filters = Filters(source, language, entity, topic, date_from, date_to)
    with store_for(db) as store:
        results = search(store, query, filters, limit, offset, sort)  # type: ignore[arg-type]
    if as_json:
        print_json(to_dict(results))
        return
    for hit in results.results:
        copies = f" (+{len(hit.copies)} near-duplicate{'s' if len(hit.copies) > 1 else ''})" if hit.copies else ""
        out.print(f"[bold]{escape(hit.title or '—')}[/bold]{copies}")
        out.print(f"  {hit.id}  {hit.published or 'undated'}  {escape(hit.source or '—')}  score {hit.score:.3f}")
        out.print("  " + marked(hit.snippet, hit.highlights))
    out.print(f"{len(results.results)} of {results.total} articles" + _facet_line(results.facets))


def marked(text: str, highlights: tuple[tuple[int, int], ...]) -> str:
    """``text`` as rich markup with the highlighted spans in bold yellow."""
    parts, last = [], 0
    for start, end in highlights:
        parts.append(escape(text[last:start]) + f"[bold yellow]{escape(text[start:end])}[/bold yellow]")
        last = end
    return ("".join(parts) + escape(text[last:])).replace("\n", " ")


def _facet_line(facets) -> str:
    sources = facets.get("source", ())[:5]
    return ("; sources: " + "، ".join(f"{escape(f.label)} {f.count}" for f in sources)) if sources else ""


@app.command("reindex")
def reindex_command(db: Optional[str] = DbOption) -> None:
    """Rebuild the search index, near-duplicate groups and story threads from every stored article."""
    with store_for(db) as store:
        count = store.reindex()
    out.print(f"indexed {count} articles")


@app.command("related")
def related_command(
    article_id: str = typer.Argument(..., metavar="ID", help="An article id (or the start of one)."),
    db: Optional[str] = DbOption,
    limit: int = typer.Option(10, "--limit", min=1, help="How many related articles."),
    as_json: bool = JsonOption,
) -> None:
    """Articles related to one article (shared entities, similar text, close in time), each with its reason."""
    with store_for(db) as store:
        found = related(store, article_id, limit)
    if as_json:
        print_json({"id": article_id, "related": to_dict(found)})
        return
    for hit in found:
        out.print(f"{hit.score:.3f}  {hit.id}  {hit.published or 'undated'}  {escape(hit.headline or '—')}")
        out.print(f"       {escape(hit.reason)}")
    if not found:
        out.print("no related articles stored")


@app.command("threads")
def threads_command(
    db: Optional[str] = DbOption,
    limit: int = typer.Option(20, "--limit", min=1, help="How many threads."),
    min_articles: int = typer.Option(2, "--min", min=1, help="Only threads with at least this many articles."),
    as_json: bool = JsonOption,
) -> None:
    """Story threads (articles about one story across sources and days), the largest first."""
    with store_for(db) as store:
        found = list_threads(store, min_articles)
    if as_json:
        print_json({"total": len(found), "threads": to_dict(found[:limit])})
        return
    for thread in found[:limit]:
        first, last = thread.entries[0].published, thread.entries[-1].published
        out.print(f"{thread.id}  {len(thread.entries)} articles, {thread.sources} sources, "
                  f"{(first or '?')[:10]} – {(last or '?')[:10]}  {escape(thread.title or '—')}")
    out.print(f"{min(limit, len(found))} of {len(found)} threads")


@app.command("thread")
def thread_command(
    thread_id: str = typer.Argument(..., metavar="ID", help="A thread id, or the id of an article in it."),
    db: Optional[str] = DbOption,
    as_json: bool = JsonOption,
) -> None:
    """One story thread and its timeline: the first report, then the updates."""
    with store_for(db) as store:
        thread = find_thread(store, thread_id)
    if as_json:
        print_json(to_dict(thread))
        return
    out.print(f"[bold]{escape(thread.title or '—')}[/bold]  ({thread.id}, {thread.sources} sources)")
    for entry in thread.entries:
        out.print(f"  {(entry.published or 'undated')[:16]:16}  {entry.role:12}  {escape(entry.source or '—')}:"
                  f" {escape(entry.headline or '—')}  [{entry.article_id}]")
