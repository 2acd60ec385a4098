using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Inkomsten;
using Socrates.Domain.Personen;
using Socrates.Domain.Toekenningen;

namespace Socrates.Infrastructure.Persistence.Configurations;

/// <summary>
/// The inkomstenopgaven. The first index serves the ledger and the betaalrun (a household's opgaven that count, by month);
/// the second the dossier's list per toekenning.
/// </summary>
internal sealed class InkomstenopgaveConfiguration : IEntityTypeConfiguration<Inkomstenopgave>
{
    public void Configure(EntityTypeBuilder<Inkomstenopgave> builder)
    {
        builder.ToTable("Inkomstenopgaven");
        builder.HasKey(o => o.Id);
        builder.HasOne<Gemeente>().WithMany().HasForeignKey(o => o.Gemeente).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Toekenning>().WithMany().HasForeignKey(o => o.ToekenningId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Persoon>().WithMany().HasForeignKey(o => o.AanvragerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.Van).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Werkgever).HasMaxLength(Inkomstenopgave.MaximumWerkgever);
        builder.Property(o => o.Documentreferentie).HasMaxLength(Inkomstenopgave.MaximumDocumentreferentie);
        builder.Property(o => o.GeregistreerdDoor).HasMaxLength(450);
        builder.Property(o => o.Uren).HasPrecision(5, 2);
        builder.Property(o => o.Versie).IsConcurrencyToken();
        builder.HasIndex(o => new { o.AanvragerId, o.Vervangen, o.Maand, o.VerwerktInBetaalrunId });
        builder.HasIndex(o => new { o.ToekenningId, o.Maand });
    }
}
