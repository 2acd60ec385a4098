using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Socrates.Domain.Geld;

namespace Socrates.Infrastructure.Persistence.Conversies;

/// <summary>Percentages are stored in hundredths of a percent (basispunten): 12,5 % is 1250.</summary>
internal sealed class PercentageConverter() : ValueConverter<Percentage, int>(p => p.Basispunten, b => new Percentage(b));
