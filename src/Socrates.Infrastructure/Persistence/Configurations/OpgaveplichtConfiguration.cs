using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Inkomsten;
using Socrates.Domain.Personen;

namespace Socrates.Infrastructure.Persistence.Configurations;

/// <summary>One opgaveplicht per household (its aanvrager).</summary>
internal sealed class OpgaveplichtConfiguration : IEntityTypeConfiguration<Opgaveplicht>
{
    public void Configure(EntityTypeBuilder<Opgaveplicht> builder)
    {
        builder.ToTable("Opgaveplichten");
        builder.HasKey(o => o.Id);
        builder.HasOne<Gemeente>().WithMany().HasForeignKey(o => o.Gemeente).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Persoon>().WithMany().HasForeignKey(o => o.AanvragerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.GewijzigdDoor).HasMaxLength(450);
        builder.Property(o => o.Versie).IsConcurrencyToken();
        builder.HasIndex(o => o.AanvragerId).IsUnique();
        builder.HasIndex(o => new { o.Gemeente, o.Vanaf });
    }
}
