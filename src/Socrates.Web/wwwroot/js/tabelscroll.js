// A table box that scrolls sideways (narrow screen, wide table) gets a tab stop, so it can be scrolled with the arrow keys;
// one that fits loses it again, so wide screens have no extra tab stops. Without script the box still scrolls by touch or mouse.
(function () {
    "use strict";
    var dozen = document.querySelectorAll(".tabel-scroll, .table-responsive");

    function bij() {
        dozen.forEach(function (doos) {
            if (doos.scrollWidth > doos.clientWidth + 1) {
                if (!doos.hasAttribute("tabindex")) {
                    doos.setAttribute("tabindex", "0");
                    doos.setAttribute("data-tabel-scroll-tab", "");
                }
            } else if (doos.hasAttribute("data-tabel-scroll-tab")) {
                doos.removeAttribute("tabindex");
                doos.removeAttribute("data-tabel-scroll-tab");
            }
        });
    }

    bij();
    window.addEventListener("resize", bij);
}());
