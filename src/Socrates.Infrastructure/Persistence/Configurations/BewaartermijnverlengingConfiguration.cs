using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Socrates.Domain.Bewaren;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Personen;

namespace Socrates.Infrastructure.Persistence.Configurations;

internal sealed class BewaartermijnverlengingConfiguration : IEntityTypeConfiguration<Bewaartermijnverlenging>
{
    public void Configure(EntityTypeBuilder<Bewaartermijnverlenging> builder)
    {
        builder.ToTable("Bewaartermijnverlengingen");
        builder.HasOne<Gemeente>().WithMany().HasForeignKey(v => v.Gemeente).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Persoon>().WithMany().HasForeignKey(v => v.PersoonId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(v => v.Reden).HasMaxLength(Bewaartermijnverlenging.MaximumReden);
        builder.Property(v => v.Door).HasMaxLength(450);
        builder.HasIndex(v => new { v.Gemeente, v.PersoonId, v.Tot });
    }
}
