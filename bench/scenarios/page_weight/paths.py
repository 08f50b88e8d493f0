"""The category and product pages to weigh, in each language (run inside Django):
``python -m bench.scenarios.page_weight.paths OUT.json``."""

import json
import sys


def main(out_path):
    import django

    django.setup()
    from django.conf import settings

    from bench.scenarios.page_weight.measure import shop_paths

    paths = {code: shop_paths(code) for code, _name in settings.LANGUAGES}
    with open(out_path, "w") as out:
        json.dump(paths, out, indent=1)


if __name__ == "__main__":
    main(sys.argv[1])
