using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Socrates.Domain.Personen;

namespace Socrates.Infrastructure.Persistence.Conversies;

internal sealed class BsnConverter() : ValueConverter<Bsn, string>(b => b.Waarde, s => Bsn.Parse(s));
