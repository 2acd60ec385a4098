using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Socrates.Domain.Bezwaren;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Personen;

namespace Socrates.Infrastructure.Persistence.Configurations;

/// <summary>A bezwaar in one row: the contested besluit as a complex property (its own columns), the hearing and the beslissing.</summary>
internal sealed class BezwaarConfiguration : IEntityTypeConfiguration<Bezwaar>
{
    public void Configure(EntityTypeBuilder<Bezwaar> builder)
    {
        builder.ToTable("Bezwaren");
        builder.HasKey(b => b.Id);
        builder.HasOne<Gemeente>().WithMany().HasForeignKey(b => b.Gemeente).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Persoon>().WithMany().HasForeignKey(b => b.PersoonId).OnDelete(DeleteBehavior.Restrict);
        builder.ComplexProperty(b => b.Besluit, c =>
        {
            c.Property(x => x.Soort).HasColumnName("BesluitSoort");
            c.Property(x => x.AanvraagId).HasColumnName("AanvraagId");
            c.Property(x => x.TerugvorderingId).HasColumnName("TerugvorderingId");
            c.Property(x => x.Verzonden).HasColumnName("BesluitVerzonden");
            c.Property(x => x.VoorgesteldDoor).HasColumnName("BesluitVoorgesteldDoor").HasMaxLength(450);
            c.Property(x => x.GenomenDoor).HasColumnName("BesluitGenomenDoor").HasMaxLength(450);
        });
        builder.Property(b => b.GemachtigdeNaam).HasMaxLength(Bezwaar.MaximumNaam);
        builder.Property(b => b.Gronden).HasMaxLength(Bezwaar.MaximumTekst);
        builder.Property(b => b.GeregistreerdDoor).HasMaxLength(450);
        builder.Property(b => b.VerschoonbaarheidReden).HasMaxLength(Bezwaar.MaximumReden);
        builder.Property(b => b.VerdagingReden).HasMaxLength(Bezwaar.MaximumReden);
        builder.Property(b => b.BehandelaarId).HasMaxLength(450);
        builder.Property(b => b.HoorzittingPlaats).HasMaxLength(Bezwaar.MaximumPlaats);
        builder.Property(b => b.Hoorverslag).HasMaxLength(Bezwaar.MaximumTekst);
        builder.Property(b => b.AfzienToelichting).HasMaxLength(Bezwaar.MaximumReden);
        builder.Property(b => b.VoorlopigeVoorzieningUitkomst).HasMaxLength(Bezwaar.MaximumReden);
        builder.Property(b => b.Motivering).HasMaxLength(Bezwaar.MaximumTekst);
        builder.Property(b => b.ProceskostenPunten).HasPrecision(4, 1);
        builder.Property(b => b.BeslissingVoorgesteldDoor).HasMaxLength(450);
        builder.Property(b => b.BeslistDoor).HasMaxLength(450);
        builder.Property(b => b.Kenmerk).HasMaxLength(40);
        builder.Property(b => b.Afkeurreden).HasMaxLength(Bezwaar.MaximumReden);
        builder.Property(b => b.Vervolgactie).HasMaxLength(Bezwaar.MaximumReden);
        builder.Property(b => b.Versie).IsConcurrencyToken();
        builder.Ignore(b => b.IsOpen);
        builder.Ignore(b => b.IsBeslist);
        builder.Ignore(b => b.HerroepingViaWijziging);
        builder.Ignore(b => b.VraagtHerroeping);
        builder.Ignore(b => b.VerschoonbaarheidOpen);
        builder.Ignore(b => b.HorenAfgerond);
        builder.HasIndex(b => new { b.Gemeente, b.Status, b.UitersteBeslisdatum });
        builder.HasIndex(b => new { b.Gemeente, b.PersoonId });
        builder.HasIndex(b => new { b.Gemeente, b.BehandelaarId });
        builder.HasIndex(b => new { b.Gemeente, b.HerroepingAanvraagId });
    }
}
