using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;

namespace Socrates.Domain.Inkomsten;

/// <summary>What the rekenkern reads of an inkomstenopgave that counts (not replaced by a correction): whose, which month, how much.</summary>
public sealed record Opgavebedrag(DateOnly Maand, Gezinslid Van, string Werkgever, Bedrag NettoLoon, Bedrag Vakantiegeld);
