"""Conversation handling: a namespace held in a variable, models named in annotations, enum members."""

from __future__ import annotations

from dixa_client import Dixa
from dixa_client.models import ConversationRating, RatingType, Tag  # breaks: Tag renamed to Label


def kind_of(client: Dixa, conversation_id: int) -> str:
    conversations = client.conversations
    found = conversations.get(conversation_id).data  # breaks: new required parameter region
    return type(found).__name__


def is_promoter(rating: ConversationRating) -> bool:
    return rating.rating_type == RatingType.NPS  # breaks: enum value Nps removed


def is_satisfied(rating: ConversationRating) -> bool:
    return rating.rating_type == RatingType.CSAT


def label(tag: Tag) -> str:
    return tag.name
