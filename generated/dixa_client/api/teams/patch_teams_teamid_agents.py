from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ..._request import path_segment as _path_segment
from ..._validation import in_operation as _in_operation
from ...client import AuthenticatedClient, Client
from ...models.agents_to_team_input import AgentsToTeamInput
from ...models.bad_request import BadRequest
from ...models.server_error import ServerError
from ...types import Response


def _get_kwargs(
    team_id: UUID,
    *,
    body: AgentsToTeamInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/beta/teams/{team_id}/agents".format(
            team_id=_path_segment(team_id, "team_id", OPERATION),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _body_from_json(data: Any) -> AgentsToTeamInput:
    """The request body given in its wire shape, read into its model (any misfit raises with its JSON path)."""
    body = AgentsToTeamInput.from_dict(data)

    return body


# How errors name this operation: the route is exact whatever the document's operationId looks like.
OPERATION = "PATCH /beta/teams/{team_id}/agents"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BadRequest | ServerError | None:
    try:
        return _parse_response_body(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as _exc:
        raise _in_operation(_exc, OPERATION, response.status_code) from _exc


def _parse_response_body(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BadRequest | ServerError | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = BadRequest.from_dict(response.json())

        return response_400

    if response.status_code == 500:
        response_500 = ServerError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    """The body of a 2xx response as its model; error statuses are raised before this is called."""
    return cast("None", _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | BadRequest | ServerError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    team_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: AgentsToTeamInput,
) -> Response[Any | BadRequest | ServerError]:
    """Add members

     Add agents/admins to a team.

    Args:
        team_id (UUID):
        body (AgentsToTeamInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BadRequest | ServerError]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    team_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: AgentsToTeamInput,
) -> Any | BadRequest | ServerError | None:
    """Add members

     Add agents/admins to a team.

    Args:
        team_id (UUID):
        body (AgentsToTeamInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BadRequest | ServerError
    """

    return sync_detailed(
        team_id=team_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    team_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: AgentsToTeamInput,
) -> Response[Any | BadRequest | ServerError]:
    """Add members

     Add agents/admins to a team.

    Args:
        team_id (UUID):
        body (AgentsToTeamInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BadRequest | ServerError]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: AgentsToTeamInput,
) -> Any | BadRequest | ServerError | None:
    """Add members

     Add agents/admins to a team.

    Args:
        team_id (UUID):
        body (AgentsToTeamInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BadRequest | ServerError
    """

    return (
        await asyncio_detailed(
            team_id=team_id,
            client=client,
            body=body,
        )
    ).parsed
