using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Socrates.Domain.Betalingen;

namespace Socrates.Infrastructure.Persistence.Configurations;

/// <summary>
/// The proceskosten a definitive run paid. The unique key on the bezwaar is the promise that they are paid exactly once. No
/// foreign key to the bezwaar: destroying a dossier deletes its bezwaren and keeps this payment, anonymised, so the run's
/// history still adds up (docs/bewaren.md).
/// </summary>
internal sealed class ProceskostenbetalingConfiguration : IEntityTypeConfiguration<Proceskostenbetaling>
{
    public void Configure(EntityTypeBuilder<Proceskostenbetaling> builder)
    {
        builder.ToTable("Proceskostenbetalingen");
        builder.HasKey(p => p.Id);
        builder.HasOne<Betaalrun>().WithMany().HasForeignKey(p => p.BetaalrunId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Kenmerk).HasMaxLength(40);
        builder.Property(p => p.Naam).HasMaxLength(300);
        builder.Property(p => p.Iban).HasMaxLength(34);
        builder.HasIndex(p => p.BezwaarId).IsUnique();
        builder.HasIndex(p => new { p.Gemeente, p.BetaalrunId });
    }
}
