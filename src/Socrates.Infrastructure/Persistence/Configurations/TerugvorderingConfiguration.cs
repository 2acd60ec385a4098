using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Personen;
using Socrates.Domain.Terugvorderingen;
using Socrates.Domain.Toekenningen;

namespace Socrates.Infrastructure.Persistence.Configurations;

/// <summary>A claim with its months and its ledger in child tables; the letterhead and addressee of its beschikking in the same row.</summary>
internal sealed class TerugvorderingConfiguration : IEntityTypeConfiguration<Terugvordering>
{
    public void Configure(EntityTypeBuilder<Terugvordering> builder)
    {
        builder.ToTable("Terugvorderingen");
        builder.HasKey(t => t.Id);
        builder.HasOne<Gemeente>().WithMany().HasForeignKey(t => t.Gemeente).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Persoon>().WithMany().HasForeignKey(t => t.DebiteurId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Toekenning>().WithMany().HasForeignKey(t => t.ToekenningId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Terugvordering>().WithMany().HasForeignKey(t => t.BoeteVoorId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(t => t.Motivering).HasMaxLength(Terugvordering.MaximumMotivering);
        builder.Property(t => t.Berekeningstoelichting).HasMaxLength(2000);
        builder.Property(t => t.VoorgesteldDoor).HasMaxLength(450);
        builder.Property(t => t.BeoordeeldDoor).HasMaxLength(450);
        builder.Property(t => t.AfzienVoorgesteldDoor).HasMaxLength(450);
        builder.Property(t => t.Kenmerk).HasMaxLength(40);
        builder.Property(t => t.Ontvangstrekening).HasMaxLength(34);
        builder.Ignore(t => t.Betalingskenmerk);
        builder.Property(t => t.Afkeurreden).HasMaxLength(Terugvordering.MaximumReden);
        builder.Property(t => t.AflossingReden).HasMaxLength(Terugvordering.MaximumReden);
        builder.Property(t => t.AfzienReden).HasMaxLength(Terugvordering.MaximumReden);
        builder.Property(t => t.OninbaarReden).HasMaxLength(Terugvordering.MaximumReden);
        builder.Property(t => t.Versie).IsConcurrencyToken();
        builder.Ignore(t => t.IsFraude);
        builder.Ignore(t => t.IsOpen);
        builder.Ignore(t => t.AfzienVoorgesteld);
        builder.HasIndex(t => new { t.Gemeente, t.Status, t.Id });
        builder.HasIndex(t => new { t.Gemeente, t.DebiteurId });
        builder.HasIndex(t => new { t.Gemeente, t.ToekenningId });
        builder.OwnsOne(t => t.Briefhoofd, BriefhoofdKolommen.Configureer);
        builder.OwnsOne(t => t.Geadresseerde, a =>
        {
            a.Property(x => x.Naam).HasColumnName("DebiteurNaam").HasMaxLength(300);
            a.Property(x => x.Aanhef).HasColumnName("Aanhef").HasMaxLength(300);
            a.Property(x => x.AdresRegel1).HasColumnName("AdresRegel1").HasMaxLength(250);
            a.Property(x => x.AdresRegel2).HasColumnName("AdresRegel2").HasMaxLength(150);
        });
        builder.OwnsMany(t => t.Maanden, m =>
        {
            m.ToTable("TerugvorderingMaanden");
            m.WithOwner().HasForeignKey("TerugvorderingId");
            m.HasKey(x => x.Id);
            m.Ignore(x => x.Totaal);
        });
        builder.OwnsMany(t => t.Mutaties, m =>
        {
            m.ToTable("TerugvorderingMutaties");
            m.WithOwner().HasForeignKey("TerugvorderingId");
            m.HasKey(x => x.Id);
            m.Property(x => x.Omschrijving).HasMaxLength(Mutatie.MaximumOmschrijving + Terugvordering.MaximumReden);
            m.Property(x => x.Referentie).HasMaxLength(100);
            m.Property(x => x.Door).HasMaxLength(450);
            m.HasIndex("TerugvorderingId", nameof(Mutatie.Volgnummer)).IsUnique();
            m.HasIndex(x => new { x.Soort, x.Datum });
        });
    }
}
