using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Socrates.Domain.Geld;

namespace Socrates.Infrastructure.Persistence.Conversies;

/// <summary>Money is stored as a whole number of eurocents.</summary>
internal sealed class BedragConverter() : ValueConverter<Bedrag, long>(b => b.Centen, c => new Bedrag(c));
