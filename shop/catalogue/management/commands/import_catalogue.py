"""python manage.py import_catalogue FILE.csv|FILE.xlsx --cooperative SLUG

Checks every row first and lists every bad one; imports all the rows or none. Importing the
same file again updates the products with the same SKU (docs/catalogue-import.md).
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from shop.catalogue.importing import check, import_rows, partner_of_cooperative


class Command(BaseCommand):
    help = "Import a cooperative's products from a CSV or Excel (.xlsx) file."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--cooperative", required=True, help="the slug of the cooperative's French page"
        )
        parser.add_argument(
            "--check-only", action="store_true", help="check every row, import nothing"
        )

    def handle(self, *args, file, cooperative, check_only, **options):
        partner = partner_of_cooperative(cooperative)
        if partner is None:
            raise CommandError(_("No cooperative with a shop has the slug %s.") % cooperative)
        try:
            data = file.read_bytes()
        except OSError as error:
            raise CommandError(str(error)) from error

        report = check(file.name, data, partner, progress=self.progress(_("Checked")))
        for error in report.errors:
            where = _("row %(row)s, %(column)s") % {"row": error.row, "column": error.column}
            self.stderr.write(f"{where}: {error.message}" if error.row else error.message)
        if report.errors:
            raise CommandError(
                _("%(count)s problems found: nothing was imported.") % {"count": len(report.errors)}
            )
        if check_only:
            self.stdout.write(_("%(count)s rows are ready to import.") % {"count": report.total})
            return
        import_rows(report, partner, progress=self.progress(_("Imported")))
        self.stdout.write(
            self.style.SUCCESS(
                _("%(created)s products added, %(updated)s updated.")
                % {"created": report.created, "updated": report.updated}
            )
        )

    def progress(self, verb):
        def report(done, total):
            # About twenty lines for a long file, one for a short one.
            if done == total or done % max(total // 20, 1) == 0:
                self.stdout.write(f"{verb} {done}/{total}")
                self.stdout.flush()

        return report
