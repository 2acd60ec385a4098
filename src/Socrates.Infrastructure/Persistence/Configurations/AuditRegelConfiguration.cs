using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Socrates.Domain.Audit;
using Socrates.Domain.Gemeenten;

namespace Socrates.Infrastructure.Persistence.Configurations;

internal sealed class AuditRegelConfiguration : IEntityTypeConfiguration<AuditRegel>
{
    public void Configure(EntityTypeBuilder<AuditRegel> builder)
    {
        builder.ToTable("AuditRegels");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.GebruikerId).HasMaxLength(450);
        builder.Property(a => a.Actie).HasMaxLength(100);
        builder.Property(a => a.EntiteitType).HasMaxLength(100);
        builder.Property(a => a.EntiteitId).HasMaxLength(100);
        builder.HasOne<Gemeente>().WithMany().HasForeignKey(a => a.Gemeente).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.Gemeente, a.Tijdstip });
        // A subject's history newest first (a dossier's tijdlijn) is read from this index in order. Without Tijdstip in it,
        // SQLite walked the (Gemeente, Tijdstip) index back through the whole municipality's trail instead, so opening a
        // dossier got slower with every audit line written anywhere (bench web).
        builder.HasIndex(a => new { a.Gemeente, a.EntiteitType, a.EntiteitId, a.Tijdstip });
    }
}
