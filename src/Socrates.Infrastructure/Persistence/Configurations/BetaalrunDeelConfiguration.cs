using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Socrates.Domain.Betalingen;

namespace Socrates.Infrastructure.Persistence.Configurations;

/// <summary>The parts of a run; the index serves the claim of the next free part.</summary>
internal sealed class BetaalrunDeelConfiguration : IEntityTypeConfiguration<BetaalrunDeel>
{
    public void Configure(EntityTypeBuilder<BetaalrunDeel> builder)
    {
        builder.ToTable("BetaalrunDelen");
        builder.HasKey(d => d.Id);
        builder.HasOne<Betaalrun>().WithMany().HasForeignKey(d => d.BetaalrunId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(d => d.Eigenaar).HasMaxLength(100);
        builder.HasIndex(d => new { d.BetaalrunId, d.Volgnummer }).IsUnique();
        builder.HasIndex(d => new { d.BetaalrunId, d.Klaar, d.LeaseTot });
    }
}
