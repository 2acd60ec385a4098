using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Infrastructure.Persistence.Configurations;

/// <summary>
/// The tegoeden a definitive run paid back. The unique key on run and claim keeps one run from paying a claim twice; the
/// claim's ledger (its Terugbetaling movement) keeps a later run from paying it again.
/// </summary>
internal sealed class TerugbetalingConfiguration : IEntityTypeConfiguration<Terugbetaling>
{
    public void Configure(EntityTypeBuilder<Terugbetaling> builder)
    {
        builder.ToTable("Terugbetalingen");
        builder.HasKey(t => t.Id);
        builder.HasOne<Betaalrun>().WithMany().HasForeignKey(t => t.BetaalrunId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Terugvordering>().WithMany().HasForeignKey(t => t.TerugvorderingId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(t => t.Kenmerk).HasMaxLength(40);
        builder.Property(t => t.Naam).HasMaxLength(300);
        builder.Property(t => t.Iban).HasMaxLength(34);
        builder.HasIndex(t => new { t.BetaalrunId, t.TerugvorderingId }).IsUnique();
        builder.HasIndex(t => t.TerugvorderingId);
        builder.HasIndex(t => new { t.Gemeente, t.BetaalrunId });
    }
}
