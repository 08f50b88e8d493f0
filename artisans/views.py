"""Mentor invitations for buyers' makers: invite (manager or artisan), short link, accept."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.mail import send_mail
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .invitation_forms import AcceptInvitationForm, InvitationForm
from .invitations import (
    INVITATION_DAYS,
    Invitation,
    InvitationError,
    accept,
    cooperatives_for_inviter,
)
from .invitations import mentor_profile as inviters_profile


def short_url(request, invitation):
    return request.build_absolute_uri(reverse("invitation_short_link", args=[invitation.code]))


@login_required
@require_http_methods(["GET", "POST"])
def invite(request):
    if not cooperatives_for_inviter(request.user).exists():
        raise Http404  # neither a manager nor an artisan of a cooperative
    form = InvitationForm(request.POST or None, inviter=request.user)
    if request.method == "POST" and form.is_valid():
        cooperative = form.cleaned_data["cooperative"]
        invitation = Invitation.objects.create(
            cooperative=cooperative,
            invited_by=request.user,
            mentor=inviters_profile(request.user, cooperative),
            name=form.cleaned_data["name"],
            phone=form.cleaned_data["phone"],
            email=form.cleaned_data["email"],
        )
        if invitation.email:
            inviter = request.user.get_full_name() or request.user.get_username()
            send_mail(
                _("%(name)s invites you to Tawiza") % {"name": inviter},
                render_to_string(
                    "artisans/invitations/email.txt",
                    {
                        "invitation": invitation,
                        "link": short_url(request, invitation),
                        "days": INVITATION_DAYS,
                    },
                ),
                None,
                [invitation.email],
            )
        return redirect("invitation_sent", code=invitation.code)
    sent = Invitation.objects.filter(invited_by=request.user).select_related("cooperative")[:20]
    return render(
        request,
        "artisans/invitations/invite.html",
        {"form": form, "sent": sent, "days": INVITATION_DAYS},
    )


@login_required
def invitation_sent(request, code):
    invitation = get_object_or_404(Invitation, code=code, invited_by=request.user)
    link = short_url(request, invitation)
    text = _("%(name)s, join your cooperative on Tawiza: %(link)s") % {
        "name": invitation.name,
        "link": link,
    }
    return render(
        request,
        "artisans/invitations/sent.html",
        {"invitation": invitation, "link": link, "share_text": text},
    )


def short_link(request, code):
    """``/i/CODE/``: to the invitation in the visitor's language."""
    get_object_or_404(Invitation, code=code)
    language = translation.get_language_from_request(request)
    with translation.override(language):
        return redirect("invitation_accept", code=code)


@require_http_methods(["GET", "POST"])
def accept_invitation(request, code):
    invitation = get_object_or_404(Invitation.objects.select_related("cooperative"), code=code)
    problem = invitation.problem()
    if problem:
        return render(
            request, "artisans/invitations/unusable.html", {"problem": problem}, status=410
        )
    form = AcceptInvitationForm(request.POST or None, initial={"username": invitation.phone})
    if request.method == "POST" and form.is_valid():
        try:
            invitation = accept(
                invitation, form.cleaned_data["username"], form.cleaned_data["password1"]
            )
        except InvitationError as error:
            return render(
                request, "artisans/invitations/unusable.html", {"problem": error}, status=410
            )
        login(request, invitation.account, backend="tawiza.auth.DemoAwareModelBackend")
        messages.success(request, _("Welcome to Tawiza! Your account is ready."))
        return redirect("invitation_welcome")
    return render(
        request, "artisans/invitations/accept.html", {"invitation": invitation, "form": form}
    )


@login_required
def welcome(request):
    invitation = getattr(request.user, "invitation", None)
    if invitation is None:
        raise Http404
    return render(request, "artisans/invitations/welcome.html", {"invitation": invitation})
