using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenten;

namespace Socrates.Infrastructure.Persistence.Configurations;

internal sealed class NotitieConfiguration : IEntityTypeConfiguration<Notitie>
{
    public void Configure(EntityTypeBuilder<Notitie> builder)
    {
        builder.ToTable("Notities");
        builder.HasKey(n => n.Id);
        builder.HasOne<Gemeente>().WithMany().HasForeignKey(n => n.Gemeente).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Aanvraag>().WithMany().HasForeignKey(n => n.AanvraagId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(n => n.Tekst).HasMaxLength(Notitie.MaximumLengte);
        builder.Property(n => n.AuteurId).HasMaxLength(450);
        builder.Property(n => n.AuteurNaam).HasMaxLength(200);
        builder.HasIndex(n => new { n.Gemeente, n.AanvraagId, n.Tijdstip });
    }
}
