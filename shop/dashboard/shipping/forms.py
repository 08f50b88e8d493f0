from oscar.apps.dashboard.shipping import forms


class WeightBasedForm(forms.WeightBasedForm):
    class Meta(forms.WeightBasedForm.Meta):
        fields = [*forms.WeightBasedForm.Meta.fields, "delivery_days_min", "delivery_days_max"]


WeightBandForm = forms.WeightBandForm
