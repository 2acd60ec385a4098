using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Heronderzoeken.Lijst;

/// <summary>
/// Plans, for the acting gemeente, the heronderzoek of every running bijstand whose planning moment has come (docs/heronderzoek.md):
/// due at the start of the term (the begin of the bijstand, or the day the last heronderzoek was completed) plus the term of the
/// gemeenteregel in force on that day for the household's profile, put on the list <see cref="Domain.Heronderzoeken.Heronderzoekstermijn.VoorbereidingDagen"/>
/// days before. Safe to send twice: one heronderzoek per bijstand period and due date (a unique key), and none while one is open.
/// Sent daily by the system (the web app's background worker, <c>socrates heronderzoeken plannen</c>) and at the first read of
/// the planning list each day. Returns how many were planned.
/// </summary>
[Vereist(Rol.Consulent, Rol.Teamleider, Rol.Systeem)]
public sealed record HeronderzoekenPlannen : ICommand<int>, IAuditOnderwerp
{
    /// <summary>How many running toekenningen are read per query: the work is paged, never one query per toekenning.</summary>
    public const int Deelgrootte = 2_000;

    string IAuditOnderwerp.OnderwerpType => "Heronderzoek";

    string? IAuditOnderwerp.OnderwerpId => null;
}
