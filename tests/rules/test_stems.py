"""The stem several owners share (overrides/spec/_stems.py), which names what they hold in common."""

from __future__ import annotations

from collections import Counter

from overrides.spec._stems import common_stem, run_frequency


def test_run_frequency_counts_each_run_of_words_once_per_name() -> None:
    assert run_frequency(["ChatConversation", "EmailConversation", "ChatConversation"]) == Counter(
        {"Chat": 1, "Email": 1, "Conversation": 2, "ChatConversation": 1, "EmailConversation": 1}
    )


def test_the_run_most_owners_share_is_the_stem_and_longer_runs_win_ties() -> None:
    owners = ["ChatConversationChannel", "EmailConversationChannel"]
    assert common_stem(owners, "Id") == "ConversationChannel"  # Conversation, Channel: shared as often, shorter


def test_a_stem_made_only_of_the_own_name_is_no_stem() -> None:
    # `Conversation` held by ChatConversation and EmailConversation would name it `ConversationConversation`.
    assert common_stem(["ChatConversation", "EmailConversation"], "Conversation") is None
    owners = ["ChatConversationChannel", "EmailConversationChannel"]
    assert common_stem(owners, "ConversationChannel") is None  # nor any part of it
    assert common_stem(owners, "Channel") == "ConversationChannel"
