using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Indexeringen;
using Socrates.Domain.Normen;

namespace Socrates.Infrastructure.Persistence.Configurations;

/// <summary>One indexering per gemeente and normenset: approving a set twice cannot start it twice.</summary>
internal sealed class IndexeringConfiguration : IEntityTypeConfiguration<Indexering>
{
    public void Configure(EntityTypeBuilder<Indexering> builder)
    {
        builder.ToTable("Indexeringen");
        builder.HasKey(i => i.Id);
        builder.HasOne<Gemeente>().WithMany().HasForeignKey(i => i.Gemeente).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Normenset>().WithMany().HasForeignKey(i => i.NormensetId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Versie).IsConcurrencyToken();
        builder.HasIndex(i => new { i.Gemeente, i.NormensetId }).IsUnique();
        builder.HasIndex(i => i.Status);
    }
}
