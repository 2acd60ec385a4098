using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Socrates.Domain.Normen;

namespace Socrates.Infrastructure.Persistence.Configurations;

/// <summary>
/// The national figures, one row per set with its AOW ages in a table beside it. National data: no gemeente column and
/// no gemeente filter. The sets Socrates had in code were seeded by the migration <c>Normensets</c>.
/// </summary>
internal sealed class NormensetConfiguration : IEntityTypeConfiguration<Normenset>
{
    public void Configure(EntityTypeBuilder<Normenset> builder)
    {
        builder.ToTable("Normensets");
        builder.HasKey(n => n.Id);
        builder.ComplexProperty(n => n.Normbedragen, b =>
        {
            foreach (var veld in Normvelden.Alle.Where(v => v.Groep is not (Normvelden.GroepVrijlatingen or Normvelden.GroepVermogen or Normvelden.GroepBrutering)))
            {
                b.Property(veld.Naam).HasColumnName(veld.Naam);
            }

            b.Property(x => x.Bron).HasColumnName("NormbedragenBron").HasMaxLength(500);
        });
        builder.ComplexProperty(n => n.Vrijlatingen, b =>
        {
            b.Property(x => x.MaximumArbeid).HasColumnName("VrijlatingArbeid");
            b.Property(x => x.MaximumAlleenstaandeOuder).HasColumnName("VrijlatingAlleenstaandeOuder");
            b.Property(x => x.Bron).HasColumnName("VrijlatingenBron").HasMaxLength(500);
        });
        builder.ComplexProperty(n => n.Vermogensgrenzen, b =>
        {
            b.Property(x => x.Alleenstaande).HasColumnName("VermogensgrensAlleenstaande");
            b.Property(x => x.AlleenstaandeOuder).HasColumnName("VermogensgrensAlleenstaandeOuder");
            b.Property(x => x.Gehuwden).HasColumnName("VermogensgrensGehuwden");
            b.Property(x => x.Bron).HasColumnName("VermogensgrenzenBron").HasMaxLength(500);
        });
        builder.ComplexProperty(n => n.Bron, b =>
        {
            b.Property(x => x.Document).HasColumnName("BronDocument").HasMaxLength(500);
            b.Property(x => x.Publicatiedatum).HasColumnName("BronPublicatiedatum");
            b.Property(x => x.Vindplaats).HasColumnName("BronVindplaats").HasMaxLength(500);
        });
        builder.Property(n => n.BruteringBron).HasMaxLength(500);
        builder.Property(n => n.Afwijzingsreden).HasMaxLength(1000);
        builder.Property(n => n.VoorgesteldDoorId).HasMaxLength(450);
        builder.Property(n => n.VoorgesteldDoor).HasMaxLength(200);
        builder.Property(n => n.BeoordeeldDoorId).HasMaxLength(450);
        builder.Property(n => n.BeoordeeldDoor).HasMaxLength(200);
        builder.Property(n => n.Versie).IsConcurrencyToken();
        builder.Ignore(n => n.Brutering);
        builder.Ignore(n => n.Inhoud);
        builder.HasIndex(n => new { n.Status, n.Ingangsdatum });
        builder.OwnsMany(n => n.AowLeeftijden, a =>
        {
            a.ToTable("NormensetAowLeeftijden");
            a.WithOwner().HasForeignKey("NormensetId");
            a.HasKey("NormensetId", nameof(AowLeeftijdRij.Jaar));
            a.Property(x => x.Jaar).ValueGeneratedNever();
        });
        builder.Navigation(n => n.AowLeeftijden).HasField("_aowLeeftijden");
    }
}
