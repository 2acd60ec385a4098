using Socrates.Domain.Beschikkingen;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Aanvragen.Beschikkingen;

/// <summary>The letter's snapshot and, for a toekenning, the calculation lines it was based on.</summary>
public sealed record BeschikkingView(Beschikking Beschikking, IReadOnlyList<ToekenningRegel> Regels);
