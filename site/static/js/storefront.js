/* Tawiza's storefront behaviours, in plain JavaScript (no jQuery, no Bootstrap), loaded with
   `defer` by oscar/base.html. Public pages run no inline script (Content-Security-Policy,
   docs/security.md), so what Oscar's ui.js and inline `onclick`s did on buyer pages is done
   here, from markup: every page works without this file, it only saves clicks.
   See docs/storefront.md. */
(function () {
    "use strict";

    function on(eventName, selector, handler) {
        document.addEventListener(eventName, function (event) {
            var target = event.target.closest ? event.target.closest(selector) : null;
            if (target) {
                handler(event, target);
            }
        });
    }

    /* Basket lines: Oscar's "Remove", "Save for later" and "Move to basket" links tick the
       line's hidden checkbox (id_<prefix>-<n>-<field>) and send the formset; without script,
       a quantity of 0 removes a line. */
    var lineActions = [
        ["#basket_formset [data-behaviours~='remove']", "form", "DELETE"],
        ["#basket_formset [data-behaviours~='save']", "form", "save_for_later"],
        ["#saved_basket_formset [data-behaviours~='move']", "saved", "move_to_basket"],
        ["#saved_basket_formset [data-behaviours~='remove']", "saved", "DELETE"]
    ];
    lineActions.forEach(function (action) {
        on("click", action[0], function (event, link) {
            var checkbox = document.getElementById("id_" + action[1] + "-" + link.dataset.id + "-" + action[2]);
            var form = link.closest("form");
            if (checkbox && form && !form.dataset.sent) {
                event.preventDefault();
                checkbox.checked = true;
                form.dataset.sent = "true";
                form.submit();
            }
        });
    });

    /* Notifications: "Archive" and "Delete" on one row tick that row and press the form's
       button of the same name. */
    ["archive", "delete"].forEach(function (action) {
        on("click", "a[data-behaviours~='" + action + "']", function (event, link) {
            var row = link.closest("tr");
            var form = link.closest("form");
            var button = form && form.querySelector("button[value='" + action + "']");
            if (row && button) {
                event.preventDefault();
                row.querySelectorAll("input[type=checkbox]").forEach(function (box) {
                    box.checked = true;
                });
                button.click();
            }
        });
    });

    /* The basket's voucher form, hidden by Oscar behind "I have a voucher code…". */
    on("click", "#voucher_form_link a", function (event) {
        var container = document.getElementById("voucher_form_container");
        if (container) {
            event.preventDefault();
            container.style.display = "block";
            document.getElementById("voucher_form_link").style.display = "none";
            var input = container.querySelector("input:not([type=hidden])");
            if (input) {
                input.focus();
            }
        }
    });
    on("click", "#voucher_form_cancel", function (event) {
        var container = document.getElementById("voucher_form_container");
        if (container) {
            event.preventDefault();
            container.style.display = "none";
            document.getElementById("voucher_form_link").style.display = "";
        }
    });

    /* Oscar's small menus (wish lists, saved addresses): a button shows the list below it. */
    on("click", "[data-toggle='dropdown']", function (event, toggle) {
        var menu = toggle.parentElement.querySelector(".dropdown-menu");
        if (!menu) {
            return;
        }
        event.preventDefault();
        var open = !menu.classList.contains("show");
        menu.classList.toggle("show", open);
        toggle.setAttribute("aria-expanded", open ? "true" : "false");
    });
    document.addEventListener("keydown", function (event) {
        if (event.key === "Escape") {
            document.querySelectorAll(".dropdown-menu.show").forEach(function (menu) {
                menu.classList.remove("show");
            });
        }
    });

    /* Sorting sends its form as soon as a choice is made (its button stays for no-script). */
    on("change", "select[data-submit-on-change]", function (event, select) {
        select.form.submit();
    });

    /* The checkout gateway: the password field only for "I have an account". */
    function showPasswordForExistingCustomers() {
        var radios = document.querySelectorAll("input[name='options']");
        var password = document.getElementById("id_password");
        if (!radios.length || !password) {
            return;
        }
        function update() {
            var chosen = document.querySelector("input[name='options']:checked");
            password.disabled = !(chosen && chosen.value === "existing");
        }
        radios.forEach(function (radio) {
            radio.addEventListener("change", update);
        });
        update();
    }

    /* Links that go back, and "print this page" on the thank-you page. */
    on("click", "[data-history-back]", function (event) {
        if (window.history.length > 1) {
            event.preventDefault();
            window.history.back();
        }
    });
    on("click", "[data-print-page]", function (event) {
        event.preventDefault();
        window.print();
    });

    /* Forms marked data-behaviours="lock" are sent once, whatever the number of clicks. */
    on("submit", "form[data-behaviours~='lock']", function (event, form) {
        if (form.dataset.sent) {
            event.preventDefault();
        }
        form.dataset.sent = "true";
    });

    /* Wish list links: "copy" puts the shared link on the clipboard. */
    on("click", ".clipboard-item", function (event, link) {
        if (navigator.clipboard) {
            event.preventDefault();
            navigator.clipboard.writeText(link.href);
        }
    });

    /* The catalogue's filter panel is folded on a phone, open on a wide screen. */
    function openFiltersWhenWide() {
        if (window.matchMedia && window.matchMedia("(min-width: 60rem)").matches) {
            document.querySelectorAll("details[data-open-when-wide]").forEach(function (panel) {
                panel.open = true;
            });
        }
    }

    showPasswordForExistingCustomers();
    openFiltersWhenWide();
}());
