"""The personal filters (starred, with a note, notes containing words, in a collection) and
the kinds of item the user's data is about.

Kept apart from :mod:`desktop.core.userdata` (which re-exports them) so the window can hold
its filter before it opens the user's data: the window paints first, then opens it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.store import Store
    from desktop.core.userdata import UserData

ACTIVITY = "activity"
PARTNER = "partner"
KINDS = (ACTIVITY, PARTNER)


@dataclass(frozen=True)
class UserFilter:
    """The personal filters the window offers beside the report filters (AND-ed together
    and with them): starred, with a note, notes containing words, in a collection."""

    starred: bool = False
    with_notes: bool = False
    notes_query: str = ""
    collection: str = ""

    def is_empty(self) -> bool:
        return not (self.starred or self.with_notes or self.notes_query.strip()
                    or self.collection)


def restrict_ids(store: Store, userdata: UserData, user_filter: UserFilter) -> set[str] | None:
    """The activity ids the personal filters allow, or ``None`` when they allow everything.

    Pass the result as ``restrict_to`` to :meth:`Store.search`, :meth:`Store.matching_ids`
    and the count methods: it is AND-ed with the query and the report filters, whose own
    meaning does not change. Only activities count (a starred partner does not star its
    activities), and ids the library no longer has are left out (see
    :meth:`UserData.orphans`).
    """
    if user_filter.is_empty():
        return None
    sets: list[set[str]] = []
    if user_filter.starred:
        sets.append(set(userdata.starred_ids(ACTIVITY)))
    if user_filter.with_notes:
        sets.append(set(userdata.ids_with_notes(ACTIVITY)))
    if user_filter.notes_query.strip():
        sets.append(set(userdata.search_notes(user_filter.notes_query, ACTIVITY)))
    if user_filter.collection:
        sets.append(set(userdata.collection(user_filter.collection).ids(ACTIVITY)))
    allowed = set.intersection(*sets) if sets else set()
    return store.known_activity_ids(allowed)
