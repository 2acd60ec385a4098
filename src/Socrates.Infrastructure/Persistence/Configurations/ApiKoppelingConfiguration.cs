using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Socrates.Domain.ApiKoppelingen;
using Socrates.Domain.Gemeenten;

namespace Socrates.Infrastructure.Persistence.Configurations;

internal sealed class ApiKoppelingConfiguration : IEntityTypeConfiguration<ApiKoppeling>
{
    public void Configure(EntityTypeBuilder<ApiKoppeling> builder)
    {
        builder.ToTable("ApiKoppelingen");
        builder.HasOne<Gemeente>().WithMany().HasForeignKey(k => k.Gemeente).OnDelete(DeleteBehavior.Restrict);
        builder.Property(k => k.Naam).HasMaxLength(ApiKoppeling.MaximumNaam);
        builder.Property(k => k.Rol).HasMaxLength(50);
        builder.Property(k => k.Rechten).HasMaxLength(1000);
        builder.Property(k => k.Sleutelprefix).HasMaxLength(ApiKoppeling.PrefixLengte);
        builder.Property(k => k.SleutelHash).HasMaxLength(64);
        builder.Property(k => k.AangemaaktDoor).HasMaxLength(200);
        builder.Property(k => k.IngetrokkenDoor).HasMaxLength(200);
        builder.Property(k => k.Versie).IsConcurrencyToken();
        builder.Ignore(k => k.RechtenLijst);
        builder.HasIndex(k => k.Sleutelprefix).IsUnique();                  // the sign-in looks a key up by its prefix
        builder.HasIndex(k => new { k.Gemeente, k.Naam }).IsUnique();
    }
}
