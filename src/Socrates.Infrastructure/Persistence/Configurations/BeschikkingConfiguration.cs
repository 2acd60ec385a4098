using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Beschikkingen;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Toekenningen;

namespace Socrates.Infrastructure.Persistence.Configurations;

/// <summary>The decision letter's snapshot, the letterhead in the same row.</summary>
internal sealed class BeschikkingConfiguration : IEntityTypeConfiguration<Beschikking>
{
    public void Configure(EntityTypeBuilder<Beschikking> builder)
    {
        builder.ToTable("Beschikkingen");
        builder.HasKey(b => b.Id);
        builder.HasOne<Gemeente>().WithMany().HasForeignKey(b => b.Gemeente).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Aanvraag>().WithMany().HasForeignKey(b => b.AanvraagId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Toekenning>().WithMany().HasForeignKey(b => b.ToekenningId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(b => b.Kenmerk).HasMaxLength(40);
        builder.Property(b => b.Motivering).HasMaxLength(Aanvraag.MaximumMotivering);
        builder.Property(b => b.Aanhef).HasMaxLength(300);
        builder.Property(b => b.Geadresseerden).HasColumnName("AanvragerNaam").HasMaxLength(300);
        builder.Property(b => b.AdresRegel1).HasMaxLength(250);
        builder.Property(b => b.AdresRegel2).HasMaxLength(150);
        builder.HasIndex(b => new { b.Gemeente, b.AanvraagId });
        builder.OwnsOne(b => b.Briefhoofd, BriefhoofdKolommen.Configureer);
        builder.Navigation(b => b.Briefhoofd).IsRequired();
    }
}
