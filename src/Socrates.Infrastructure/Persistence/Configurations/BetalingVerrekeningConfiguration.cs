using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Socrates.Domain.Betalingen;

namespace Socrates.Infrastructure.Persistence.Configurations;

/// <summary>The per-claim verrekeningen of a run, booked on the ledgers when it is made definitive.</summary>
internal sealed class BetalingVerrekeningConfiguration : IEntityTypeConfiguration<BetalingVerrekening>
{
    public void Configure(EntityTypeBuilder<BetalingVerrekening> builder)
    {
        builder.ToTable("BetalingVerrekeningen");
        builder.HasKey(v => v.Id);
        builder.HasOne<Betaalrun>().WithMany().HasForeignKey(v => v.BetaalrunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.Gemeente, v.Maand, v.ToekenningId, v.TerugvorderingId }).IsUnique();
        builder.HasIndex(v => new { v.BetaalrunId, v.ToekenningId });
    }
}
