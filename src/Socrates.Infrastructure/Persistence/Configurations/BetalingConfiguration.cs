using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Socrates.Domain.Betalingen;

namespace Socrates.Infrastructure.Persistence.Configurations;

/// <summary>
/// Payment lines, written in bulk by the run. The unique key (gemeente, run month, toekenning, month concerned, kind) makes
/// paying a toekenning's month twice in one run impossible, and a maandbetaling always concerns its run month
/// (docs/betalingen.md); only the run is a foreign key, so that 100,000 inserts check one parent.
/// </summary>
internal sealed class BetalingConfiguration : IEntityTypeConfiguration<Betaling>
{
    public void Configure(EntityTypeBuilder<Betaling> builder)
    {
        builder.ToTable("Betalingen");
        builder.HasKey(b => b.Id);
        builder.HasOne<Betaalrun>().WithMany().HasForeignKey(b => b.BetaalrunId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(b => b.Naam).HasMaxLength(300);
        builder.Property(b => b.Iban).HasMaxLength(34);
        builder.Property(b => b.Signalen).HasConversion<int>();
        builder.Property(b => b.Soort).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(b => new { b.Gemeente, b.Maand, b.ToekenningId, b.Betreft, b.Soort }).IsUnique();
        builder.HasIndex(b => new { b.BetaalrunId, b.ToekenningId });
        builder.HasIndex(b => new { b.Gemeente, b.AanvragerId, b.Maand });
        builder.HasIndex(b => new { b.Gemeente, b.AanvraagId, b.Maand });
    }
}
