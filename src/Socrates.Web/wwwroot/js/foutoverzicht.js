// The error summary of a form (Pages/Shared/_Formulierfouten.cshtml): focused after a failed submit, so a screen reader
// reads it first and Tab goes through its links; a link moves the focus to its field, or to the first choice of a group
// (a fieldset with the field's id), and shows the field's label.
// Without script the summary and its links work as they are.
(function () {
    'use strict';
    var overzicht = document.querySelector('[data-foutoverzicht]');
    if (!overzicht) {
        return;
    }

    overzicht.focus();
    overzicht.addEventListener('click', function (e) {
        var link = e.target.closest('a[href^="#"]');
        var veld = link && document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
        if (!veld) {
            return;
        }

        e.preventDefault();
        if (!veld.matches('input, select, textarea')) {
            veld = veld.querySelector('input:not([type=hidden]), select, textarea') || veld;   // a group: its first choice
        }

        var label = veld.id && document.querySelector('label[for="' + CSS.escape(veld.id) + '"]');
        (label && !label.classList.contains('visually-hidden') ? label : veld).scrollIntoView();
        veld.focus({ preventScroll: true });
    });
})();
