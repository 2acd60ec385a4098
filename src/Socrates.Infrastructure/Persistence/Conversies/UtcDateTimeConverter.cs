using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Socrates.Infrastructure.Persistence.Conversies;

/// <summary>Every DateTime in the database is UTC; this makes it come back marked as such on both providers.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : v,
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
