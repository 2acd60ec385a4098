namespace Socrates.IntegrationTests.EigenDatabase.Matrix;

/// <summary>Who may reach a page or one of its handlers: nobody signed in, or a signed-in user with one of these roles.</summary>
[Flags]
internal enum Wie
{
    Niemand = 0,
    Anoniem = 1,
    Consulent = 2,
    Teamleider = 4,
    Beheerder = 8,

    /// <summary>The cooperative's Normbeheerder: signed in, of no municipality.</summary>
    Normbeheerder = 16,

    /// <summary>Enters inkomstenopgaven, opens no dossier.</summary>
    AdministratiefMedewerker = 32,

    /// <summary>Handles bezwaren; opens no dossier.</summary>
    Bezwaarbehandelaar = 64,

    /// <summary>The bezwaren's pages.</summary>
    Bezwaren = Teamleider | Bezwaarbehandelaar,

    /// <summary>Registering a bezwaar.</summary>
    BezwaarRegistratie = Consulent | Teamleider | Bezwaarbehandelaar,

    /// <summary>Those who enter inkomstenopgaven.</summary>
    Opgaveinvoer = Consulent | AdministratiefMedewerker,

    /// <summary>Those who work on dossiers.</summary>
    Dossiers = Consulent | Teamleider,

    /// <summary>Every signed-in user of a member municipality.</summary>
    Aangemeld = Consulent | Teamleider | Beheerder | AdministratiefMedewerker | Bezwaarbehandelaar,

    /// <summary>Everyone signed in, of a municipality or of none (the start page, signing out, "geen toegang").</summary>
    AlleAangemelden = Aangemeld | Normbeheerder,

    /// <summary>Everyone, signed in or not (sign-in, the error page).</summary>
    Iedereen = Anoniem | AlleAangemelden,
}
