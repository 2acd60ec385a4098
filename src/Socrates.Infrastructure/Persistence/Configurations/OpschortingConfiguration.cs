using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Inkomsten;
using Socrates.Domain.Personen;
using Socrates.Domain.Toekenningen;

namespace Socrates.Infrastructure.Persistence.Configurations;

/// <summary>The opschortingen; the index serves the betaalrun (a household's running suspension).</summary>
internal sealed class OpschortingConfiguration : IEntityTypeConfiguration<Opschorting>
{
    public void Configure(EntityTypeBuilder<Opschorting> builder)
    {
        builder.ToTable("Opschortingen");
        builder.HasKey(o => o.Id);
        builder.HasOne<Gemeente>().WithMany().HasForeignKey(o => o.Gemeente).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Persoon>().WithMany().HasForeignKey(o => o.AanvragerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Toekenning>().WithMany().HasForeignKey(o => o.ToekenningId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.BesluitDoor).HasMaxLength(450);
        builder.Property(o => o.Versie).IsConcurrencyToken();
        builder.HasIndex(o => new { o.AanvragerId, o.Status });
    }
}
