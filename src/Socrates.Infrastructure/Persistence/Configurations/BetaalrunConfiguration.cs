using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gemeenten;

namespace Socrates.Infrastructure.Persistence.Configurations;

/// <summary>One run per municipality and month; its parts are claimed by workers through a lease.</summary>
internal sealed class BetaalrunConfiguration : IEntityTypeConfiguration<Betaalrun>
{
    public void Configure(EntityTypeBuilder<Betaalrun> builder)
    {
        builder.ToTable("Betaalruns");
        builder.HasKey(r => r.Id);
        builder.HasOne<Gemeente>().WithMany().HasForeignKey(r => r.Gemeente).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.GestartDoor).HasMaxLength(450);
        builder.Property(r => r.DefinitiefDoor).HasMaxLength(450);
        builder.Property(r => r.Versie).IsConcurrencyToken();
        builder.Ignore(r => r.Totalen);
        builder.HasIndex(r => new { r.Gemeente, r.Maand }).IsUnique();
    }
}
