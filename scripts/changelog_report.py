"""The changelog as Markdown for a pull request description."""

from __future__ import annotations

from scripts.changelog_classify import Change


def describe(source: str, sha256: str) -> str:
    return f"`{source}` (sha256 `{sha256[:12]}`)"


def render(changes: list[Change], old: str, new: str) -> str:
    breaking = [c for c in changes if c.breaking]
    other = [c for c in changes if not c.breaking]
    lines = [
        "## Dixa API changes",
        "",
        f"From {old} to {new}.",
        "",
        f"**{len(breaking)} breaking, {len(other)} non-breaking** for users of the generated client.",
    ]
    for title, items in (("Breaking", breaking), ("Non-breaking", other)):
        lines += ["", f"### {title}", ""]
        lines += [c.markdown() for c in items] or ["None."]
    return "\n".join(lines) + "\n"
