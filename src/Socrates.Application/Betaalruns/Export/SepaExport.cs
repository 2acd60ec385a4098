using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Betaalruns.Export;

/// <summary>
/// The SEPA credit transfer file (pain.001.001.03) of a definitive run: one transaction per household that is paid (its
/// lines of the run together, an amount above € 0,00 to a SEPA account), and one per dwangsom the run paid (Awb 4:18).
/// Executed on <see cref="Uitvoerdatum"/>, or today.
/// </summary>
[Vereist(Rol.Teamleider)]
public sealed record SepaExport(string Maand, DateOnly? Uitvoerdatum = null) : IQuery<SepaBestand>;

public sealed record SepaBestand(string Bestandsnaam, byte[] Inhoud, int Transacties);
