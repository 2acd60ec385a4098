using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Socrates.Domain.Indexeringen;

namespace Socrates.Infrastructure.Persistence.Configurations;

/// <summary>The parts of an indexering; the index serves the claim of the next free part.</summary>
internal sealed class IndexeringDeelConfiguration : IEntityTypeConfiguration<IndexeringDeel>
{
    public void Configure(EntityTypeBuilder<IndexeringDeel> builder)
    {
        builder.ToTable("IndexeringDelen");
        builder.HasKey(d => d.Id);
        builder.HasOne<Indexering>().WithMany().HasForeignKey(d => d.IndexeringId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(d => d.Eigenaar).HasMaxLength(100);
        builder.HasIndex(d => new { d.IndexeringId, d.Volgnummer }).IsUnique();
        builder.HasIndex(d => new { d.IndexeringId, d.Klaar, d.LeaseTot });
    }
}
