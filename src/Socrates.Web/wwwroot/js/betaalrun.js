// The progress bar of a betaalrun that is being computed: asks the page's Voortgang handler every second and reloads
// the page once the run is no longer computing, so the totals and signals appear. Without this script the page shows
// the progress of the moment it was loaded, with a link to refresh it.
(function () {
    "use strict";
    var sectie = document.querySelector("[data-voortgang-url]");
    if (!sectie) {
        return;
    }

    var url = sectie.getAttribute("data-voortgang-url");
    var balk = document.getElementById("voortgang");
    var tekst = document.getElementById("voortgang-tekst");

    function vraag() {
        fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
            .then(function (antwoord) {
                if (!antwoord.ok) {
                    throw new Error("HTTP " + antwoord.status);
                }
                return antwoord.json();
            })
            .then(function (v) {
                balk.max = Math.max(v.delenTotaal, 1);
                balk.value = v.delenKlaar;
                balk.textContent = v.procent + " %";
                tekst.textContent = v.delenKlaar + " van " + v.delenTotaal + " delen berekend (" + v.procent + " %).";
                if (v.status !== "Berekenen") {
                    window.location.reload();
                    return;
                }
                window.setTimeout(vraag, 1000);
            })
            .catch(function () {
                window.setTimeout(vraag, 5000);
            });
    }

    window.setTimeout(vraag, 1000);
}());
