"""Cross-object relations resolved per language.

A relation is made once, in German, and wagtail-localize copies it verbatim into every
translation: a translated topic page still names the German event, a translated home page
the German featured item. So a public render never follows such a relation as stored: it
follows it to the related object's live version in the page's language where one exists,
otherwise to the live German version (which the template marks lang="de"), otherwise to the
object itself if it is live. Versions are matched by `translation_key`; each helper costs one
query for a whole relation, whatever its length (tests/test_query_budget.py)."""

from django.conf import settings
from django.db.models import Exists, F, OuterRef, Q

from .live import live_q


def in_language(queryset, locale_id):
    """The queryset as a page of `locale_id`'s language shows it: the live rows of that
    language, and the live German rows that have no live version in it (one per key, in the
    same query, so listings can filter, count and paginate it)."""
    model = queryset.model
    translated = model._default_manager.filter(
        live_q(), translation_key=OuterRef("translation_key"), locale_id=locale_id
    )
    german = Q(locale__language_code=settings.LANGUAGE_CODE) & ~Q(Exists(translated))
    return queryset.filter(live_q()).filter(Q(locale_id=locale_id) | german)


def _choose(candidates, locale_id, direct_pks=()):
    """The best candidate per translation key: the page's language, then German, then the
    object the relation names itself."""
    best = {}
    for candidate in candidates:
        if candidate.locale_id == locale_id:
            rank = 0
        elif candidate.resolved_language == settings.LANGUAGE_CODE:
            rank = 1
        elif candidate.pk in direct_pks:
            rank = 2
        else:
            continue
        current = best.get(candidate.translation_key)
        if current is None or rank < current[0]:
            best[candidate.translation_key] = (rank, candidate)
    return {key: candidate for key, (_rank, candidate) in best.items()}


def resolve_many(queryset, targets, locale_id):
    """The live versions in `locale_id`'s language (else German, else themselves) of
    `targets`, a list of objects of the queryset's model, in their order and without
    duplicates; targets without a live version are left out. One query."""
    targets = [target for target in targets if target is not None]
    if not targets:
        return []
    keys = {target.translation_key for target in targets}
    direct = {target.pk for target in targets}
    candidates = (
        queryset.filter(live_q())
        .filter(
            Q(translation_key__in=keys)
            & (Q(locale_id=locale_id) | Q(locale__language_code=settings.LANGUAGE_CODE))
            | Q(pk__in=direct)
        )
        .annotate(resolved_language=F("locale__language_code"))
    )
    chosen = _choose(candidates, locale_id, direct)
    resolved, seen = [], set()
    for target in targets:
        candidate = chosen.get(target.translation_key)
        if candidate is not None and candidate.pk not in seen:
            seen.add(candidate.pk)
            resolved.append(candidate)
    return resolved


def resolve_one(queryset, target, locale_id):
    """`resolve_many` for a single related object: its version to show, or None."""
    resolved = resolve_many(queryset, [target], locale_id)
    return resolved[0] if resolved else None


def resolve_keys(queryset, keys, locale_id):
    """{translation_key: version to show} for the given keys (a list or a subquery of
    translation keys): the live version in `locale_id`'s language, else the live German one.
    One query."""
    candidates = (
        queryset.filter(live_q())
        .filter(translation_key__in=keys)
        .filter(Q(locale_id=locale_id) | Q(locale__language_code=settings.LANGUAGE_CODE))
        .annotate(resolved_language=F("locale__language_code"))
    )
    return _choose(candidates, locale_id)
