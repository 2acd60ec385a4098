using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Heronderzoeken;
using Socrates.Domain.Personen;
using Socrates.Domain.Toekenningen;

namespace Socrates.Infrastructure.Persistence.Configurations;

/// <summary>
/// The heronderzoeken. The unique key (aanvrager, bijstand period, due date) makes planning idempotent; the indexes serve
/// the planner (the open one and the last completed of a household), the planning list (by gemeente, status and due date,
/// per consulent) and the Overzicht's count of missed ones.
/// </summary>
internal sealed class HeronderzoekConfiguration : IEntityTypeConfiguration<Heronderzoek>
{
    public void Configure(EntityTypeBuilder<Heronderzoek> builder)
    {
        builder.ToTable("Heronderzoeken");
        builder.HasKey(h => h.Id);
        builder.HasOne<Gemeente>().WithMany().HasForeignKey(h => h.Gemeente).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Persoon>().WithMany().HasForeignKey(h => h.AanvragerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Toekenning>().WithMany().HasForeignKey(h => h.ToekenningId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(h => h.Profiel).HasMaxLength(60);
        builder.Property(h => h.ConsulentId).HasMaxLength(450);
        builder.Property(h => h.AfgerondDoor).HasMaxLength(450);
        builder.Property(h => h.Bevindingen).HasMaxLength(Heronderzoek.MaximumBevindingen);
        builder.Property(h => h.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.Uitkomst).HasConversion<string>().HasMaxLength(40);
        builder.Property(h => h.Versie).IsConcurrencyToken();
        builder.HasIndex(h => new { h.AanvragerId, h.BijstandSinds, h.Vervaldatum }).IsUnique();
        builder.HasIndex(h => new { h.AanvragerId, h.Status });
        builder.HasIndex(h => new { h.Gemeente, h.Status, h.Vervaldatum });
        builder.HasIndex(h => new { h.Gemeente, h.ConsulentId, h.Status, h.Vervaldatum });
    }
}
