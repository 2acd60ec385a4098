using Socrates.Domain.Aanvragen;

namespace Socrates.Application.Aanvragen.Besluit;

/// <summary>What a proposed besluit became: taken at once (<see cref="Definitief"/>), or waiting for a team lead (four-eyes).</summary>
public sealed record BesluitUitkomst(Besluitsoort Soort, bool Definitief);
