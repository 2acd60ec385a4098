using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Socrates.Domain.Personen;

namespace Socrates.Infrastructure.Persistence.Conversies;

internal sealed class PostcodeConverter() : ValueConverter<Postcode, string>(p => p.Waarde, s => Postcode.Parse(s));
