using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Socrates.Domain.Gemeenten;

namespace Socrates.Infrastructure.Persistence.Configurations;

/// <summary>Proposed versions of a municipality's rules that wait for a second Beheerder; one table for all members.</summary>
internal sealed class InstellingenVoorstelConfiguration : IEntityTypeConfiguration<InstellingenVoorstel>
{
    public void Configure(EntityTypeBuilder<InstellingenVoorstel> builder)
    {
        builder.ToTable("InstellingenVoorstellen");
        builder.HasKey(v => v.Id);
        builder.HasOne<Gemeente>().WithMany().HasForeignKey(v => v.Gemeente).OnDelete(DeleteBehavior.Restrict);
        builder.Property(v => v.Toelichting).HasMaxLength(1000);
        builder.Property(v => v.Inhoud).HasMaxLength(8000);
        builder.Property(v => v.VoorgesteldDoorId).HasMaxLength(450);
        builder.Property(v => v.VoorgesteldDoor).HasMaxLength(200);
        builder.Property(v => v.BeoordeeldDoor).HasMaxLength(200);
        builder.Property(v => v.Versie).IsConcurrencyToken();
        builder.HasIndex(v => new { v.Gemeente, v.Status });
    }
}
