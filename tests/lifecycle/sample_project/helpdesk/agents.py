"""Agent administration: facade calls through a client built here and through one held by a class."""

from __future__ import annotations

from uuid import UUID

from dixa_client import Dixa
from dixa_client.models import Agent, CreateAgentInput


def contact_line(agent_id: UUID) -> str:
    with Dixa(base_url="https://dev.dixa.io") as client:
        agent = client.agents.get(agent_id).data
        return f"{agent.display_name} <{agent.email}>"  # breaks: Agent.email removed


def every_address() -> list[str]:
    client = Dixa()  # breaks: servers changed
    return [agent.email for agent in client.agents.list()]  # breaks: Agent.email removed


def names(agents: list[Agent]) -> list[str]:
    return [agent.display_name for agent in agents]


class Offboarding:
    def __init__(self, client: Dixa) -> None:
        self.client = client

    def remove(self, agent_id: UUID) -> None:
        self.client.agents.delete(agent_id)  # breaks: deleteAgentsAgentid removed

    def hire(self, name: str, email: str) -> UUID:
        draft = CreateAgentInput(display_name=name, email=email)  # breaks: new required department
        return self.client.agents.create(body=draft).data.id
