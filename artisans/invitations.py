"""Mentor invitations: how a new artisan joins Tawiza (issue 15, docs/onboarding.md).

No one opens a seller account alone. A cooperative manager, or an artisan of the cooperative
who already has an account, invites a newcomer: the invitation carries a short code, sent as a
short link (``/i/CODE/``) by SMS, WhatsApp or email. It is good for a week and for one use.
Accepting it creates the artisan's account and a draft profile under the cooperative, linked to
the mentor; the cooperative reviews the profile before it is published.
"""

import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

INVITATION_DAYS = 7
# Short, and readable aloud or from an SMS: no 0/O, 1/l/I.
CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
CODE_LENGTH = 10


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def _default_expiry():
    return timezone.now() + timedelta(days=INVITATION_DAYS)


class InvitationError(Exception):
    """Why an invitation cannot be used; the message is for the person holding it."""


class Invitation(models.Model):
    cooperative = models.ForeignKey(
        "artisans.CooperativePage",
        verbose_name=_("cooperative"),
        on_delete=models.CASCADE,
        related_name="invitations",
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        on_delete=models.CASCADE,
        related_name="invitations_sent",
    )
    mentor = models.ForeignKey(
        "artisans.ArtisanPage",
        verbose_name=_("mentor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    name = models.CharField(_("name of the new artisan"), max_length=120)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=32, blank=True)
    code = models.CharField(max_length=16, unique=True, default=new_code, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(default=_default_expiry)
    accepted_at = models.DateTimeField(null=True, blank=True)
    account = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="invitation",
    )
    profile = models.ForeignKey(
        "artisans.ArtisanPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("invitation")

    def __str__(self):
        return f"{self.name} ({self.cooperative})"

    def problem(self):
        """Why the invitation cannot be accepted now, or None."""
        if self.accepted_at is not None:
            return _("This invitation has already been used. Sign in with your account instead.")
        if timezone.now() >= self.expires_at:
            return _(
                "This invitation has expired. Ask the person who invited you for a new one."
            )
        return None


def cooperatives_for_inviter(user):
    """The French cooperative pages ``user`` may invite artisans into: those they manage
    (their shop partner's users), or those where they have their own artisan profile."""
    from .models import ArtisanPage, CooperativePage

    french = CooperativePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    if not user.is_authenticated:
        return french.none()
    if user.is_staff:
        return french
    own_profiles = ArtisanPage.objects.filter(account=user, live=True)
    paths = [page.path[: CooperativePage.steplen * (page.depth - 1)] for page in own_profiles]
    return french.filter(models.Q(partner__users=user) | models.Q(path__in=paths)).distinct()


def mentor_profile(user, cooperative):
    """The inviter's own live artisan profile in ``cooperative``, if they are an artisan."""
    from .models import ArtisanPage

    return (
        ArtisanPage.objects.child_of(cooperative).filter(account=user, live=True).first()
        if user.is_authenticated
        else None
    )


def accept(invitation, username, password):
    """Create the artisan's account and draft profile; the invitation is then used up."""
    from .models import ArtisanPage

    User = get_user_model()
    with transaction.atomic():
        # Locked: two taps on the link at once make one account, not two.
        invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
        problem = invitation.problem()
        if problem:
            raise InvitationError(problem)
        account = User.objects.create_user(
            username=username, email=invitation.email, password=password
        )
        account.first_name = invitation.name[:150]
        account.save(update_fields=["first_name"])
        profile = ArtisanPage(
            title=invitation.name,
            slug=_free_slug(invitation.cooperative, invitation.name),
            live=False,
            owner=account,
            account=account,
            mentor=invitation.mentor,
        )
        invitation.cooperative.add_child(instance=profile)
        profile.save_revision(user=account)
        invitation.accepted_at = timezone.now()
        invitation.account = account
        invitation.profile = profile
        invitation.save(update_fields=["accepted_at", "account", "profile"])
    return invitation


def _free_slug(cooperative, name):
    from .models import ArtisanPage

    base = slugify(name) or "artisan"
    siblings = set(ArtisanPage.objects.child_of(cooperative).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in siblings:
        slug, number = f"{base}-{number}", number + 1
    return slug
