"""The changelog as Markdown for a pull request description."""

from __future__ import annotations

from scripts.changelog_classify import Change


def describe(source: str, sha256: str) -> str:
    return f"`{source}` (sha256 `{sha256[:12]}`)"


def render(changes: list[Change], old: str, new: str) -> str:
    """A summary, then what to read first (servers, API version), then breaking and non-breaking changes."""
    top = [c for c in changes if c.top]
    breaking = [c for c in changes if c.breaking and not c.top]
    other = [c for c in changes if not c.breaking and not c.top]
    count = sum(c.breaking for c in changes)
    warnings = len(top) - sum(c.breaking for c in top)
    summary = f"**{count} breaking, {len(other)} non-breaking"
    summary += f", {warnings} warning{'s' if warnings != 1 else ''}" if warnings else ""
    lines = ["## Dixa API changes", "", f"From {old} to {new}.", "", summary + "** for users of the generated client."]
    if top:
        lines += ["", "### Read first", ""]
        lines += [c.markdown().replace("- ", f"- **{'BREAKING' if c.breaking else 'Warning'}** ", 1) for c in top]
    for title, items in (("Breaking", breaking), ("Non-breaking", other)):
        lines += ["", f"### {title}", ""]
        lines += [c.markdown() for c in items] or ["None."]
    return "\n".join(lines) + "\n"
