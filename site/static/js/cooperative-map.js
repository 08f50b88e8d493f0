/* Draws the cooperative's map with Leaflet and OpenStreetMap tiles.
   Progressive enhancement: the coordinates and region are already on the page as text, and
   stay there. Leaflet (160 KB) is fetched only when the map's section comes near the screen,
   so a phone that never scrolls to it never pays for it (docs/seo.md, page weight). If the
   first tile fails to load (no network), the map is removed again, so the visitor is left
   with the text rather than an empty grey box. */
(function () {
    "use strict";
    var element = document.getElementById("cooperative-map");
    if (!element) {
        return;
    }

    function loadLeaflet(then) {
        var stylesheet = document.createElement("link");
        stylesheet.rel = "stylesheet";
        stylesheet.href = element.dataset.leafletCss;
        document.head.appendChild(stylesheet);
        var script = document.createElement("script");
        script.src = element.dataset.leafletJs;
        script.onload = then;
        document.head.appendChild(script);
    }

    function whenNear(target, then) {
        if (!("IntersectionObserver" in window)) {
            then();
            return;
        }
        var observer = new IntersectionObserver(function (entries) {
            if (entries.some(function (entry) { return entry.isIntersecting; })) {
                observer.disconnect();
                then();
            }
        }, { rootMargin: "300px 0px" });
        observer.observe(target);
    }

    whenNear(element.parentElement, function () { loadLeaflet(draw); });

    function draw() {
        if (typeof window.L === "undefined") {
            return;
        }
        var latitude = parseFloat(element.dataset.latitude);
        var longitude = parseFloat(element.dataset.longitude);
        if (isNaN(latitude) || isNaN(longitude)) {
            return;
        }
        element.hidden = false;
        var map = window.L.map(element, { scrollWheelZoom: false }).setView([latitude, longitude], 9);
        var tiles = window.L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
            maxZoom: 18,
            attribution: element.dataset.attribution
        });
        var shown = false;
        tiles.on("tileload", function () {
            shown = true;
        });
        tiles.on("tileerror", function () {
            if (!shown) {
                map.remove();
                element.hidden = true;
            }
        });
        tiles.addTo(map);
        // Leaflet guesses its marker images' folder from its stylesheet and appends the plain file
        // names, which production serves only under hashed names: the page gives their URLs.
        var icon = window.L.icon({
            iconUrl: element.dataset.markerIcon,
            iconRetinaUrl: element.dataset.markerIcon2x,
            shadowUrl: element.dataset.markerShadow,
            iconSize: [25, 41],
            iconAnchor: [12, 41],
            popupAnchor: [1, -34],
            tooltipAnchor: [16, -28],
            shadowSize: [41, 41]
        });
        window.L.marker([latitude, longitude], { title: element.dataset.label, icon: icon }).addTo(map);
    }
}());
