"""Code the variant's breaking changes do not touch (nothing here may be listed)."""

from __future__ import annotations

from uuid import UUID

from dixa_client import AsyncDixa


async def agent_count() -> int:
    async with AsyncDixa(base_url="https://dev.dixa.io") as client:
        count = 0
        async for agent in client.agents.list():
            count += 1 if agent.display_name else 0
        return count


async def tag_name(tag_id: UUID) -> str:
    async with AsyncDixa(base_url="https://dev.dixa.io") as client:
        return (await client.tags.get(tag_id)).data.name
