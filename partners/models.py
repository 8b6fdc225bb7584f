"""The three cooperation partners and the people who speak for them."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from approvable.models import ApprovedSnippet
from images.models import optional_image

phone_validator = RegexValidator(
    r"^\+?[0-9 ()/\-]{3,30}$",
    _("Enter a phone number with digits, spaces, +, /, - or brackets only."),
)


class PartnerKind(models.TextChoices):
    """The two sides of every approval."""

    POLICE = "police", _("Police")
    COUNCIL = "council", _("Migration council")


class Partner(ApprovedSnippet):
    """A partner of the cooperation agreement: the police inspection, the criminal investigation
    inspection, or the county's council for migration and integration."""

    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(
        _("short name"), max_length=60, help_text=_('e.g. "PI Bad Kreuznach" or "Beirat".')
    )
    name_as_issuer = models.CharField(
        _("name after “Statement”"),
        max_length=255,
        blank=True,
        help_text=_(
            "The name as it reads in the attribution line after “Statement” (“Mitteilung”, "
            "“Gemeinsame Mitteilung”). In German with the article in the genitive: “der "
            "Kriminalinspektion Bad Kreuznach”, “des Beirats für Migration und Integration des "
            "Landkreises Bad Kreuznach”. Leave empty to show the name as it is."
        ),
    )
    name_as_partner = models.CharField(
        _("name after “coordinated with”"),
        max_length=255,
        blank=True,
        help_text=_(
            "The name as it reads in the attribution line after “coordinated with” "
            "(“abgestimmt mit”). In German with the article in the dative: “der "
            "Polizeiinspektion Bad Kreuznach”, “dem Beirat für Migration und Integration des "
            "Landkreises Bad Kreuznach”. Leave empty to show the name as it is."
        ),
    )
    kind = models.CharField(
        _("approval side"),
        max_length=20,
        choices=PartnerKind.choices,
        help_text=_("Decides which approvers sign off for this partner."),
    )
    legal_entity = models.CharField(
        _("legal entity"),
        max_length=255,
        help_text=_(
            "Who is legally responsible, e.g. the Landkreis Bad Kreuznach for the council, "
            "which is an advisory body and not a legal person."
        ),
    )
    logo = optional_image(_("logo"))
    address = models.TextField(_("postal address"))
    phone = models.CharField(_("phone"), max_length=40, blank=True, validators=[phone_validator])
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    opening_hours = models.TextField(
        _("opening hours"),
        blank=True,
        help_text=_(
            "When visitors can come or call, e.g. “Rund um die Uhr” or “Montag bis Donnerstag "
            "8 bis 16 Uhr, Freitag 8 bis 12 Uhr”. Shown with the address on the contact page."
        ),
    )
    description = RichTextField(_("description"), blank=True, features=["bold", "italic", "link"])
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels = [
        MultiFieldPanel(
            ["name", "short_name", "kind", "legal_entity", "logo"], heading=_("Partner")
        ),
        MultiFieldPanel(
            ["name_as_issuer", "name_as_partner"], heading=_("Name in the attribution line")
        ),
        MultiFieldPanel(
            ["address", "phone", "email", "website", "opening_hours"], heading=_("Contact")
        ),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.SearchField("short_name"),
        index.AutocompleteField("name"),
        index.FilterField("kind"),
        index.FilterField("locale"),
    ]

    class Meta(ApprovedSnippet.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class ContactPerson(ApprovedSnippet):
    """A named contact: prevention adviser, community officer, council member. Name and photo
    are only published with documented consent; otherwise only the role is shown."""

    name = models.CharField(_("name"), max_length=255)
    role = models.CharField(
        _("role"),
        max_length=255,
        help_text=_('e.g. "Prevention adviser" or "Chair of the council".'),
    )
    partner = models.ForeignKey(
        Partner, verbose_name=_("partner"), on_delete=models.PROTECT, related_name="contacts"
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True, validators=[phone_validator])
    email = models.EmailField(_("e-mail"), blank=True)
    photo = optional_image(_("photo"))
    consent_name_and_photo = models.BooleanField(
        _("consent to publish name and photo"),
        default=False,
        help_text=_("Without documented consent the site shows only the role and the partner."),
    )

    panels = [
        "name",
        "role",
        "partner",
        "phone",
        "email",
        "photo",
        "consent_name_and_photo",
    ]

    search_fields = [
        index.SearchField("name"),
        index.SearchField("role"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(ApprovedSnippet.Meta):
        verbose_name = _("contact person")
        verbose_name_plural = _("contact persons")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.role})"

    @property
    def public_name(self):
        """The name as the public site may show it."""
        return self.name if self.consent_name_and_photo else ""

    @property
    def public_photo(self):
        return self.photo if self.consent_name_and_photo else None
