using Socrates.Application.Audit.Lijst;

namespace Socrates.Web.Exporteren;

/// <summary>
/// The audit trail's columns in a download: the time in Amsterdam, the action and the user in Dutch and by name, what
/// the line is about, the outcome; the action code, the user id and the record's kind and id as extra columns.
/// </summary>
public static class Auditexport
{
    public static Exporttabel Tabel(IEnumerable<AuditRegelView> regels) => Exporttabel.Van(
        "audittrail",
        regels,
        new Exportkolom<AuditRegelView>("Tijdstip", Kolomsoort.Tijdstip, r => r.Tijdstip),
        new Exportkolom<AuditRegelView>("Gebruiker", Kolomsoort.Tekst, r => r.Gebruiker),
        new Exportkolom<AuditRegelView>("Actie", Kolomsoort.Tekst, r => r.Actie),
        new Exportkolom<AuditRegelView>("Gegeven", Kolomsoort.Tekst, r => r.Gegeven),
        new Exportkolom<AuditRegelView>("Uitkomst", Kolomsoort.Tekst, r => r.Uitkomst.ToString()),
        new Exportkolom<AuditRegelView>("Actiecode", Kolomsoort.Tekst, r => r.ActieCode),
        new Exportkolom<AuditRegelView>("Gebruiker-id", Kolomsoort.Tekst, r => r.GebruikerId),
        new Exportkolom<AuditRegelView>("Soort", Kolomsoort.Tekst, r => r.EntiteitType),
        new Exportkolom<AuditRegelView>("Id", Kolomsoort.Tekst, r => r.EntiteitId));
}
