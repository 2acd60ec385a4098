using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Betalingen;

namespace Socrates.Infrastructure.Persistence.Configurations;

/// <summary>
/// The dwangsommen a definitive run paid. The unique key on the aanvraag is the promise that a dwangsom is paid exactly once:
/// a second run, or two runs at the same time, cannot pay it again.
/// </summary>
internal sealed class DwangsombetalingConfiguration : IEntityTypeConfiguration<Dwangsombetaling>
{
    public void Configure(EntityTypeBuilder<Dwangsombetaling> builder)
    {
        builder.ToTable("Dwangsombetalingen");
        builder.HasKey(d => d.Id);
        builder.HasOne<Betaalrun>().WithMany().HasForeignKey(d => d.BetaalrunId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Aanvraag>().WithMany().HasForeignKey(d => d.AanvraagId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.Naam).HasMaxLength(300);
        builder.Property(d => d.Iban).HasMaxLength(34);
        builder.HasIndex(d => d.AanvraagId).IsUnique();
        builder.HasIndex(d => new { d.Gemeente, d.BetaalrunId });
    }
}
