using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Socrates.Domain.Gemeenten;

namespace Socrates.Infrastructure.Persistence.Conversies;

internal sealed class GemeenteCodeConverter() : ValueConverter<GemeenteCode, string>(g => g.Waarde, s => GemeenteCode.Parse(s));
