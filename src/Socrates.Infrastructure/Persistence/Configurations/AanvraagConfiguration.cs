using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Personen;
using Socrates.Domain.Toekenningen;

namespace Socrates.Infrastructure.Persistence.Configurations;

/// <summary>The aanvraag with its household in child tables; indexes serve the werkvoorraad (status, due date, consulent).</summary>
internal sealed class AanvraagConfiguration : IEntityTypeConfiguration<Aanvraag>
{
    public void Configure(EntityTypeBuilder<Aanvraag> builder)
    {
        builder.ToTable("Aanvragen");
        builder.HasKey(a => a.Id);
        builder.HasOne<Gemeente>().WithMany().HasForeignKey(a => a.Gemeente).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Persoon>().WithMany().HasForeignKey(a => a.AanvragerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Persoon>().WithMany().HasForeignKey(a => a.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.BehandelaarId).HasMaxLength(450);
        builder.Property(a => a.ZoektermijnUitzonderingReden).HasMaxLength(1000);
        builder.ComplexProperty(a => a.Termijnen, t =>                 // the aanvraag's own columns, as before the value object
        {
            t.Property(x => x.HersteltermijnVanaf).HasColumnName(nameof(Termijnen.HersteltermijnVanaf));
            t.Property(x => x.HersteltermijnTot).HasColumnName(nameof(Termijnen.HersteltermijnTot));
            t.Property(x => x.VerdaagdTot).HasColumnName(nameof(Termijnen.VerdaagdTot));
            t.Property(x => x.VerdaagdOp).HasColumnName(nameof(Termijnen.VerdaagdOp));
            t.Property(x => x.VerdagingReden).HasColumnName(nameof(Termijnen.VerdagingReden)).HasMaxLength(Termijnen.MaximumVerdagingReden);
        });
        builder.Property(a => a.Versie).IsConcurrencyToken();
        builder.Ignore(a => a.IsOpen);
        builder.Ignore(a => a.HeeftOntbrekendeBewijsstukken);
        builder.Ignore(a => a.VermogenSaldo);
        builder.Ignore(a => a.IsWijziging);
        builder.Ignore(a => a.AfgehandeldOp);
        builder.Ignore(a => a.BeginBijstand);
        builder.ComplexProperty(a => a.Besluitvorming, b =>
        {
            b.Property(x => x.Soort).HasColumnName("Besluit");
            b.Property(x => x.VoorgesteldDoor).HasColumnName("BesluitVoorgesteldDoor").HasMaxLength(450);
            b.Property(x => x.Datum).HasColumnName("BesluitDatum");
            b.Property(x => x.Ingangsdatum).HasColumnName(nameof(Besluitvorming.Ingangsdatum));
            b.Property(x => x.Afwijzingsgrond).HasColumnName(nameof(Besluitvorming.Afwijzingsgrond));
            b.Property(x => x.Motivering).HasColumnName(nameof(Besluitvorming.Motivering)).HasMaxLength(Besluitvorming.MaximumMotivering);
            b.Property(x => x.OverdrachtSvb).HasColumnName(nameof(Besluitvorming.OverdrachtSvb)).HasMaxLength(Besluitvorming.MaximumOverdrachtSvb);
            b.Property(x => x.RedenZonderBewijsstukken).HasColumnName(nameof(Besluitvorming.RedenZonderBewijsstukken))
                .HasMaxLength(Besluitvorming.MaximumRedenZonderBewijsstukken);
            b.Property(x => x.GoedkeuringZonderBewijsstukken).HasColumnName(nameof(Besluitvorming.GoedkeuringZonderBewijsstukken))
                .HasMaxLength(Besluitvorming.MaximumRedenZonderBewijsstukken);
        });
        builder.ComplexProperty(a => a.Dwangsomvaststelling, d =>
        {
            d.Property(x => x.GeenDwangsomGrond).HasColumnName(nameof(Dwangsomvaststelling.GeenDwangsomGrond));
            d.Property(x => x.GeenDwangsomToelichting).HasColumnName(nameof(Dwangsomvaststelling.GeenDwangsomToelichting))
                .HasMaxLength(Dwangsomvaststelling.MaximumToelichting);
            d.Property(x => x.GeenDwangsomDoor).HasColumnName(nameof(Dwangsomvaststelling.GeenDwangsomDoor)).HasMaxLength(450);
            d.Property(x => x.Dagen).HasColumnName("DwangsomDagen");
            d.Property(x => x.Bedrag).HasColumnName("DwangsomBedrag");
            d.Property(x => x.VoorgesteldDoor).HasColumnName("DwangsomVoorgesteldDoor").HasMaxLength(450);
            d.Property(x => x.VoorgesteldOp).HasColumnName("DwangsomVoorgesteldOp");
            d.Property(x => x.VastgesteldDoor).HasColumnName("DwangsomVastgesteldDoor").HasMaxLength(450);
            d.Property(x => x.VastgesteldOp).HasColumnName("DwangsomVastgesteldOp");
            d.Property(x => x.VastgesteldTijdstip).HasColumnName("DwangsomVastgesteldTijdstip");
            d.Property(x => x.Afkeurreden).HasColumnName("DwangsomAfkeurreden").HasMaxLength(Dwangsomvaststelling.MaximumToelichting);
            d.Ignore(x => x.IsVoorgesteld);
            d.Ignore(x => x.IsVastgesteld);
            d.Ignore(x => x.IsTeBetalen);
        });
        builder.ComplexProperty(a => a.Wijziging, w =>
        {
            w.Property(x => x.Datum).HasColumnName("Wijzigingsdatum");
            w.Property(x => x.Soort).HasColumnName("Wijzigingsoort");
            w.Property(x => x.Omschrijving).HasColumnName("WijzigingOmschrijving").HasMaxLength(Wijziging.MaximumOmschrijving);
            w.Property(x => x.BijstandSinds).HasColumnName(nameof(Wijziging.BijstandSinds));
            w.Ignore(x => x.IsAowLeeftijd);
        });
        builder.HasOne<Toekenning>().WithMany().HasForeignKey(a => a.GewijzigdeToekenningId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.Gemeente, a.GewijzigdeToekenningId });
        builder.HasIndex(a => new { a.Gemeente, a.Status, a.UitersteBeslisdatum });
        builder.HasIndex(a => new { a.Gemeente, a.BehandelaarId, a.Status, a.UitersteBeslisdatum });
        builder.HasIndex(a => new { a.Gemeente, a.AanvragerId });
        builder.HasIndex(a => new { a.Gemeente, a.IngebrekestellingOntvangen });             // the Overzicht's dwangsom radar

        builder.OwnsMany(a => a.Kinderen, k =>
        {
            Kind(k, "AanvraagKinderen");
            k.Property(x => x.Voornaam).HasMaxLength(100);
        });
        builder.OwnsMany(a => a.Medebewoners, m =>
        {
            Kind(m, "AanvraagMedebewoners");
            m.Property(x => x.Naam).HasMaxLength(200);
        });
        builder.OwnsMany(a => a.Inkomsten, i => Kind(i, "AanvraagInkomsten"));
        builder.OwnsMany(a => a.Bezittingen, b =>
        {
            Kind(b, "AanvraagBezittingen");
            b.Property(x => x.Omschrijving).HasMaxLength(200);
        });
        builder.OwnsMany(a => a.Bewijsstukken, b =>
        {
            Kind(b, "AanvraagBewijsstukken");
            b.Property(x => x.Omschrijving).HasMaxLength(200);
            b.Ignore(x => x.IsOntvangen);
        });
        builder.OwnsMany(a => a.Herberekening, h =>
        {
            Kind(h, "AanvraagHerberekening");
            h.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            h.Ignore(x => x.Verschil);
            h.Ignore(x => x.IsGebrokenMaand);
        });
    }

    private static void Kind<T>(OwnedNavigationBuilder<Aanvraag, T> kind, string tabel)
        where T : class
    {
        kind.ToTable(tabel);
        kind.WithOwner().HasForeignKey("AanvraagId");
        kind.Property<int>("Id").ValueGeneratedOnAdd();
        kind.HasKey("Id");
    }
}
