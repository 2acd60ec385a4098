namespace Socrates.Domain.Normen;

/// <summary>The pensioengerechtigde leeftijd (art. 7a lid 1 AOW) for everyone who reaches it in <see cref="Jaar"/>.</summary>
public sealed record AowLeeftijdRij(int Jaar, int Jaren, int Maanden);
