using Socrates.Domain.Geld;

namespace Socrates.Domain.Rekenkern;

/// <summary>One line of a calculation: what it is, the article it rests on ("art. 21 onder a Participatiewet") and the amount.</summary>
public sealed record Berekeningsregel(string Omschrijving, string Artikel, Bedrag Bedrag);
