from django.core.management.base import BaseCommand, CommandError

from tawiza.i18n_completeness import untranslated


class Command(BaseCommand):
    help = (
        "List buyer-facing interface strings that lack a translation in one of the four languages."
    )

    def handle(self, *args, **options):
        report = untranslated()
        for language, missing in report.items():
            for msgid, template in missing:
                self.stdout.write(f"{language}\t{template}\t{msgid!r}")
        if report:
            raise CommandError(f"{sum(map(len, report.values()))} untranslated strings.")
        self.stdout.write(
            self.style.SUCCESS("Every buyer-facing string is translated in every language.")
        )
