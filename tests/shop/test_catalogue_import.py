"""A cooperative imports its catalogue from a spreadsheet: every row checked first, all or
nothing, the same file twice updates rather than doubles (shop/catalogue/importing.py)."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from openpyxl import Workbook
from oscar.core.loading import get_model

from shop.catalogue.imports import CatalogueImport
from shop.catalogue.models import ApprovalStatus
from tests.shop.product_dashboard import AICHA, ARGAN, ITTO, french_artisan, partner_of

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")
User = get_user_model()

HEADER = "sku;titre;artisan;type;categorie;prix;stock;poids;matieres;entretien;description"
GOOD_ROWS = [
    f"TWZ-IMP-001;Savon à l'argan et au miel;{AICHA};alimentation-et-cosmetiques;;45,00;30;0,12"
    ";Huile d'argan, miel;Garder au sec.;Savon saponifié à froid.",
    "TWZ-IMP-002;Amlou aux amandes grillées;Aïcha Id Brahim;alimentation-et-cosmetiques;;"
    "95;12;0.3;Amandes, argan, miel;;Pot de 250 g.",
]
IMPORT_URL = "/dashboard/catalogue/products/import/"


def csv_file(*rows, header=HEADER):
    return ("\n".join([header, *rows]) + "\n").encode("cp1252")


def xlsx_file(*rows, header=HEADER):
    workbook = Workbook()
    sheet = workbook.active
    for line in [header, *rows]:
        sheet.append(line.split(";"))
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


@pytest.fixture
def argan_partner():
    return partner_of(french_artisan(AICHA))


@pytest.fixture
def spreadsheet(tmp_path):
    def write(data, name="catalogue.csv"):
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return write


def run(path, cooperative=ARGAN):
    output = io.StringIO()
    call_command("import_catalogue", str(path), cooperative=cooperative, stdout=output)
    return output.getvalue()


def test_a_good_file_imports_every_product_with_its_stock(spreadsheet, argan_partner):
    output = run(spreadsheet(csv_file(*GOOD_ROWS)))

    assert "2 produits ajoutés, 0 mis à jour." in output  # in the site's language, French
    soap = Product.objects.get(upc="TWZ-IMP-001")
    assert soap.artisan == french_artisan(AICHA)
    assert str(soap.weight) == "0.120" and soap.materials == "Huile d'argan, miel"
    assert soap.is_public and soap.approval_status == ApprovalStatus.APPROVED
    record = soap.stockrecords.get()
    assert (record.partner, str(record.price), record.num_in_stock) == (argan_partner, "45.00", 30)
    assert record.partner_sku == "TWZ-IMP-001"
    assert soap.texts.get(locale__language_code="fr").title == "Savon à l'argan et au miel"


def test_the_same_file_twice_updates_and_never_doubles(spreadsheet):
    run(spreadsheet(csv_file(*GOOD_ROWS)))
    changed = GOOD_ROWS[1].replace(";95;12;", ";99;7;")
    output = run(spreadsheet(csv_file(GOOD_ROWS[0], changed)))

    assert Product.objects.filter(upc__startswith="TWZ-IMP-").count() == 2
    assert StockRecord.objects.filter(product__upc__startswith="TWZ-IMP-").count() == 2
    amlou = StockRecord.objects.get(product__upc="TWZ-IMP-002")
    assert (str(amlou.price), amlou.num_in_stock) == ("99.00", 7)
    assert "0 produits ajoutés, 2 mis à jour." in output


def test_a_file_with_bad_rows_imports_nothing_and_reports_every_one(spreadsheet, capsys):
    bad = [
        GOOD_ROWS[0],
        f"TWZ-IMP-003;;{AICHA};alimentation-et-cosmetiques;;gratuit;-2;0,1;;;",  # row 3
        f"TWZ-IMP-004;Tapis;{ITTO};textiles;;900;1;3;;;",  # row 4: a weaver, not theirs
        GOOD_ROWS[0],  # row 5: the same SKU as row 2
        f"TWZ-IMP-006;Bol;{AICHA};vaisselle;Nulle part;50;1;0;;;",  # row 6
    ]
    with pytest.raises(CommandError, match="rien n'a été importé"):
        run(spreadsheet(csv_file(*bad)))

    assert not Product.objects.filter(upc__startswith="TWZ-IMP-").exists()
    report = capsys.readouterr().err
    for row, column in [
        (3, "title"),
        (3, "price"),
        (3, "stock"),
        (4, "artisan"),
        (5, "sku"),
        (6, "product_type"),
        (6, "category"),
        (6, "weight"),
    ]:
        assert f"ligne {row}, {column}" in report, (row, column, report)


def test_an_excel_file_imports_like_a_csv(spreadsheet):
    run(spreadsheet(xlsx_file(*GOOD_ROWS), name="catalogue.xlsx"))
    assert Product.objects.filter(upc__startswith="TWZ-IMP-").count() == 2


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "vide.csv", "Le fichier est vide."),
        (b"\x00\x01PK garbage", "faux.xlsx", "Ce n'est pas un fichier Excel (.xlsx)"),
        (b"sku;titre\nA;B\n", "colonnes.csv", "il manque : price, stock, weight, artisan."),
        (b"sku;titre;artisan;prix;stock;poids\n", "vide.csv", "aucun produit"),
    ],
)
def test_an_unreadable_file_is_refused_with_a_reason(spreadsheet, capsys, data, name, message):
    with pytest.raises(CommandError):
        run(spreadsheet(data, name=name))
    assert message in capsys.readouterr().err


def test_an_sku_of_another_cooperative_is_refused(spreadsheet):
    carpet = Product.objects.filter(stockrecords__partner__name__icontains="tissage").first()
    row = f"{carpet.upc};Copie;{AICHA};textiles;;100;1;1;;;"
    with pytest.raises(CommandError):
        run(spreadsheet(csv_file(row)))
    carpet.refresh_from_db()
    assert carpet.title != "Copie"


# The dashboard ----------------------------------------------------------------------------


@pytest.fixture
def argan_manager(client, settings):
    settings.DEBUG = True  # the demo managers log in only with DEBUG on
    user = User.objects.get(username=f"coop-{ARGAN}")
    client.force_login(user)
    return user


def test_a_manager_imports_from_the_dashboard_and_products_await_approval(
    client, argan_manager, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            IMPORT_URL,
            {
                "cooperative": partner_of(french_artisan(AICHA)).pk,
                "file": SimpleUploadedFile("catalogue.csv", csv_file(*GOOD_ROWS)),
            },
        )
    job = CatalogueImport.objects.get()
    assert response["Location"].endswith(f"{IMPORT_URL}{job.pk}/")
    job.refresh_from_db()
    assert (job.status, job.created, job.updated) == (job.Status.DONE, 2, 0)
    assert not job.file  # not kept once imported
    soap = Product.objects.get(upc="TWZ-IMP-001")
    assert soap.approval_status == ApprovalStatus.PENDING and not soap.is_public
    assert soap.submitted_by == argan_manager
    page = client.get(f"{IMPORT_URL}{job.pk}/").content.decode()
    assert "2 produits ajoutés" in page


def test_bad_rows_are_listed_on_the_status_page_in_the_managers_language(
    client, argan_manager, django_capture_on_commit_callbacks
):
    client.cookies["django_language"] = "ar"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/dashboard/catalogue/products/import/",
            {
                "cooperative": partner_of(french_artisan(AICHA)).pk,
                "file": SimpleUploadedFile(
                    "catalogue.csv", csv_file(f"TWZ-IMP-009;Savon;{AICHA};;;abc;1;0,1;;;")
                ),
            },
            HTTP_ACCEPT_LANGUAGE="ar",
        )
    job = CatalogueImport.objects.get()
    assert job.status == job.Status.REFUSED
    assert {(error["row"], error["column"]) for error in job.errors} == {
        (2, "price"),
        (2, "product_type"),
    }
    assert any("الدرهم" in error["message"] for error in job.errors)
    page = client.get(f"{IMPORT_URL}{job.pk}/").content.decode()
    assert 'role="alert"' in page and "الدرهم" in page
    assert not Product.objects.filter(upc="TWZ-IMP-009").exists()


def test_a_manager_cannot_import_into_or_read_another_cooperative(client, argan_manager):
    weavers = partner_of(french_artisan(ITTO))
    response = client.post(
        IMPORT_URL,
        {"cooperative": weavers.pk, "file": SimpleUploadedFile("c.csv", csv_file(*GOOD_ROWS))},
    )
    assert response.status_code == 200
    assert "cooperative" in response.context["form"].errors
    theirs = CatalogueImport.objects.create(
        partner=weavers, language="fr", file_name="tapis.csv", file="catalogue-imports/x.csv"
    )
    # (Django's LocaleMiddleware first tries the address under /fr/, which is a 404 too.)
    assert client.get(f"{IMPORT_URL}{theirs.pk}/", follow=True).status_code == 404
    assert not theirs.partner.users.filter(username=f"coop-{ARGAN}").exists()


def test_a_file_that_is_not_a_spreadsheet_is_refused_in_the_form(client, argan_manager):
    response = client.post(
        IMPORT_URL,
        {
            "cooperative": partner_of(french_artisan(AICHA)).pk,
            "file": SimpleUploadedFile("photo.jpg", b"\xff\xd8\xff"),
        },
    )
    assert response.status_code == 200
    assert response.context["form"].errors["file"] == ["Envoyez un fichier .csv ou .xlsx."]
    assert not CatalogueImport.objects.exists()


def test_the_status_page_shows_progress_while_the_worker_runs(client, argan_manager):
    from django.core.cache import cache

    job = CatalogueImport.objects.create(
        partner=partner_of(french_artisan(AICHA)),
        language="fr",
        file_name="long.csv",
        file="catalogue-imports/long.csv",
    )
    cache.set(job.progress_key(), {"phase": "import", "done": 250, "total": 1000})
    page = client.get(f"{IMPORT_URL}{job.pk}/").content.decode()
    assert '<progress id="import-progress" value="250" max="1000"' in page
    assert 'http-equiv="refresh"' in page
