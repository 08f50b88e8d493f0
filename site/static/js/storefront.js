/* Starts Oscar's storefront scripts from a file, so that public pages need no inline script
   (Content-Security-Policy, docs/security.md). Oscar's templates make these calls in an inline
   `onbodyload` block; ours name them in <body data-oscar-init="…"> (block `oscar_init`), and the
   inline onclick handlers Oscar wrote become data attributes handled here. */
(function () {
    "use strict";
    if (typeof window.jQuery === "undefined") {
        return;
    }
    var $ = window.jQuery;

    var initialisers = {
        "basket": function (body) {
            window.oscar.basket.init({basketURL: body.dataset.basketUrl});
        },
        "checkout-gateway": function () {
            window.oscar.checkout.gateway.init();
        },
        "search": function () {
            window.oscar.search.init();
        },
        "wishlists": function () {
            window.oscar.customer.wishlists.init();
        },
        "notifications": function () {
            window.oscar.notifications.init();
        }
    };

    $(function () {
        var body = document.body;
        if (window.oscar) {
            window.oscar.init();
            (body.dataset.oscarInit || "").split(/\s+/).forEach(function (name) {
                if (initialisers[name]) {
                    initialisers[name](body);
                }
            });
        }
        $(document).on("click", "[data-history-back]", function (event) {
            if (window.history.length > 1) {
                event.preventDefault();
                window.history.back();
            }
        });
        $(document).on("click", "[data-print-page]", function () {
            window.print();
        });
    });
}());
