using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Personen;
using Socrates.Domain.Toekenningen;

namespace Socrates.Infrastructure.Persistence.Configurations;

/// <summary>A toekenning with its calculation snapshot in a child table; indexed for the list of active toekenningen.</summary>
internal sealed class ToekenningConfiguration : IEntityTypeConfiguration<Toekenning>
{
    public void Configure(EntityTypeBuilder<Toekenning> builder)
    {
        builder.ToTable("Toekenningen");
        builder.HasKey(t => t.Id);
        builder.HasOne<Gemeente>().WithMany().HasForeignKey(t => t.Gemeente).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Aanvraag>().WithMany().HasForeignKey(t => t.AanvraagId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Persoon>().WithMany().HasForeignKey(t => t.AanvragerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(t => t.VoorgesteldDoor).HasMaxLength(450);
        builder.Property(t => t.Versie).IsConcurrencyToken();
        builder.HasIndex(t => new { t.Gemeente, t.Status, t.Ingangsdatum });
        builder.HasIndex(t => new { t.Gemeente, t.Status, t.Einddatum, t.Ingangsdatum });   // the Overzicht: uitstroom, running today
        builder.HasIndex(t => new { t.Gemeente, t.AanvraagId });
        builder.HasIndex(t => new { t.Gemeente, t.AanvragerId });
        builder.OwnsMany(t => t.Regels, r =>
        {
            r.ToTable("ToekenningRegels");
            r.WithOwner().HasForeignKey("ToekenningId");
            r.HasKey(x => x.Id);
            r.Property(x => x.Omschrijving).HasMaxLength(500);
            r.Property(x => x.Artikel).HasMaxLength(100);
        });
    }
}
