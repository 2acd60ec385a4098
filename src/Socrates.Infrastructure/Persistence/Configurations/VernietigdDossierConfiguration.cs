using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Socrates.Domain.Bewaren;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Personen;

namespace Socrates.Infrastructure.Persistence.Configurations;

internal sealed class VernietigdDossierConfiguration : IEntityTypeConfiguration<VernietigdDossier>
{
    public void Configure(EntityTypeBuilder<VernietigdDossier> builder)
    {
        builder.ToTable("VernietigdeDossiers");
        builder.HasOne<Gemeente>().WithMany().HasForeignKey(v => v.Gemeente).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Persoon>().WithMany().HasForeignKey(v => v.PersoonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Vernietigingslijst>().WithMany().HasForeignKey(v => v.VernietigingslijstId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(v => v.Categorie).HasMaxLength(20);
        builder.Property(v => v.OpgesteldDoor).HasMaxLength(450);
        builder.Property(v => v.GoedgekeurdDoor).HasMaxLength(450);
        builder.Property(v => v.Rol).HasMaxLength(40);
        builder.Ignore(v => v.Verwijzing);
        builder.HasIndex(v => v.PersoonId).IsUnique();
        builder.HasIndex(v => new { v.Gemeente, v.VernietigdOp });
    }
}
