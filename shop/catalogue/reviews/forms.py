"""Oscar's review form, whose score shows as stars even when the posted score is nonsense.

Oscar's template draws the posted score with ``{{ form.score.value|as_stars }}``, which
rounds the raw posted text: a score of "abc" or "4.5" (a forged post) raised ``TypeError``,
a 500 instead of the form's "Select a valid choice" error. ``ScoreField`` gives the
template the score as a number, or nothing when it is not one of the choices.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from oscar.apps.catalogue.reviews import forms as oscar_forms
from oscar.core.loading import get_model

ProductReview = get_model("reviews", "ProductReview")


class ScoreField(forms.TypedChoiceField):
    def bound_data(self, data, initial):
        try:
            return self.clean(data)
        except forms.ValidationError:
            return None


class ProductReviewForm(oscar_forms.ProductReviewForm):
    score = ScoreField(label=_("Score"), choices=ProductReview.SCORE_CHOICES, coerce=int)


VoteForm = oscar_forms.VoteForm
SortReviewsForm = oscar_forms.SortReviewsForm
