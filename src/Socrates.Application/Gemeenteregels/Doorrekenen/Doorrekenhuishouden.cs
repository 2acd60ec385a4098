namespace Socrates.Application.Gemeenteregels.Doorrekenen;

/// <summary>One active toekenning and its household as the rekenkern reads it for the month of the what-if.</summary>
public sealed record Doorrekenhuishouden(int ToekenningId, int AanvraagId, Domain.Rekenkern.Huishouden Huishouden);
