using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Socrates.Domain.Personen;

namespace Socrates.Infrastructure.Persistence.Conversies;

internal sealed class IbanConverter() : ValueConverter<Iban, string>(i => i.Waarde, s => Iban.Parse(s));
