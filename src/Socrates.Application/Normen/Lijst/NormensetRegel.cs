using Socrates.Domain.Normen;

namespace Socrates.Application.Normen.Lijst;

public sealed record NormensetRegel(
    int Id, DateOnly Ingangsdatum, NormensetStatus Status, string Bron, string VoorgesteldDoor, DateTime VoorgesteldOp,
    string? BeoordeeldDoor, bool GeldtVandaag);
