using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Identity;

namespace Socrates.Infrastructure.Persistence.Configurations;

internal sealed class GebruikerConfiguration : IEntityTypeConfiguration<Gebruiker>
{
    public void Configure(EntityTypeBuilder<Gebruiker> builder)
    {
        builder.Property(g => g.Naam).HasMaxLength(200);
        builder.HasOne<Gemeente>().WithMany().HasForeignKey(g => g.Gemeente).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(g => g.Gemeente);
    }
}
