using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Socrates.Domain.Indexeringen;

namespace Socrates.Infrastructure.Persistence.Configurations;

/// <summary>
/// The household-months an indexering changed. Unique per normenset, toekenning and month: a month is never reported or
/// paid twice for one set. The second index serves the betaalrun's question "which households still wait for theirs".
/// </summary>
internal sealed class IndexeringsregelConfiguration : IEntityTypeConfiguration<Indexeringsregel>
{
    public void Configure(EntityTypeBuilder<Indexeringsregel> builder)
    {
        builder.ToTable("Indexeringsregels");
        builder.HasKey(r => r.Id);
        builder.HasOne<Indexering>().WithMany().HasForeignKey(r => r.IndexeringId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(r => r.Was);
        builder.Ignore(r => r.Wordt);
        builder.HasIndex(r => new { r.NormensetId, r.ToekenningId, r.Maand }).IsUnique();
        builder.HasIndex(r => new { r.Gemeente, r.VerwerktInBetaalrunId, r.AanvragerId });
        builder.HasIndex(r => new { r.IndexeringId, r.AanvragerId });
    }
}
