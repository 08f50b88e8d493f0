"""The cooperative manager's questions in Oscar's dashboard: the list, a conversation, the
reply form and, for a custom request, the form making its one-off piece.

A manager (partner user) reaches only their cooperatives' conversations: any other id is a
404. Staff see every one.
"""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.generic import ListView, TemplateView

from . import conversations
from .forms import MakerReplyForm, PieceForm
from .models import Conversation


class ConversationListView(ListView):
    template_name = "shop/questions/dashboard/list.html"
    context_object_name = "conversations"
    paginate_by = 30

    def get_queryset(self):
        queryset = conversations.conversations_for_manager(self.request.user)
        status = self.request.GET.get("status")
        if status in Conversation.Status.values:
            queryset = queryset.filter(status=status)
        return queryset

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["statuses"] = Conversation.Status.choices
        context["status"] = self.request.GET.get("status", "")
        return context


class ConversationDetailView(TemplateView):
    template_name = "shop/questions/dashboard/detail.html"

    def get_conversation(self):
        return get_object_or_404(
            conversations.conversations_for_manager(self.request.user), pk=self.kwargs["pk"]
        )

    def get_context_data(self, reply_form=None, piece_form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        conversation = self.conversation
        if piece_form is None and conversation.is_custom and conversation.piece_id is None:
            piece_form = PieceForm(
                initial={"price": conversation.budget, "description": conversation.size}
            )
        context.update(
            conversation=conversation,
            thread=conversation.messages.all(),
            reply_form=reply_form or MakerReplyForm(),
            piece_form=piece_form,
        )
        return context

    def get(self, request, *args, **kwargs):
        self.conversation = self.get_conversation()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.conversation = conversation = self.get_conversation()
        if request.POST.get("action") == "close":
            conversations.close(conversation)
            messages.success(
                request,
                _("The conversation is closed. A new message from the buyer opens it again."),
            )
            return redirect("questions_dashboard:questions-list")
        if request.POST.get("action") == "piece":
            if not conversation.is_custom or conversation.piece_id:
                messages.error(request, _("This conversation cannot be given a one-off piece."))
                return redirect("questions_dashboard:questions-detail", pk=conversation.pk)
            form = PieceForm(request.POST)
            if form.is_valid():
                conversations.make_piece(conversation, request.user, **form.cleaned_data)
                messages.success(
                    request,
                    _("The one-off piece is made; its private link was mailed to %(name)s.")
                    % {"name": conversation.buyer_name},
                )
                return redirect("questions_dashboard:questions-detail", pk=conversation.pk)
            return self.render_to_response(self.get_context_data(piece_form=form), status=400)
        form = MakerReplyForm(request.POST, request.FILES)
        if form.is_valid():
            conversations.maker_replies(
                conversation,
                request.user,
                form.cleaned_data["message"],
                form.cleaned_data.get("photo"),
            )
            messages.success(
                request, _("Your answer was sent to %(name)s.") % {"name": conversation.buyer_name}
            )
            return redirect("questions_dashboard:questions-detail", pk=conversation.pk)
        return self.render_to_response(self.get_context_data(reply_form=form), status=400)
