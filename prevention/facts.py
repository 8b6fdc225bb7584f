"""Facts from the German source for prevention materials: the files, one per language the
material exists in, are the same in every language of the site and are decided in German. A
translated material lists the files of its live German source (one query for a whole list);
its title and description stay translated."""

from django.conf import settings
from django.db.models import Exists, F, OuterRef, Q
from django.utils.translation import get_language


def with_source_files(materials):
    """The materials (a list) with the files of their live German sources in place of their
    own; German materials, and translations without a live German source, keep theirs."""
    from .models import PreventionMaterialFile  # models imports this module

    materials = list(materials)
    if not materials or get_language() == settings.LANGUAGE_CODE:
        return materials
    files = (
        PreventionMaterialFile.objects.filter(
            material__translation_key__in={material.translation_key for material in materials},
            material__locale__language_code=settings.LANGUAGE_CODE,
            material__live=True,
        )
        .annotate(source_key=F("material__translation_key"))
        .select_related("document")
        .order_by("sort_order", "pk")
    )
    by_key = {}
    for file in files:
        by_key.setdefault(file.source_key, []).append(file)
    for material in materials:
        if material.translation_key in by_key:
            # What `material.files.all()` returns from now on (Django's prefetch cache).
            cache = getattr(material, "_prefetched_objects_cache", None)
            if cache is None:
                cache = material._prefetched_objects_cache = {}
            cache["files"] = by_key[material.translation_key]
    return materials


def has_file_in(language):
    """A filter for materials that offer a file in `language`, judged by the files they show:
    those of the live German source, or their own when they have no live German source."""
    from .models import PreventionMaterial, PreventionMaterialFile

    german = {
        "translation_key": OuterRef("translation_key"),
        "locale__language_code": settings.LANGUAGE_CODE,
        "live": True,
    }
    source_file = PreventionMaterialFile.objects.filter(
        language=language, **{f"material__{key}": value for key, value in german.items()}
    )
    has_source = PreventionMaterial.objects.filter(**german)
    own_file = PreventionMaterialFile.objects.filter(material=OuterRef("pk"), language=language)
    return Q(Exists(source_file)) | (~Q(Exists(has_source)) & Q(Exists(own_file)))


def in_topic(topic_key):
    """A filter for materials of the topic whose versions share `topic_key`, judged like the
    files: by the topics of the live German source (the relation is decided in German and
    copied verbatim into translations, so it names German topics), or by a material's own
    topics when it has no live German source. Any language version of a topic counts."""
    from .models import PreventionMaterial

    through = PreventionMaterial.topics.through
    german = {
        "translation_key": OuterRef("translation_key"),
        "locale__language_code": settings.LANGUAGE_CODE,
        "live": True,
    }
    source_in_topic = through.objects.filter(
        preventiontopicpage__translation_key=topic_key,
        **{f"preventionmaterial__{key}": value for key, value in german.items()},
    )
    has_source = PreventionMaterial.objects.filter(**german)
    own_in_topic = through.objects.filter(
        preventionmaterial_id=OuterRef("pk"), preventiontopicpage__translation_key=topic_key
    )
    return Q(Exists(source_in_topic)) | (~Q(Exists(has_source)) & Q(Exists(own_in_topic)))
