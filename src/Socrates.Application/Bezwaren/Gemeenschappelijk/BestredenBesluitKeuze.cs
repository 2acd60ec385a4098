using Socrates.Domain.Bezwaren;

namespace Socrates.Application.Bezwaren.Gemeenschappelijk;

/// <summary>One besluit to choose on the registration form: its key ("A12", "T7"), what it is, its kenmerk, and the besluit itself.</summary>
public sealed record BestredenBesluitKeuze(string Sleutel, string Omschrijving, string? Kenmerk, BestredenBesluit Besluit);
