"""Pagination without a count over the whole table on every request: the number of items of
a listing (an index page with its filters) changes only when something is published or
withdrawn, so it is read from the frame cache of the content generation
(approvable.generation) and counted once per generation and filter combination."""

from django.core.paginator import Paginator
from django.utils.functional import cached_property

from approvable.generation import cached


class CachedCountPaginator(Paginator):
    """A Paginator whose `count` is cached under `key` (e.g. the index's pk and filters).
    Only for listings whose membership changes by publication alone, not by time."""

    def __init__(self, object_list, per_page, key, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.count_key = key

    @cached_property
    def count(self):
        return cached("count", self.count_key, lambda: Paginator.count.func(self))
