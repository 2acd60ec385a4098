using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Socrates.Domain.Gemeenten;

namespace Socrates.Infrastructure.Persistence.Configurations;

internal sealed class GemeenteConfiguration : IEntityTypeConfiguration<Gemeente>
{
    public void Configure(EntityTypeBuilder<Gemeente> builder)
    {
        builder.ToTable("Gemeenten");
        builder.HasKey(g => g.Code);
        builder.Property(g => g.Naam).HasMaxLength(100);
        builder.Property(g => g.Versie).IsConcurrencyToken();
        builder.HasData(Leden.Alle.Select(l => new Gemeente(l.Code, l.Naam)));
    }
}
