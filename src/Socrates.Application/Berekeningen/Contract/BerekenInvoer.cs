using Socrates.Domain.Gemeenten;
using Socrates.Domain.Rekenkern;

namespace Socrates.Application.Berekeningen.Contract;

/// <summary>One valid input document of <c>socrates bereken</c>: whose rules, which month, which household.</summary>
public sealed record BerekenInvoer(GemeenteCode Gemeente, DateOnly Peildatum, Huishouden Huishouden);
