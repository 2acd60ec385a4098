using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Infrastructure.Persistence.Configurations;

internal sealed class FormulierverzendingConfiguration : IEntityTypeConfiguration<Formulierverzending>
{
    public void Configure(EntityTypeBuilder<Formulierverzending> builder)
    {
        builder.ToTable("Formulierverzendingen");
        builder.HasKey(f => f.Sleutel);                                     // unique: a key is carried out once
        builder.Property(f => f.Sleutel).ValueGeneratedNever();
        builder.HasOne<Gemeente>().WithMany().HasForeignKey(f => f.Gemeente).OnDelete(DeleteBehavior.Restrict);
        builder.Property(f => f.GebruikerId).HasMaxLength(450);
        builder.Property(f => f.Opdracht).HasMaxLength(100);
        builder.Property(f => f.Antwoord).HasMaxLength(Formulierverzending.MaximumAntwoord);
        builder.HasIndex(f => new { f.Gemeente, f.Tijdstip });
    }
}
