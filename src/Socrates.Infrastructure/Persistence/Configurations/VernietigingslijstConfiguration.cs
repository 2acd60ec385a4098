using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Socrates.Domain.Bewaren;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Personen;

namespace Socrates.Infrastructure.Persistence.Configurations;

internal sealed class VernietigingslijstConfiguration : IEntityTypeConfiguration<Vernietigingslijst>
{
    public void Configure(EntityTypeBuilder<Vernietigingslijst> builder)
    {
        builder.ToTable("Vernietigingslijsten");
        builder.HasOne<Gemeente>().WithMany().HasForeignKey(l => l.Gemeente).OnDelete(DeleteBehavior.Restrict);
        builder.Property(l => l.Categorie).HasMaxLength(20);
        builder.Property(l => l.OpgesteldDoor).HasMaxLength(450);
        builder.Property(l => l.GoedgekeurdDoor).HasMaxLength(450);
        builder.Property(l => l.Versie).IsConcurrencyToken();
        builder.HasIndex(l => new { l.Gemeente, l.Status });
        builder.OwnsMany(l => l.Regels, r =>
        {
            r.ToTable("VernietigingslijstRegels");
            r.WithOwner().HasForeignKey("VernietigingslijstId");
            r.HasKey(x => x.Id);
            r.Property(x => x.OvergeslagenReden).HasMaxLength(VernietigingslijstRegel.MaximumReden);
            r.HasOne<Persoon>().WithMany().HasForeignKey(x => x.PersoonId).OnDelete(DeleteBehavior.Restrict);
            r.HasIndex(x => x.PersoonId);
        });
    }
}
